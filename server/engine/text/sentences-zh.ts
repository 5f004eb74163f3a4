import { type SentenceSpan, trimSpan } from './spans';

// Sentence-final marks. The ASCII ones appear in mixed or badly converted text; '.' is
// handled separately because it also sits inside numbers (3.5) and Latin abbreviations.
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '｡', '﹒', '．']);
// A semicolon joins clauses a translator may keep as one sentence or render as two.
const SEMICOLONS = new Set(['；', ';']);
// Marks that end a sentence of a multi-sentence quotation: full stops, questions, exclamations.
const QUOTE_STOPS = new Set(['。', '！', '？', '!', '?', '｡', '．']);
// Marks that belong to the sentence they follow: closing quotes and brackets.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '〉', '"', "'"]);
// Pairs inside which a terminator does not end the sentence: a book title 《…》 or a quotation.
const PAIRS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '『': '』', '〈': '〉' };
const TITLES = new Set(['《', '〈']);
// Spaces and tabs: news copy often has "康复 。 ”" with spaces around punctuation.
const BLANK = /[ \t\u3000]/;
// A short bracketed note and nothing after it on the line: a photo credit or source.
const CREDIT = /^[ \t\u3000]*[（(][^（()）\n]{1,30}[)）][ \t\u3000]*(\n|$)/;

/**
 * Where each opening mark is closed, or -1 when it is not closed before the line ends.
 * Fiction often leaves a quotation open across paragraphs; an unclosed mark must not swallow
 * the rest of the text, so it is simply not treated as an opener.
 */
function matchPairs(text: string): Int32Array {
  const close = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') stack.length = 0;
    else if (PAIRS[ch]) stack.push(i);
    else {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (PAIRS[text[stack[k]]] === ch) {
          close[stack[k]] = i;
          stack.length = k;
          break;
        }
      }
    }
  }
  return close;
}

// 3.5, v1.2, www.example.com: only a period followed by a space or the end closes a sentence
function isAsciiPeriodBoundary(text: string, i: number): boolean {
  const next = text[i + 1];
  return next === undefined || /\s/.test(next);
}

/** Index of the last non-blank character before i (or -1). */
function lastMark(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && BLANK.test(text[k])) k--;
  return k;
}

/** End of the run of terminators and closers (blanks allowed between them) that starts at i. */
function endOfRun(text: string, i: number, closers: boolean): number {
  let j = i;
  let end = i;
  while (j < text.length) {
    const c = text[j];
    if (TERMINATORS.has(c) || c === '.' || (closers && CLOSERS.has(c) && !PAIRS[c])) end = j + 1;
    else if (!BLANK.test(c)) break;
    j++;
  }
  return end;
}

/**
 * Splits Chinese text into sentences with offsets into `text`.
 * Ends a sentence after 。！？；… (and runs of them), taking closing quotes and brackets with
 * it; always at a line break; never inside 《》. Inside a closed quotation it ends one only
 * at 。！？ and marks that boundary soft, as it marks one after a semicolon: “……。……。” is
 * split where a translation may split it, and the aligner joins the pieces where it does not.
 */
export function splitChineseSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const close = matchPairs(text);
  let start = 0;
  let soft = false;
  const emit = (end: number, nextSoft: boolean) => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(soft && spans.length > 0 ? { ...span, soft: true } : span);
    start = end;
    soft = nextSoft;
  };
  // while inside a pair: the index of its closing mark, and whether it is a title
  let closeAt = -1;
  let title = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (closeAt >= 0) {
      if (i === closeAt) {
        closeAt = -1;
        const k = lastMark(text, i);
        // “…走了。” ends the sentence when the quotation itself ended with a terminator
        // …but a title 《再见！》 is a name inside the sentence, whatever it ends with
        if (!title && k >= 0 && (TERMINATORS.has(text[k]) || text[k] === '.')) {
          const j = endOfRun(text, i + 1, true);
          emit(j, false);
          i = j;
          continue;
        }
      } else if (!title && QUOTE_STOPS.has(ch)) {
        // a sentence inside a quotation, unless only the closing mark follows
        const j = endOfRun(text, i + 1, false);
        let k = j;
        while (k < text.length && BLANK.test(text[k])) k++;
        if (k < closeAt) {
          emit(j, true);
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (ch === '\n') {
      emit(i + 1, false);
      i++;
      continue;
    }
    if (PAIRS[ch] && close[i] > i) {
      closeAt = close[i];
      title = TITLES.has(ch);
      i++;
      continue;
    }
    const ends = TERMINATORS.has(ch) || (ch === '.' && isAsciiPeriodBoundary(text, i));
    if (ends) {
      const j = endOfRun(text, i + 1, true);
      // a credit closing a caption, "……互赠礼物。（法新社）", belongs to it
      if (CREDIT.test(text.slice(j, j + 40))) {
        i = j;
        continue;
      }
      emit(j, SEMICOLONS.has(text[lastMark(text, j)]));
      i = j;
      continue;
    }
    i++;
  }
  emit(text.length, false);
  return spans;
}
