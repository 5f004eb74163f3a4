import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import type { Config } from '../../config';
import { AppError } from '../../errors';

/**
 * A failed multipart parse as the desk reports it: too large is 413, a multer limit (too many
 * files or fields) is bad_upload, and anything busboy itself trips over (no boundary, a NUL in
 * a part header, a truncated form) is a malformed request — never a 500.
 */
export function uploadError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string } | null)?.code;
  if (code === 'LIMIT_FILE_SIZE' || code === 'LIMIT_FIELD_VALUE')
    return new AppError(413, 'payload_too_large', 'errors.payload_too_large');
  if (err instanceof multer.MulterError) return new AppError(400, 'bad_upload', 'errors.bad_upload');
  return new AppError(400, 'malformed_upload', 'errors.malformed_upload');
}

/** Multipart uploads kept in memory (texts are small); the size limit guards the process. */
export function uploads(config: Config, fields: multer.Field[]): RequestHandler {
  const mw = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.maxTextBytes, files: 3, fields: 20, fieldSize: config.maxTextBytes },
  }).fields(fields);
  return (req: Request, res: Response, next: NextFunction) => {
    mw(req, res, (err?: unknown) => next(err ? uploadError(err) : undefined));
  };
}
