import type { CueMatch } from '../text/cues';

/**
 * Pairs cues of the two sides by their relative position in the row and returns the ones
 * left over on `side`, so a finding can point at the likeliest extra cue rather than the first.
 */
export function unpairedCues(
  side: CueMatch[],
  sideLength: number,
  other: CueMatch[],
  otherLength: number,
): CueMatch[] {
  const pos = (m: CueMatch, len: number) => m.start / Math.max(1, len);
  const free = new Set(side.map((_, i) => i));
  for (const o of other) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (const i of free) {
      const d = Math.abs(pos(side[i], sideLength) - pos(o, otherLength));
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) free.delete(best);
  }
  return side.filter((_, i) => free.has(i));
}
