/** A half-open character range [start, end) into the text it was cut from. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A sentence span. `soft` marks a boundary before it that a translation often does not keep:
 * inside a quotation (“……。……。”) or after a semicolon. The aligner may join the two halves
 * again at a lower price than two full sentences.
 */
export interface SentenceSpan extends TextSpan {
  soft?: boolean;
}

const SPACE = /\s/;

/** Shrinks a span so it neither starts nor ends with whitespace; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && SPACE.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}
