import type { CueMatch } from '../text/cues';

/**
 * A zero quantity (疑似病例0例, 住院0例) is what English says with "no" ("no suspected cases"):
 * weak cues, so they answer an English "no" without raising anything themselves.
 */
export function zeroQuantities(zh: string): CueMatch[] {
  const out: CueMatch[] = [];
  for (const m of zh.matchAll(/(?<![\d.．０-９])[0０](?![\d.．０-９%％])/g))
    out.push({ cue: m[0], start: m.index, end: m.index + m[0].length, strong: false });
  return out;
}
