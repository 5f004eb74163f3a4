// Entry point for bilingual imports: detect the format from name and content, decode the
// bytes, read rows. Hostile XML is refused inside parseXml before any parsing happens.
import { decodeBilingualBytes } from './decode';
import { readDelimited } from './delimited';
import { InterchangeError } from './interchange-error';
import { readTmx } from './tmx';
import type { BilingualDocument, BilingualFormat } from './types';
import { readXliff } from './xliff';
import { parseXml } from './xml-reader';

export { InterchangeError, type InterchangeErrorCode, isInterchangeError } from './interchange-error';
export * from './types';

/**
 * The bilingual format of a file, or null when it is not one we read. Content decides over
 * the extension (a .xml can be XLIFF or TMX; a .txt can be a TSV); the extension decides
 * between TSV and CSV when content cannot.
 */
export function detectBilingualFormat(filename: string, buffer: Uint8Array): BilingualFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  let head: string;
  try {
    head = decodeBilingualBytes(buffer.subarray(0, 4096), 'xml');
  } catch {
    // A cut multi-byte character at 4096 bytes, or not UTF-8: look at what latin1 shows.
    head = new TextDecoder('latin1').decode(buffer.subarray(0, 4096));
  }
  const root = /<(?:[A-Za-z_][\w.-]*:)?(xliff|tmx)[\s>]/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
  if (root?.[1] === 'tmx') return 'tmx';
  if (root?.[1] === 'xliff') {
    const version = /\bversion\s*=\s*["']([\d.]+)["']/.exec(head.slice(root.index))?.[1] ?? '';
    return version.startsWith('2') ? 'xliff2' : 'xliff12';
  }
  if (['xlf', 'xliff', 'sdlxliff', 'mqxliff'].includes(ext)) return 'xliff12';
  if (ext === 'tmx') return 'tmx';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'txt' && head.split('\n', 5).every((l) => l === '' || l.includes('\t'))) return 'tsv';
  return null;
}

/** Reads a bilingual file; throws InterchangeError with a stable code. */
export function readBilingual(
  filename: string,
  buffer: Uint8Array,
  format?: BilingualFormat,
): BilingualDocument {
  const fmt = format ?? detectBilingualFormat(filename, buffer);
  if (!fmt) throw new InterchangeError('unknown_format', `${filename} is not TSV, CSV, XLIFF or TMX`);
  if (fmt === 'tsv' || fmt === 'csv') return readDelimited(decodeBilingualBytes(buffer, 'table'), fmt);
  const root = parseXml(decodeBilingualBytes(buffer, 'xml'));
  const doc = fmt === 'tmx' ? readTmx(root) : readXliff(root);
  return doc;
}

export { readDelimited } from './delimited';
export { readTmx } from './tmx';
export { readXliff } from './xliff';
export { guardEntities, parseXml } from './xml-reader';
