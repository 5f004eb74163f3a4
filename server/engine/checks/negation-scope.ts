import type { Lexicon } from '../lexicon/types';
// Polarity by scope: a negation is about the words after it. When the counts of cues agree
// but one negation moved or vanished ("不会发生" → "will happen" next to an unrelated "no"),
// the concept a Chinese negation governs is found in the English through the dictionary and
// must itself be negated there; and an English negation must govern a concept the Chinese
// negates too. Only used with a dictionary, and only where the concept is found.
import { type CueMatch, enNegations, negatedNegativeVerb, zhNegations } from '../text/cues';
import type { CheckContext } from './context';
import { enContentTokens, segment } from './coverage';
import { zeroQuantities } from './negation-zero';

// how many content words after a cue it governs, and how far back an English cue may stand
const ZH_TARGETS = 1;
const EN_WINDOW = 5;
const EN_TARGETS = 3;
// how far apart, as a share of each sentence's length, two words may stand and still be counterparts
const SAME_PLACE = 0.3;

/** Drops cues inside names the dictionary knows (南非 "South Africa", 无锡 "Wuxi"). */
export function withoutNames(zh: string, cues: CueMatch[], ctx: CheckContext, en = ''): CueMatch[] {
  const dict = ctx.dictionary;
  if (!dict || cues.length === 0) return cues;
  const words = segment(dict, zh).filter((t) => t.kind === 'word' && t.text.length > 1);
  const out: CueMatch[] = [];
  for (const c of cues) {
    // 毛不易 rendered "Mao Buyi": the English spells the negator as part of a name
    if (en && spelledAsName(zh, c, en, dict)) continue;
    // 不安排 is 不 + 安排 ("not arrange"), not 不安 ("uneasy") + 排: a 不 weakened for the bound
    // form it seems to begin keeps its force when the characters after it make a word
    if (!c.strong && c.cue === '不' && boundFormMisread(zh, c.end, ctx)) {
      out.push({ ...c, strong: true });
      continue;
    }
    const w = words.find((n) => c.start >= n.start && c.end <= n.end && n.text !== c.cue);
    if (!w) {
      out.push(c);
      continue;
    }
    const entries = dict.lookup(w.text);
    // 毛不易, 南非: a negator inside a name negates nothing
    if (entries.every((e) => e.properNoun)) continue;
    // 差不多 ("almost"), 难以置信 ("incredible"), 为数不多 ("few"): a word of three or more
    // characters that holds a negator is one lexical item, rendered by a word rather than by
    // "not"; it may answer an English negation but never raises a finding by itself. A
    // three-character word whose main sense is a negation (不可能 "impossible") keeps its force.
    if (w.text.length >= 4 || (w.text.length === 3 && !negativeGloss(entries[0]?.glosses[0] ?? '')))
      out.push({ ...c, strong: false });
    else out.push(c);
  }
  return out;
}

function boundFormMisread(zh: string, after: number, ctx: CheckContext): boolean {
  const dict = ctx.dictionary;
  if (!dict || !ctx.lexicons.negation.zh.weakAfterBu.includes(zh[after] ?? '\u0000')) return false;
  return [3, 2].some(
    (n) =>
      after + n <= zh.length &&
      dict.has(zh.slice(after, after + n)) &&
      !dict.has(zh.slice(after - 1, after + n)),
  );
}

// the word's main sense, as CC-CEDICT lists it first, starts with a negation
const negativeGloss = (g: string) =>
  /^(?:to (?:be )?)?(?:not|no|never|cannot|unable|without|(?:did|do|does|could|would|is|was|are)n't|un[a-z]{3,}|im[a-z]{3,}ble|in[a-z]{3,}ble)\b/i.test(
    g,
  );

/** Does a capitalised English word spell, in pinyin, the cue's character with one or two of its neighbours? */
function spelledAsName(zh: string, c: CueMatch, en: string, dict: Lexicon): boolean {
  const names = new Set((en.match(/\b[A-Z][a-z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
  if (names.size === 0) return false;
  const spells = (from: number, to: number): boolean => {
    let forms = [''];
    for (let i = from; i < to; i++) {
      const r = dict.readings(zh[i] ?? '');
      if (r.length === 0) return false;
      forms = forms.flatMap((f) => r.map((x) => f + x)).slice(0, 64);
    }
    return forms.some((f) => names.has(f));
  };
  const p = c.start;
  return spells(p, p + 2) || spells(p, p + 3) || spells(p - 1, p + 1) || spells(p - 2, p + 1);
}

/** The clause of a Chinese text around a position, between clause punctuation. */
function clauseAround(zh: string, pos: number): [number, number] {
  const stops = /[，,。；;：:！!？?]/;
  let from = pos;
  while (from > 0 && !stops.test(zh[from - 1])) from--;
  let to = pos;
  while (to < zh.length && !stops.test(zh[to])) to++;
  return [from, to];
}

/**
 * "can't avoid going out" for 必须外出: a negated verb of negative sense asserts, so its cue is
 * weak — unless the Chinese says that verb itself at about the same place in the sentence
 * (要停下来休息 against "never stop to rest" is a flip).
 */
export function doubleNegatives(zh: string, en: string, cues: CueMatch[], ctx: CheckContext): CueMatch[] {
  const dict = ctx.dictionary;
  return cues.map((c) => {
    if (!c.strong) return c;
    const verb = negatedNegativeVerb(en, c.end, ctx.lexicons.negation);
    if (!verb) return c;
    const where = c.start / Math.max(1, en.length);
    const said =
      dict !== undefined &&
      segment(dict, zh).some(
        (t) =>
          t.kind === 'word' &&
          Math.abs(t.start / Math.max(1, zh.length) - where) <= SAME_PLACE &&
          dict.glossStems(t.text).includes(verb),
      );
    return said ? c : { ...c, strong: false };
  });
}

export interface ScopedDiff {
  dropped: CueMatch[];
  added: CueMatch[];
}

export function scopedPolarity(zh: string, en: string, ctx: CheckContext): ScopedDiff {
  const dict = ctx.dictionary;
  if (!dict) return { dropped: [], added: [] };
  const fn = ctx.lexicons.zhFunctionWords;
  const zTokens = segment(dict, zh).filter((t) => t.kind === 'word' && !fn.has(t.text));
  const zCues = withoutNames(zh, zhNegations(zh, ctx.lexicons.negation), ctx);
  const eTokens = enContentTokens(en, ctx.lexicons.enStopwords);
  const eCues = doubleNegatives(zh, en, enNegations(en, ctx.lexicons.negation), ctx);
  // English may negate before the word or after it ("changes never seen before")
  const negatedInEn = (i: number) => {
    const from = i >= EN_WINDOW ? eTokens[i - EN_WINDOW].start : 0;
    const to = eTokens[Math.min(eTokens.length - 1, i + 2)].end;
    return eCues.some((c) => c.start >= from && c.start <= to);
  };
  const dropped: CueMatch[] = [];
  for (const cue of zCues.filter((c) => c.strong)) {
    // a negator that begins a longer word (不起眼 "inconspicuous") governs that word
    const own = zTokens.find((t) => t.start <= cue.start && t.end > cue.end);
    const targets = own
      ? [own]
      : zTokens
          .filter((t) => t.start >= cue.end && !zCues.some((c) => c.start === t.start))
          .slice(0, ZH_TARGETS);
    const stems = new Set(targets.flatMap((t) => dict.glossStems(t.text)));
    const hits = eTokens.map((t, i) => (stems.has(t.stem) ? i : -1)).filter((i) => i >= 0);
    if (hits.length > 0 && !hits.some(negatedInEn)) dropped.push(cue);
  }
  const zeros = zeroQuantities(zh);
  const zNegatedStems = new Set<string>();
  const zStems = new Set<string>();
  for (const t of zTokens) {
    const s = dict.glossStems(t.text);
    for (const x of s) zStems.add(x);
    // a negator governs the words after it and the word it begins (无症状 "no symptoms"); a zero
    // quantity the noun it counts (病例0例 "no cases")
    const negated =
      zCues.some(
        (c) => (c.start >= t.start && c.start < t.end) || (c.end <= t.start && t.start - c.end <= 4),
      ) || zeros.some((c) => t.end <= c.start && c.start - t.end <= 2);
    if (negated) for (const x of s) zNegatedStems.add(x);
  }
  // a negator's scope is its clause: 他不认为会发生 is rendered "he thinks it will not happen",
  // and an idiom holding one (青黄不接) may surface as "not" anywhere in the clause
  for (const c of [...zCues, ...zeros]) {
    const [from, to] = clauseAround(zh, c.start);
    for (const t of zTokens)
      if (t.start >= from && t.end <= to) for (const x of dict.glossStems(t.text)) zNegatedStems.add(x);
  }
  const added: CueMatch[] = [];
  for (const cue of eCues.filter((c) => c.strong)) {
    const idx = eTokens.findIndex((t) => t.start >= cue.end);
    if (idx < 0) continue;
    // an English negation governs the words of its own clause only
    const clauseEnd = en.slice(cue.end).search(/[,;:.!?]/);
    const limit = clauseEnd < 0 ? en.length : cue.end + clauseEnd;
    const targets = eTokens.slice(idx, idx + EN_TARGETS).filter((t) => t.start < limit && zStems.has(t.stem));
    if (targets.length > 0 && !targets.some((t) => zNegatedStems.has(t.stem))) added.push(cue);
  }
  return { dropped, added };
}
