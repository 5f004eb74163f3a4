import { FormatError } from './format-error';

/**
 * How many lines an input holds, as the importers will see them: non-blank text lines, and
 * for HTML also the block elements (a page can put thousands of paragraphs on one line).
 * Counted before parsing, so an input of 100,000 one-line paragraphs costs a scan, not minutes.
 */
export function countLines(text: string, html: boolean): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!blank) lines++;
      blank = true;
    } else if (blank && c !== 13 && c !== 32 && c !== 9) blank = false;
  }
  if (!blank) lines++;
  if (html)
    lines += text.match(/<(?:p|br|div|li|h[1-6]|tr|td|dt|dd|blockquote|pre|figcaption)\b/gi)?.length ?? 0;
  return lines;
}

export function assertLines(text: string, html: boolean, maxLines: number | undefined): void {
  if (maxLines === undefined) return;
  const lines = countLines(text, html);
  if (lines > maxLines) throw new FormatError('too_many_lines', { lines, max: maxLines });
}

/**
 * Bytes of text (outside markup) in UTF-8 XML, counted as it is scanned; stops at `limit`.
 * Word keeps its text between tags, so this is what a .docx will unpack to, whatever the
 * markup around it weighs.
 */
export function xmlTextBytes(xml: Uint8Array, limit: number): number {
  let inTag = false;
  let n = 0;
  for (let i = 0; i < xml.length; i++) {
    const b = xml[i];
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    else if (!inTag && ++n > limit) return n;
  }
  return n;
}
