import type { FindingType } from './types';

/**
 * A finding type's confidence when its check has no sharper evidence: the share of that
 * type's findings that were real errors on the tuning part of the visible sets (dev tuning
 * documents, mqm-ted talks 2 and 7, clean-news chunks 001–049; see bench-checks-sets.ts).
 * Checks lower it for weak evidence (a rule known to misfire) and raise it for strong
 * evidence (two numbers that both parse and differ).
 */
const BY_TYPE: Record<FindingType, number> = {
  number: 0.7,
  negation: 0.6,
  hedge: 0.55,
  entity: 0.55,
  omission: 0.7,
  addition: 0.75,
  untranslated: 0.8,
  headline: 0.7,
  terminology: 0.8,
  inconsistency: 0.5,
  punctuation: 0.5,
  length: 0.4,
};

export function typeConfidence(type: FindingType): number {
  return BY_TYPE[type];
}
