/** A half-open character range [start, end) into the text it was cut from. */
export interface TextSpan {
  start: number;
  end: number;
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
