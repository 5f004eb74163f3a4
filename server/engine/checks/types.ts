import type { SegmentKind } from '../types';

export const FINDING_TYPES = [
  'number',
  'negation',
  'hedge',
  'entity',
  'omission',
  'addition',
  'untranslated',
  'headline',
  'terminology',
  'inconsistency',
  'punctuation',
  'length',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** MQM core typology, as 'dimension/issue'. */
export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'terminology',
  'fluency',
  'style',
  'locale-conventions',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

/** One aligned row as the checks see it (current texts). */
export interface CheckRow {
  kind: SegmentKind;
  zh: string;
  en: string;
  /** Paragraph of the row's first sentence on each side, and the row's offset in it (null when empty). */
  zhParagraph: number | null;
  enParagraph: number | null;
  zhOffset: number;
  enOffset: number;
}

export interface GlossaryTerm {
  zh: string;
  en: string;
  /** Other acceptable renderings. */
  variants?: string[];
}

export interface CheckInput {
  rows: CheckRow[];
  glossary?: GlossaryTerm[];
}

/** Location of a finding: a row and an optional character span of that row's text. */
export interface FindingLocation {
  row: number;
  start?: number;
  end?: number;
}

export interface Finding {
  type: FindingType;
  category: MqmCategory;
  severity: Severity;
  zh: FindingLocation | null;
  en: FindingLocation | null;
  /** A second place the finding points at, e.g. the body row a headline contradicts. */
  related?: FindingLocation | null;
  /** The two snippets that disagree. */
  evidence: { zh?: string; en?: string };
  message: { en: string; zh: string };
  suggestion?: string;
  /**
   * How likely the finding is a real error, 0–1, calibrated on the tuning part of the visible
   * sets. Below POSSIBLE_BELOW the desk shows it as "possible" and lets the editor hide it.
   */
  confidence: number;
}

/** Findings less sure than this are "possible": shown apart on the desk, left out of the CLI report by default. */
export const POSSIBLE_BELOW = 0.5;
