import zlib from 'node:zlib';
import { FormatError } from './format-error';
import { xmlTextBytes } from './limits';

/**
 * A small zip reader that looks at a .docx before mammoth (via JSZip) inflates it.
 * JSZip trusts the archive: a few kilobytes can declare or expand to gigabytes. We read
 * the central directory, refuse absurd entry counts, declared sizes and ratios, then
 * inflate every entry ourselves with a hard output cap — declared sizes can lie, and
 * zlib's maxOutputLength cannot.
 */

export interface ZipLimits {
  maxEntries: number;
  /** Total uncompressed bytes of all entries. */
  maxTotal: number;
  /** Compression ratio above which a large entry is a bomb (text XML compresses ~10–20×). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotal: 200 * 1024 * 1024, maxRatio: 200 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Reads the central directory; throws 'bad_docx' when it is not a readable zip. */
export function readCentralDirectory(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const eocd = buf.length >= 22 ? findEocd(buf) : -1;
  if (eocd < 0) throw new FormatError('bad_docx', { reason: 'no_central_directory' });
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new FormatError('zip_bomb', { reason: 'zip64' });
  if (count > limits.maxEntries) throw new FormatError('zip_bomb', { reason: 'entries', entries: count });
  if (cdOffset + cdSize > buf.length) throw new FormatError('bad_docx', { reason: 'truncated' });
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN)
      throw new FormatError('bad_docx', { reason: 'directory' });
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOC)
    throw new FormatError('bad_docx', { reason: 'local_header' });
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressedSize > buf.length) throw new FormatError('bad_docx', { reason: 'truncated' });
  return buf.subarray(start, start + e.compressedSize);
}

/** Word's own XML parts (document, footnotes, headers…), where the text of a .docx lives. */
const WORD_XML = /^word\/[^/]+\.xml$/;
/** Markup Word wraps around each byte of text, generously: a part larger than this many times the text limit is refused unread. */
export const XML_PER_TEXT_BYTE = 8;

/**
 * Throws 'zip_bomb' when the archive declares or actually expands beyond the limits,
 * 'bad_docx' when it is corrupt, and 'too_large' when Word's XML parts hold more than
 * `maxTextBytes` of text — counted as they are inflated, so a document that would unpack to
 * millions of characters is stopped before a parser ever sees it. Returns the entries.
 */
export function assertSafeZip(
  buf: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  maxTextBytes = Number.POSITIVE_INFINITY,
): ZipEntry[] {
  const entries = readCentralDirectory(buf, limits);
  let declared = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff)
      throw new FormatError('zip_bomb', { reason: 'zip64' });
    declared += e.size;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size > 1024 * 1024 && ratio > limits.maxRatio)
      throw new FormatError('zip_bomb', { reason: 'ratio', entry: e.name, ratio: Math.round(ratio) });
  }
  if (declared > limits.maxTotal)
    throw new FormatError('zip_bomb', { reason: 'declared_size', bytes: declared });
  let budget = limits.maxTotal;
  let text = 0;
  const xmlCap = maxTextBytes * XML_PER_TEXT_BYTE;
  for (const e of entries) {
    const wordXml = WORD_XML.test(e.name);
    if (wordXml && e.size > xmlCap)
      throw new FormatError('too_large', { size: e.size, maxBytes: maxTextBytes });
    if (e.method === 0 || e.compressedSize === 0) {
      budget -= e.compressedSize;
      continue;
    }
    if (e.method !== 8) throw new FormatError('bad_docx', { reason: 'compression_method', method: e.method });
    const cap = Math.min(budget, Math.max(e.size, 1) + 1, limits.maxTotal);
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(entryData(buf, e), { maxOutputLength: Math.max(cap, 1) });
    } catch (err) {
      if (err instanceof FormatError) throw err;
      // RangeError: the entry expands past what it declared (or past the total budget).
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
        throw new FormatError('zip_bomb', { reason: 'actual_size', entry: e.name });
      throw new FormatError('bad_docx', { reason: 'inflate', entry: e.name });
    }
    if (out.length > e.size) throw new FormatError('zip_bomb', { reason: 'size_mismatch', entry: e.name });
    budget -= out.length;
    if (wordXml) {
      text += xmlTextBytes(out, maxTextBytes - text);
      if (text > maxTextBytes) throw new FormatError('too_large', { size: text, maxBytes: maxTextBytes });
    }
  }
  return entries;
}
