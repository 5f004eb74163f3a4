/**
 * Weights of the bead score. Defaults were fitted on the MAC-Dev literary chapters with
 * leave-one-chapter-out checks (scripts/tune-align.ts); they are meant to be generic:
 * nothing here knows about a particular text.
 */
export interface AlignParams {
  /** Score per unit of matched IDF weight (both directions summed). */
  lexical: number;
  /** How much of the chance-level match a bead must exceed (0: none, 1: all of it). */
  chance: number;
  /** Weight of the Gale–Church length log-likelihood. */
  length: number;
  /** Variance of English characters around ratio × Chinese characters, per character. */
  lengthVariance: number;
  /** Log-prior of each bead shape "zh-en"; shapes not listed are not considered. */
  beads: Record<string, number>;
  /** Half-width (in units) of the DP band around the anchor line. */
  band: number;
  /** Logistic weights turning bead evidence into a confidence. */
  confidence: { bias: number; coverage: number; length: number; size: number };
}

export const DEFAULT_PARAMS: AlignParams = {
  lexical: 0.14,
  chance: 1.4,
  length: 0.7,
  lengthVariance: 6.9,
  beads: {
    '1-1': 0,
    '1-2': -2,
    '2-1': -2.5,
    '1-3': -4,
    '3-1': -6,
    '2-2': -5.5,
    '1-4': -6,
    '4-1': -8,
    '2-3': -7.5,
    '3-2': -9.5,
    '1-0': -6,
    '0-1': -6,
  },
  band: 20,
  confidence: { bias: -2, coverage: 6, length: 0.5, size: 0.2 },
};
