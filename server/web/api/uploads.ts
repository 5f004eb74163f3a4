import multer from 'multer';
import type { Config } from '../../config';

/** Multipart uploads kept in memory (texts are small); the size limit guards the process. */
export function uploads(config: Config) {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.maxTextBytes, files: 3, fields: 20, fieldSize: config.maxTextBytes },
  });
}
