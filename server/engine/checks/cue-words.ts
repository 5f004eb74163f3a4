import type { CueMatch } from '../text/cues';
import { escapeRegExp } from '../text/regex';
import type { CheckContext } from './context';
import { segment } from './coverage';

let glossCues: { from: readonly string[]; re: RegExp } | null = null;

/**
 * Cues that are words of their own: a cue beginning inside a longer dictionary word belongs to
 * that word (据 of 数据报告, 相传 of 代代相传), unless the word's senses are themselves a hedge
 * or a report (有可能 "possibly").
 */
export function ownWords(zh: string, cues: CueMatch[], ctx: CheckContext): CueMatch[] {
  const dict = ctx.dictionary;
  if (!dict || cues.length === 0) return cues;
  const en = ctx.lexicons.hedges.en;
  const words = en.triggerHedges;
  if (glossCues?.from !== words) {
    const all = [...words, ...(en.expectations ?? []), ...(en.attributionMarkers ?? [])];
    const alt = all.map(escapeRegExp).join('|');
    glossCues = { from: words, re: new RegExp(`\\b(?:${alt})\\b`, 'i') };
  }
  const re = glossCues.re;
  const tokens = segment(dict, zh);
  return cues.filter((m) => {
    const t = tokens.find((x) => x.start < m.start && m.start < x.end);
    if (t?.kind !== 'word') return true;
    return dict.lookup(t.text).some((e) => e.glosses.some((g) => re.test(g)));
  });
}
