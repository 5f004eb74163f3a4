import type { Lang, ParsedDocument } from '../../types';
import { sniffMagic } from './binary';
import { decodeBytes } from './decode';
import { isDocxZip, parseDocx } from './docx';
import { FormatError } from './format-error';
import { declaredCharset, looksLikeHtml, parseHtml } from './html';
import { assertLines } from './limits';
import { looksLikeMarkdown, parseMarkdown } from './markdown';
import { type LinesResult, parsePlainText } from './text';
import { detectScript } from './traditional';
import { readCentralDirectory } from './zip-guard';

export { FORMAT_ERROR_CODES, FormatError, type FormatErrorCode, isFormatError } from './format-error';
export type { DropReason } from './lines';
export { detectScript, toSimplified } from './traditional';

/**
 * One language side of an article: pasted text or uploaded bytes → cleaned paragraphs
 * with kinds, plus the chrome lines that were dropped. The format comes from the file
 * extension, else from the content (zip → DOCX, <html> → HTML, "# " → Markdown, else text).
 * Size is checked before anything is decoded, so an oversized paste costs nothing.
 */
export interface ParseInput {
  text?: string;
  buffer?: Buffer;
  filename?: string;
  lang: Lang;
  /** Largest accepted input in bytes (UTF-8 bytes for pasted text, and what a .docx unpacks to). */
  maxBytes?: number;
  /** Most non-blank lines (or HTML blocks) accepted, counted before parsing. */
  maxLines?: number;
  /** Line numbers (as in DroppedLine.line) a person restored: kept even if they look like chrome. */
  keep?: readonly number[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type Format = 'text' | 'markdown' | 'html' | 'docx';
const BY_EXTENSION: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

function extensionOf(filename: string | undefined): string | null {
  const m = filename ? /\.([A-Za-z0-9]{1,10})$/.exec(filename.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}

function sniffText(text: string): Format {
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}

function parseText(
  text: string,
  format: Format,
  lang: Lang,
  keep: ReadonlySet<number>,
  maxLines: number | undefined,
): LinesResult {
  assertLines(text, format === 'html', maxLines);
  if (format === 'html') return parseHtml(text, lang, keep);
  if (format === 'markdown') return parseMarkdown(text, lang, keep);
  return parsePlainText(text, lang, keep);
}

function finish(result: LinesResult, lang: Lang, encoding: string, format: Format): ParsedDocument {
  if (result.paragraphs.length === 0) {
    throw new FormatError('empty_text', {
      reason: result.dropped.length ? 'only_chrome' : 'blank',
      dropped: result.dropped.length,
    });
  }
  const doc: ParsedDocument = { paragraphs: result.paragraphs, dropped: result.dropped, encoding, format };
  if (lang === 'zh') {
    const script = detectScript(result.paragraphs.map((p) => p.text).join('\n'));
    if (script) doc.script = script;
  }
  return doc;
}

function tooLarge(size: number, maxBytes: number): FormatError {
  return new FormatError('too_large', { size, maxBytes });
}

async function parseBytes(
  buf: Buffer,
  ext: string | null,
  lang: Lang,
  keep: ReadonlySet<number>,
  limits: { maxBytes: number; maxLines?: number },
): Promise<ParsedDocument> {
  const known = ext ? BY_EXTENSION[ext] : undefined;
  const magic = sniffMagic(buf);
  if (known === 'docx' || magic === 'zip') {
    if (magic !== 'zip') throw new FormatError('bad_docx', { reason: 'not_a_zip' });
    // Only the directory is read here; parseDocx inflates under the zip-bomb guard.
    const names = readCentralDirectory(buf).map((e) => e.name);
    if (!isDocxZip(names)) {
      throw new FormatError(known === 'docx' ? 'bad_docx' : 'unsupported_format', {
        format: 'zip',
        extension: ext,
      });
    }
    return finish(await parseDocx(buf, lang, undefined, keep, limits), lang, 'UTF-8', 'docx');
  }
  const unknownExt = ext !== null && !known;
  if (magic)
    throw new FormatError(unknownExt ? 'unsupported_format' : 'binary_file', {
      format: magic,
      extension: ext,
    });
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(buf, known === 'html' || !known ? declaredCharset(buf) : null);
  } catch (err) {
    if (unknownExt && err instanceof FormatError && err.code === 'binary_file') {
      throw new FormatError('unsupported_format', { extension: ext });
    }
    throw err;
  }
  if (!decoded.text.trim()) throw new FormatError('empty_text', { reason: 'blank' });
  const format = known ?? sniffText(decoded.text);
  return finish(parseText(decoded.text, format, lang, keep, limits.maxLines), lang, decoded.encoding, format);
}

export async function parseDocument(input: ParseInput): Promise<ParsedDocument> {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extensionOf(input.filename);
  const keep = new Set(input.keep ?? []);
  if (input.buffer) {
    if (input.buffer.length > maxBytes) throw tooLarge(input.buffer.length, maxBytes);
    if (input.buffer.length === 0) throw new FormatError('empty_text', { reason: 'blank' });
    return parseBytes(input.buffer, ext, input.lang, keep, { maxBytes, maxLines: input.maxLines });
  }
  const text = input.text ?? '';
  // A string's UTF-8 size is between its length and 3× it: count bytes only when in doubt.
  if (text.length > maxBytes) throw tooLarge(text.length, maxBytes);
  if (text.length * 3 > maxBytes) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxBytes) throw tooLarge(size, maxBytes);
  }
  if (!text.trim()) throw new FormatError('empty_text', { reason: 'blank' });
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const known = ext ? BY_EXTENSION[ext] : undefined;
  const format = known && known !== 'docx' ? known : sniffText(clean);
  return finish(parseText(clean, format, input.lang, keep, input.maxLines), input.lang, 'UTF-8', format);
}
