// MQM-style scorecard: error penalties per English word, as in the MQM "simple scoring
// model" (severity multipliers 1 / 5 / 25 for minor / major / critical, quality score
// = 100 − penalty points per 100 words, pass at 95 by default).
import { MQM_CATEGORIES, SEVERITIES, type Severity } from './checks/types';

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = Object.freeze({
  minor: 1,
  major: 5,
  critical: 25,
});

export const DEFAULT_PASS_THRESHOLD = 95;

/** The fields of a flag the scorecard needs (FlagView and ExportFlag both fit). */
export interface ScoredFlag {
  origin: 'person' | 'check';
  status: 'open' | 'accepted' | 'resolved' | 'dismissed';
  severity: Severity;
  category: string;
}

export interface Scorecard {
  wordCount: number;
  /** Flags that counted towards the penalty. */
  counted: number;
  penalty: number;
  /** 0..100, two decimals. */
  score: number;
  threshold: number;
  pass: boolean;
  bySeverity: Record<Severity, number>;
  /** Every MQM category (0 when none) plus any other category seen on a counted flag. */
  byCategory: Record<string, number>;
  /** Flags nobody has closed yet (open or accepted), by severity: they can still change the score. */
  unresolved: Record<Severity, number>;
  unresolvedTotal: number;
  /** No unresolved flags: the score will not move unless someone flags again. */
  final: boolean;
}

export interface ScorecardOptions {
  threshold?: number;
  weights?: Partial<Record<Severity, number>>;
}

/**
 * Which flags count:
 * - person flags that are open, accepted or resolved: a reviewer's flag is an error found
 *   in the rendering as delivered; fixing it afterwards does not make the delivered text
 *   better, so a resolved person flag still counts (MQM scores the translation under review);
 * - automatic flags only once a person accepted them: checks produce candidates, and an
 *   unconfirmed candidate is not an error. An automatic flag marked 'resolved' is not
 *   counted, because re-running checks after any edit can resolve it without anyone
 *   confirming the finding was real;
 * - dismissed flags never count.
 */
export function flagCounts(flag: ScoredFlag): boolean {
  if (flag.status === 'dismissed') return false;
  if (flag.origin === 'person') return true;
  return flag.status === 'accepted';
}

/** Open or accepted: nobody has fixed or dismissed it yet. */
export function isUnresolved(flag: Pick<ScoredFlag, 'status'>): boolean {
  return flag.status === 'open' || flag.status === 'accepted';
}

export function computeScorecard(
  flags: readonly ScoredFlag[],
  wordCount: number,
  opts: ScorecardOptions = {},
): Scorecard {
  const weights = { ...SEVERITY_WEIGHTS, ...opts.weights };
  const threshold = opts.threshold ?? DEFAULT_PASS_THRESHOLD;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byCategory: Record<string, number> = Object.fromEntries(MQM_CATEGORIES.map((c) => [c, 0]));
  const unresolved = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let penalty = 0;
  let counted = 0;
  for (const flag of flags) {
    if (isUnresolved(flag)) unresolved[flag.severity] = (unresolved[flag.severity] ?? 0) + 1;
    if (!flagCounts(flag)) continue;
    counted++;
    penalty += weights[flag.severity] ?? 0;
    bySeverity[flag.severity] = (bySeverity[flag.severity] ?? 0) + 1;
    byCategory[flag.category] = (byCategory[flag.category] ?? 0) + 1;
  }
  const words = Math.max(0, Math.floor(wordCount));
  // With no words there is nothing to normalise by: any counted error fails the text.
  const raw = words === 0 ? (penalty > 0 ? 0 : 100) : 100 - (penalty * 100) / words;
  const score = Math.max(0, Math.round(raw * 100) / 100);
  return {
    wordCount: words,
    counted,
    penalty,
    score,
    threshold,
    pass: score >= threshold,
    bySeverity,
    byCategory,
    unresolved,
    unresolvedTotal: SEVERITIES.reduce((n, s) => n + unresolved[s], 0),
    final: SEVERITIES.every((s) => unresolved[s] === 0),
  };
}

/** English word count for the scorecard: runs of letters/digits, with inner ' - . , kept. */
export function countEnglishWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
