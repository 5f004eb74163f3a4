// Parts of institution names the Chinese does not account for, in names that share words with
// the right one: "Hangzhou Public Security Bureau" for 公安部 (an owner added to a body), and
// "Bureau of the National Institute of Infectious Diseases" inside a chain of bodies (a whole
// body of the chain unexplained). Both only count when the words are nowhere in the article's
// Chinese: a translator may name the city of the dateline, or spell out what a neighbour says.
import type { CheckContext } from './context';
import { CALENDAR, CAP, type NamePhrase, type NameSupport } from './names';

export interface BodyVerdict {
  /** The words of the name the Chinese of the row and its neighbours does not explain. */
  words: string[];
  why: 'owner' | 'chain';
}

const SPLIT = /\s+(?:of|for|and|the|&)\s+|^the\s+/i;

/**
 * Judges the bodies of a capitalised name. `inArticle` says whether a word is accounted for
 * anywhere in the article's Chinese; `missing` words are those the row's context lacks.
 */
export function bodyUnexplained(
  p: NamePhrase,
  s: NameSupport,
  ctx: CheckContext,
  inArticle: (word: string) => boolean,
): BodyVerdict | null {
  const kinds = ctx.lexicons.institutionWords;
  const stop = ctx.lexicons.enStopwords;
  const isKind = (w: string) => kinds.has(w.toLowerCase());
  const distinct = (w: string) => {
    const l = w.toLowerCase();
    return !kinds.has(l) && !stop.has(l) && !CALENDAR.has(l);
  };
  const missing = new Set(s.missing);
  const groups = p.text
    .split(SPLIT)
    .map((g) => g.split(/\s+/).filter((w) => CAP.test(w.replace(/[’']s$/, ''))))
    .filter((g) => g.length > 0);
  if (!groups.some((g) => g.some(isKind))) return null;
  // an owner before a body whose own words the Chinese does account for: "Hangzhou Public
  // Security Bureau", "Qatar Health Commission"; a body of only kind words says too little
  for (const g of groups) {
    if (g.length < 3 || !isKind(g[g.length - 1])) continue;
    const [owner, ...rest] = g;
    const own = rest.filter(distinct);
    if (
      distinct(owner) &&
      missing.has(owner) &&
      own.length > 0 &&
      own.every((w) => !missing.has(w)) &&
      !inArticle(owner)
    )
      return { words: [owner], why: 'owner' };
  }
  // a run of groups in a chain whose distinguishing words all lack a source, beside a body word
  let i = 0;
  while (i < groups.length) {
    const dist = groups[i].filter(distinct);
    if (dist.length === 0 || !dist.every((w) => missing.has(w))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < groups.length) {
      const d = groups[j + 1].filter(distinct);
      if (d.length === 0 || !d.every((w) => missing.has(w))) break;
      j++;
    }
    const words = groups.slice(i, j + 1).flatMap((g) => g.filter(distinct));
    const bodyNear = groups.slice(Math.max(0, i - 1), j + 1).some((g) => g.some(isKind));
    if (groups.length > 1 && words.length >= 2 && bodyNear && !words.every(inArticle))
      return { words, why: 'chain' };
    i = j + 1;
  }
  return null;
}
