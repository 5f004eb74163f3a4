// English side of the number extraction: digits with separators, number words, scales
// ("1.2 million"), ordinals, month names, compounds like "four-day".
import {
  isAsciiDigit,
  isLatinLetter,
  type NumberKind,
  type NumberLexicon,
  type NumberMention,
} from './numbers';

interface EnToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const EN_TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?|[A-Za-z]+(?:[-‐][A-Za-z]+)*|%/g;

function tokenizeEn(text: string): EnToken[] {
  const out: EnToken[] = [];
  for (const m of text.matchAll(EN_TOKEN)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "forty-one", "twenty-first", "four-day": value of the leading number word(s), if any. */
function wordValue(
  lower: string,
  lex: NumberLexicon,
): { value: number; ordinal: boolean; tail: boolean; parts: number } | null {
  const parts = lower.split(/[-‐]/);
  const a = parts[0];
  const b = parts[1];
  if (a in lex.enSmall) {
    const av = lex.enSmall[a];
    if (b !== undefined && av >= 20 && av % 10 === 0) {
      if (b in lex.enSmall && lex.enSmall[b] < 10)
        return { value: av + lex.enSmall[b], ordinal: false, tail: parts.length > 2, parts: 2 };
      if (b in lex.enOrdinals && lex.enOrdinals[b] < 10)
        return { value: av + lex.enOrdinals[b], ordinal: true, tail: parts.length > 2, parts: 2 };
    }
    return { value: av, ordinal: false, tail: parts.length > 1, parts: 1 };
  }
  if (a in lex.enOrdinals)
    return { value: lex.enOrdinals[a], ordinal: true, tail: parts.length > 1, parts: 1 };
  return null;
}

function precededBy(text: string, start: number, phrases: string[]): boolean {
  const before = text
    .slice(Math.max(0, start - 24), start)
    .toLowerCase()
    .trimEnd();
  return phrases.some((p) => before === p || before.endsWith(` ${p}`));
}

const MONTH_CONTEXT =
  /\b(in|since|of|early|late|mid|by|until|last|next|this|from|to|on|between|and|through)\s*$/i;

/** Every number mentioned in an English text, with its value and span. */
export function extractEnNumbers(text: string, lex: NumberLexicon): NumberMention[] {
  const tokens = tokenizeEn(text);
  const out: NumberMention[] = [];
  const push = (
    t0: EnToken,
    t1: EnToken,
    value: number,
    kind: NumberKind,
    strong: boolean,
    scaled: boolean,
  ) => {
    out.push({
      value,
      kind,
      start: t0.start,
      end: t1.end,
      text: text.slice(t0.start, t1.end),
      approx: precededBy(text, t0.start, lex.enApproxBefore),
      strong,
      scaled,
    });
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const prevChar = text[t.start - 1];
    if (/^\d/.test(t.text)) {
      // COVID-19, G20, 5G, A4: names, not quantities; 725km and 1.2bn are quantities
      const glued = /^[A-Za-z]+/.exec(text.slice(t.end))?.[0].toLowerCase();
      const gluedScale = glued ? lex.enGluedScales?.[glued] : undefined;
      const quantity = glued !== undefined && (gluedScale !== undefined || lex.enGluedUnits?.includes(glued));
      if (
        isLatinLetter(prevChar) ||
        (prevChar === '-' && isLatinLetter(text[t.start - 2])) ||
        (isLatinLetter(text[t.end]) && !quantity)
      ) {
        i++;
        continue;
      }
      const m = /^([\d,]+(?:\.\d+)?)(st|nd|rd|th|s)?$/.exec(t.text);
      if (!m) {
        i++;
        continue;
      }
      let value = Number.parseFloat(m[1].replace(/,/g, '')) * (gluedScale ?? 1);
      let kind: NumberKind = m[2] === 's' ? 'decade' : m[2] ? 'ordinal' : 'cardinal';
      // the minutes of "8:00" say no number; the hour does
      if (prevChar === ':' && /^\d{2}$/.test(t.text) && isAsciiDigit(text[t.start - 2]) && value === 0) {
        i++;
        continue;
      }
      // "the 90s" is the 1990s, "the 00s" the 2000s
      if (kind === 'decade' && /^\d{2}$/.test(m[1]) && (value >= 30 || value === 0))
        value += value ? 1900 : 2000;
      let last = t;
      let scaled = gluedScale !== undefined;
      const next = tokens[i + 1];
      if (next && next.lower in lex.enScales && next.start - t.end <= 1) {
        value *= lex.enScales[next.lower];
        last = next;
        scaled = true;
        i++;
      }
      const after = tokens[i + 1];
      if (
        text[last.end] === '%' ||
        (after && (after.lower === 'percent' || (after.lower === 'per' && tokens[i + 2]?.lower === 'cent')))
      ) {
        kind = 'percent';
      } else if (
        kind === 'cardinal' &&
        value >= 1000 &&
        value <= 2100 &&
        Number.isInteger(value) &&
        !m[1].includes(',')
      ) {
        kind = 'year';
      }
      push(t, last, value, kind, true, scaled);
      i++;
      continue;
    }
    if (t.lower in lex.enMonths && /^[A-Z]/.test(t.text)) {
      const next = tokens[i + 1];
      const full = t.lower.length > 3 || t.lower === 'may';
      const dayFollows = next && /^\d{1,2}(st|nd|rd|th)?$/.test(next.text) && next.start - t.end <= 2;
      const yearFollows = next && /^\d{4}$/.test(next.text);
      const ctx = MONTH_CONTEXT.test(text.slice(Math.max(0, t.start - 12), t.start));
      if (full && (dayFollows || yearFollows || (ctx && t.lower !== 'may' && t.lower !== 'march'))) {
        push(t, t, lex.enMonths[t.lower], 'month', true, false);
      }
      i++;
      continue;
    }
    const wv = wordValue(t.lower, lex);
    if (wv) {
      // "two-thirds" is a fraction, not a count
      if (wv.tail && /(thirds|quarters|fifths|halves)$/.test(t.lower)) {
        i++;
        continue;
      }
      let value = wv.value;
      let last = t;
      let scaled = false;
      let k = i + 1;
      if (!wv.ordinal && !wv.tail) {
        let current = value;
        let total = 0;
        while (k < tokens.length) {
          const n = tokens[k];
          if (n.lower in lex.enScales) {
            const s = lex.enScales[n.lower];
            if (s === 100) current *= 100;
            else {
              total += current * s;
              current = 0;
            }
            scaled = true;
          } else if (n.lower in lex.enSmall && !n.lower.includes('-')) current += lex.enSmall[n.lower];
          else if (n.lower === 'and' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'half') {
            // "two and a half million": the half belongs to the count before the scale
            current += 0.5;
            last = tokens[k + 2];
            k += 3;
            continue;
          } else if (n.lower === 'and' && tokens[k + 1] && tokens[k + 1].lower in lex.enSmall && scaled) {
            k++;
            continue;
          } else {
            const compound = wordValue(n.lower, lex);
            if (compound && !compound.ordinal && !compound.tail && scaled) current += compound.value;
            else break;
          }
          last = n;
          k++;
        }
        value = total + current;
      }
      const weak = lex.enWeakWords.includes(t.lower) && last === t;
      push(t, last, value, wv.ordinal ? 'ordinal' : 'cardinal', !weak && value !== 1, scaled);
      i = last === t ? i + 1 : k;
      continue;
    }
    // "half a million": half of the scale
    if (
      t.lower === 'half' &&
      /^an?$/.test(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.lower in lex.enScales
    ) {
      const s = tokens[i + 2];
      push(t, s, lex.enScales[s.lower] / 2, 'cardinal', true, true);
      i += 3;
      continue;
    }
    // "a hundred", "a million": the article is the multiplier
    if ((t.lower === 'a' || t.lower === 'an') && tokens[i + 1] && tokens[i + 1].lower in lex.enScales) {
      const s = tokens[i + 1];
      push(t, s, lex.enScales[s.lower], 'cardinal', true, true);
      i += 2;
      continue;
    }
    i++;
  }
  return sharedScales(text, out);
}

/**
 * "1 to 2 billion", "3-5 million", "between 2 and 4 billion": the scale written once after a
 * range belongs to both ends, as in the Chinese 10亿至20亿.
 */
function sharedScales(text: string, out: NumberMention[]): NumberMention[] {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.scaled || !b.scaled || a.kind !== 'cardinal' || b.kind !== 'cardinal') continue;
    if (!/^\s*(?:to|-|–|—|and|or)\s*$/i.test(text.slice(a.end, b.start))) continue;
    const lead = Number.parseFloat(b.text.replace(/,/g, ''));
    if (!(lead > 0) || a.value >= lead * 1000) continue;
    const factor = b.value / lead;
    if (factor < 1000) continue;
    out[k] = { ...a, value: a.value * factor, scaled: true };
  }
  return out;
}
