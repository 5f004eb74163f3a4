// Polarity by scope: a negation is about the words after it. When the counts of cues agree
// but one negation moved or vanished ("不会发生" → "will happen" next to an unrelated "no"),
// the concept a Chinese negation governs is found in the English through the dictionary and
// must itself be negated there; and an English negation must govern a concept the Chinese
// negates too. Only used with a dictionary, and only where the concept is found.
import { type CueMatch, enNegations, zhNegations } from '../text/cues';
import type { CheckContext } from './context';
import { enContentTokens, segment } from './coverage';

// how many content words after a cue it governs, and how far back an English cue may stand
const ZH_TARGETS = 1;
const EN_WINDOW = 5;
const EN_TARGETS = 3;

/** Drops cues inside names the dictionary knows (南非 "South Africa", 无锡 "Wuxi"). */
export function withoutNames(zh: string, cues: CueMatch[], ctx: CheckContext): CueMatch[] {
  const dict = ctx.dictionary;
  if (!dict || cues.length === 0) return cues;
  const names = segment(dict, zh).filter(
    (t) => t.text.length > 1 && dict.lookup(t.text).every((e) => e.properNoun),
  );
  return cues.filter((c) => !names.some((n) => c.start >= n.start && c.end <= n.end && n.text !== c.cue));
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
  const eCues = enNegations(en, ctx.lexicons.negation);
  // English may negate before the word or after it ("changes never seen before")
  const negatedInEn = (i: number) => {
    const from = i >= EN_WINDOW ? eTokens[i - EN_WINDOW].start : 0;
    const to = eTokens[Math.min(eTokens.length - 1, i + 2)].end;
    return eCues.some((c) => c.start >= from && c.start <= to);
  };
  const dropped: CueMatch[] = [];
  for (const cue of zCues.filter((c) => c.strong)) {
    const targets = zTokens
      .filter((t) => t.start >= cue.end && !zCues.some((c) => c.start === t.start))
      .slice(0, ZH_TARGETS);
    const stems = new Set(targets.flatMap((t) => dict.glossStems(t.text)));
    const hits = eTokens.map((t, i) => (stems.has(t.stem) ? i : -1)).filter((i) => i >= 0);
    if (hits.length > 0 && !hits.some(negatedInEn)) dropped.push(cue);
  }
  const zNegatedStems = new Set<string>();
  const zStems = new Set<string>();
  for (const t of zTokens) {
    const s = dict.glossStems(t.text);
    for (const x of s) zStems.add(x);
    if (zCues.some((c) => c.end <= t.start && t.start - c.end <= 4)) for (const x of s) zNegatedStems.add(x);
  }
  const added: CueMatch[] = [];
  for (const cue of eCues.filter((c) => c.strong)) {
    const idx = eTokens.findIndex((t) => t.start >= cue.end);
    if (idx < 0) continue;
    const targets = eTokens.slice(idx, idx + EN_TARGETS).filter((t) => zStems.has(t.stem));
    if (targets.length > 0 && !targets.some((t) => zNegatedStems.has(t.stem))) added.push(cue);
  }
  return { dropped, added };
}
