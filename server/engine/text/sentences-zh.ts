import { type TextSpan, trimSpan } from './spans';

// Sentence-final marks. The ASCII ones appear in mixed or badly converted text; '.' is
// handled separately because it also sits inside numbers (3.5) and Latin abbreviations.
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '｡', '﹒', '．']);
// Marks that belong to the sentence they follow: closing quotes and brackets.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '〉', '"', "'"]);
// Pairs inside which a terminator does not end the sentence: a book title 《…》 or a quotation.
const PAIRS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '『': '』', '〈': '〉' };

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

/**
 * Splits Chinese text into sentences with offsets into `text`.
 * Ends a sentence after 。！？；… (and runs of them), taking closing quotes and brackets with
 * it; never inside 《》 or a closed quotation; always at a line break.
 */
export function splitChineseSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const close = matchPairs(text);
  let start = 0;
  let closeAt = -1; // while inside a pair: the index of its closing mark
  const emit = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (closeAt >= 0) {
      if (i === closeAt) {
        closeAt = -1;
        // “…走了。” ends the sentence when the quotation itself ended with a terminator
        // …but a title 《再见！》 is a name inside the sentence, whatever it ends with
        if ((TERMINATORS.has(text[i - 1]) || text[i - 1] === '.') && ch !== '》' && ch !== '〉') {
          let j = i + 1;
          while (j < text.length && (CLOSERS.has(text[j]) || TERMINATORS.has(text[j]))) j++;
          emit(j);
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (ch === '\n') {
      emit(i + 1);
      i++;
      continue;
    }
    if (PAIRS[ch] && close[i] > i) {
      closeAt = close[i];
      i++;
      continue;
    }
    const ends = TERMINATORS.has(ch) || (ch === '.' && isAsciiPeriodBoundary(text, i));
    if (ends) {
      let j = i + 1;
      while (
        j < text.length &&
        (TERMINATORS.has(text[j]) || (CLOSERS.has(text[j]) && !PAIRS[text[j]]) || text[j] === '.')
      )
        j++;
      emit(j);
      i = j;
      continue;
    }
    i++;
  }
  emit(text.length);
  return spans;
}
