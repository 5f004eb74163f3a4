import mammoth from 'mammoth';
import type { Lang } from '../../types';
import { FormatError } from './format-error';
import { parseHtml } from './html';
import { assertLines } from './limits';
import type { LinesResult } from './text';
import { assertSafeZip, type ZipLimits } from './zip-guard';

/**
 * .docx → HTML with mammoth → the HTML importer. Word's Title/Subtitle/Caption styles are
 * mapped to the elements html.ts already understands; images are replaced by empty <img>s
 * so no base64 blobs are built, but their position still marks a following caption.
 */

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='caption'] => figcaption:fresh",
  "p[style-name='Author'] => address:fresh",
  "p[style-name='Byline'] => address:fresh",
  "p[style-name='Date'] => p.dateline:fresh",
];

export function isDocxZip(names: readonly string[]): boolean {
  return names.includes('word/document.xml') && names.includes('[Content_Types].xml');
}

export async function parseDocx(
  buf: Buffer,
  lang: Lang,
  limits?: ZipLimits,
  keep?: ReadonlySet<number>,
  text: { maxBytes?: number; maxLines?: number } = {},
): Promise<LinesResult> {
  const entries = assertSafeZip(buf, limits, text.maxBytes);
  if (!isDocxZip(entries.map((e) => e.name)))
    throw new FormatError('bad_docx', { reason: 'not_a_word_document' });
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: buf },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (err) {
    throw new FormatError('bad_docx', { reason: 'unreadable' }, (err as Error).message);
  }
  assertLines(html, true, text.maxLines);
  return parseHtml(`<!doctype html><html><body><article>${html}</article></body></html>`, lang, keep);
}
