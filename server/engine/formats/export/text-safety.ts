// Character hygiene shared by every writer. Article text comes from pasted web pages and
// can hold anything: C0 control characters, lone surrogates, U+FFFE. XML 1.0 forbids those
// even as character references, so a file containing one is not well-formed and every
// validator and CAT tool rejects the whole file. We drop them instead of replacing them
// with U+FFFD, because a visible replacement glyph in a published article is worse than a
// missing invisible control character.

// XML 1.0 Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 (and Word's document.xml) cannot carry. */
export function stripIllegalXmlChars(s: string): string {
  return s.replace(XML_ILLEGAL, '');
}

/** Normalises line endings: CR LF and lone CR become LF. */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** Text as every writer should see it: legal characters, LF line ends. */
export function cleanText(s: string | null | undefined): string {
  return normalizeNewlines(stripIllegalXmlChars(s ?? ''));
}

/** Escapes character data for XML element content. */
export function escapeXmlText(s: string): string {
  // '>' is escaped too so that ']]>' can never appear in content.
  return cleanText(s).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Escapes an attribute value. Tabs and newlines become character references because an
 * XML parser normalises literal ones in attributes to spaces.
 */
export function escapeXmlAttr(s: string): string {
  return cleanText(s).replace(/[&<>"'\t\n]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML escaping for the HTML writers (same set as engine/diff's escapeHtml, after cleaning). */
export function escapeHtmlText(s: string | null | undefined): string {
  return cleanText(s).replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Builds a start tag with escaped attributes; null/undefined attributes are left out. */
export function openTag(name: string, attrs: Attrs = {}, selfClose = false): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${key}="${escapeXmlAttr(String(value))}"`;
  }
  return out + (selfClose ? '/>' : '>');
}

/** An element whose content is escaped text. */
export function textElement(name: string, attrs: Attrs, text: string): string {
  return `${openTag(name, attrs)}${escapeXmlText(text)}</${name}>`;
}

const LATIN_WORD = /[A-Za-z0-9\u00C0-\u024F'’-]/;

/**
 * A snippet cut at a fixed width ("…ore the Chinese th…") widened to whole words, from the text
 * it was cut out of; unchanged when it is not found there. Chinese needs no widening: every
 * character stands on its own.
 */
export function wholeWords(snippet: string, ...texts: string[]): string {
  const core = snippet.replace(/^…|…$/g, '');
  for (const text of texts) {
    const at = core ? text.indexOf(core) : -1;
    if (at < 0) continue;
    let a = at;
    let b = at + core.length;
    while (a > 0 && LATIN_WORD.test(text[a - 1]) && LATIN_WORD.test(text[a])) a--;
    while (b < text.length && LATIN_WORD.test(text[b]) && LATIN_WORD.test(text[b - 1])) b++;
    return `${snippet.startsWith('…') ? '…' : ''}${text.slice(a, b)}${snippet.endsWith('…') ? '…' : ''}`;
  }
  return snippet;
}
