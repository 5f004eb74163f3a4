import type { ChineseToken, ChineseTokenKind } from './types';

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}〇]/u;
const RUN =
  /([\u3400-\u9fff\uf900-\ufaff〇]+)|([0-9０-９]+(?:[.,．][0-9０-９]+)*%?)|([A-Za-zＡ-Ｚａ-ｚ]+(?:['’.-][A-Za-z]+)*)|(\s+)|(.)/gsu;

type Has = (word: string) => boolean;
/** Longest headword starting (or ending) with two given characters; 1 when there is none. */
type Longest = (two: string) => number;

function forward(run: string, has: Has, longest: Longest): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    let len = i + 1 < run.length ? Math.min(longest(run.slice(i, i + 2)), run.length - i) : 1;
    while (len > 1 && !has(run.slice(i, i + len))) len--;
    out.push(run.slice(i, i + len));
    i += len;
  }
  return out;
}

function backward(run: string, has: Has, longest: Longest): string[] {
  const out: string[] = [];
  let j = run.length;
  while (j > 0) {
    let len = j > 1 ? Math.min(longest(run.slice(j - 2, j)), j) : 1;
    while (len > 1 && !has(run.slice(j - len, j))) len--;
    out.push(run.slice(j - len, j));
    j -= len;
  }
  return out.reverse();
}

function singles(words: string[]): number {
  let n = 0;
  for (const w of words) if (w.length === 1) n++;
  return n;
}

/** One Han run's words, chosen as segmentChinese says. */
function runWords(run: string, has: Has, startingWith: Longest, endingWith: Longest): string[] {
  const f = forward(run, has, startingWith);
  const b = backward(run, has, endingWith);
  return f.length < b.length || (f.length === b.length && singles(f) < singles(b)) ? f : b;
}

/**
 * Bidirectional maximum matching: the classic dictionary segmenter. Of the forward and the
 * backward result it keeps the one with fewer words, then fewer single characters, then the
 * backward one (right-branching Chinese compounds make it the better guess on ties).
 */
export function segmentChinese(
  text: string,
  has: Has,
  startingWith: Longest,
  endingWith: Longest,
  /** Words of Han runs already segmented with these same functions (read and filled). */
  memo?: Map<string, readonly string[]>,
): ChineseToken[] {
  const tokens: ChineseToken[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index ?? 0;
    if (m[1]) {
      let words = memo?.get(m[1]);
      if (!words) {
        words = runWords(m[1], has, startingWith, endingWith);
        memo?.set(m[1], words);
      }
      let at = start;
      for (const w of words) {
        const kind: ChineseTokenKind = w.length > 1 || has(w) ? 'word' : 'unknown';
        tokens.push({ text: w, start: at, end: at + w.length, kind });
        at += w.length;
      }
    } else if (m[2]) tokens.push({ text: m[2], start, end: start + m[2].length, kind: 'number' });
    else if (m[3]) tokens.push({ text: m[3], start, end: start + m[3].length, kind: 'latin' });
    else if (m[5]) {
      const kind: ChineseTokenKind = HAN.test(m[5]) ? 'unknown' : 'punct';
      tokens.push({ text: m[5], start, end: start + m[5].length, kind });
    }
  }
  return tokens;
}
