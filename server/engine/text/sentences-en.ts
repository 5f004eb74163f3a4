import { type TextSpan, trimSpan } from './spans';

// Abbreviations after which a period almost never ends a sentence.
const TITLES = new Set(
  (
    'mr mrs ms messrs mme mlle dr prof st jr sr gen col lt sgt capt cmdr adm maj rev hon gov sen rep ' +
    'pres supt insp fr vs cf eg ie al approx dept univ est fig figs vol vols pp ch sec art op ed eds ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft'
  ).split(' '),
);
// Abbreviations that end a sentence only when a capitalised sentence opener follows.
const NUMBERING = new Set(['no', 'nos', 'p', 'para', 'ref', 'tel']);
const COMPANY = new Set(['inc', 'co', 'corp', 'ltd', 'etc', 'bros', 'plc']);
// Words that commonly open a sentence; after "U.S." or "Inc." they mean a new sentence began.
const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there here but and ' +
    'or so yet in on at as if when while after before since although though however meanwhile then ' +
    'what who why how where which no not one some many most all both each other such'
  ).split(' '),
);

const CLOSING = /["'”’)\]»」』]/;
const OPENING = /["'“‘([«「『]/;

function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  return text.slice(s, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^\s*["'“‘([«]*([A-Za-z0-9]+)/.exec(text.slice(from, from + 40));
  return m ? m[1] : '';
}

/** Does the period at `dot` (followed by whitespace) end a sentence? */
function periodEnds(text: string, dot: number, after: number): boolean {
  const before = wordBefore(text, dot);
  const bare = before.replace(/\./g, '').toLowerCase();
  const next = nextWord(text, after);
  if (!next) return true;
  // a credit or note closing a caption, "… in Gyeongju. (AFP)", belongs to it
  if (/^\s*\([^()\n]{1,30}\)\s*(\n|$)/.test(text.slice(after, after + 40))) return false;
  const first = next[0];
  // "e.g. something", "etc. and": a lower-case continuation is never a new sentence
  if (/[a-z]/.test(first)) return false;
  if (TITLES.has(bare) && !before.includes('.')) return false;
  if (NUMBERING.has(bare) && /[0-9]/.test(first)) return false;
  const opener = OPENERS.has(next.toLowerCase());
  if (COMPANY.has(bare)) return opener;
  // Initials ("J. K. Rowling") and dotted acronyms ("U.S. Army" vs "in the U.S. The …")
  if (/^[A-Z]$/.test(before)) return false;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(before)) return opener;
  return true;
}

/**
 * Splits English text into sentences with offsets into `text`.
 * A sentence ends at . ! ? or … (with closing quotes and brackets after them) followed by
 * whitespace, except after titles (Mr., Dr.), numbering (No. 2), initials (J. K.), dotted
 * acronyms before a name-like word (U.S. Army), and before a lower-case word. Decimals never
 * split because no space follows their point. A line break always ends a sentence.
 */
export function splitEnglishSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const emit = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      emit(i + 1);
      i++;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < text.length && /[.!?…]/.test(text[j])) j++;
      while (j < text.length && CLOSING.test(text[j])) j++;
      const atEnd = j >= text.length;
      if (!atEnd && !/\s/.test(text[j])) {
        i = j;
        continue;
      }
      const single = j - i === 1 || (ch === '.' && !/[.!?…]/.test(text[i + 1] ?? ''));
      let ends = true;
      if (!atEnd) {
        const next = nextWord(text, j);
        if (ch === '.' && single && text[i + 1] !== '.') ends = periodEnds(text, i, j);
        // "wait... and then": an ellipsis before a lower-case word trails off mid-sentence
        else if (next && /[a-z]/.test(next[0]) && !OPENING.test(text.slice(j).trimStart()[0] ?? ''))
          ends = false;
      }
      if (ends) emit(j);
      i = j;
      continue;
    }
    i++;
  }
  emit(text.length);
  return spans;
}
