// Plain objects that services hand to routes and views. Views never see database rows.
import type { FindingType, MqmCategory, Severity } from '../engine/checks/types';
import type { DiffPart } from '../engine/diff';
import type { Scorecard } from '../engine/scorecard';
import type { DroppedLine, SegmentKind } from '../engine/types';

export type ArticleStatus = 'draft' | 'in_review' | 'approved';
export type FlagStatus = 'open' | 'accepted' | 'resolved' | 'dismissed';
export type FlagOrigin = 'person' | 'check';

export interface ArticleSummary {
  id: number;
  titleZh: string;
  titleEn: string;
  status: ArticleStatus;
  segmentCount: number;
  openFlags: { critical: number; major: number; minor: number; total: number };
  updatedAt: string;
  createdBy: string;
  signOff: SignOffView;
}

/** The approval as it stands, and whether the sign-off rule holds approval back. */
export interface SignOffView {
  approvedBy: string | null;
  approvedAt: string | null;
  /** Why it was approved while critical flags were unresolved (null for a plain approval). */
  overrideReason: string | null;
  /** Critical flags that were unresolved when it was approved. */
  openCriticalAtApproval: number;
  /** Critical flags unresolved now. */
  unresolvedCritical: number;
  /** Not approved, and approving would need an override reason. */
  blocked: boolean;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pages: number;
}

export interface FlagView {
  id: number;
  articleId: number;
  segmentId: number;
  segmentPosition: number;
  relatedSegmentId: number | null;
  relatedPosition: number | null;
  origin: FlagOrigin;
  type: string; // a FindingType for automatic flags, or 'mistranslation' etc. / 'headline' for people's
  category: MqmCategory | string;
  severity: Severity;
  status: FlagStatus;
  enStart: number | null;
  enEnd: number | null;
  quote: string | null;
  note: string; // person's note, or the English message of a finding
  messageZh: string | null;
  suggestion: string | null;
  evidence: { zh?: string; en?: string };
  /** The check's confidence (0–1); null for people's flags. */
  confidence: number | null;
  /** A check's finding below the confidence line: shown as "possible", hideable on the desk. */
  possible: boolean;
  author: string;
  resolver: string | null;
  /** Why a person dismissed (or accepted) it, when they said. */
  statusReason: string | null;
  /** The Chinese span the finding points at, when it points at one. */
  zhStart: number | null;
  zhEnd: number | null;
  createdAt: string;
  updatedAt: string;
  comments: { id: number; author: string; body: string; createdAt: string }[];
}

export interface SegmentView {
  id: number;
  position: number;
  kind: SegmentKind;
  zh: string;
  en: string;
  enOriginal: string;
  /** Word diff of the current English against the original rendering (empty when unchanged). */
  diff: DiffPart[];
  edited: boolean;
  revisionCount: number;
  confidence: number;
  manual: boolean;
  version: number;
  zhPara: number | null;
  enPara: number | null;
  /** Starts a new paragraph on the English side (for display and exports). */
  paragraphStart: boolean;
  /** Starts a new paragraph on the Chinese side. */
  zhParagraphStart: boolean;
  /** Holds sentences from two (or more) paragraphs of one side; its text breaks the line there. */
  spansParagraphs: boolean;
  flags: FlagView[];
  /** The row's sentences as the aligner cut them (source text), for splitting and moving. */
  sentences: { zh: string[]; en: string[] };
  /** Review state from an imported XLIFF/TMX file, if any ('initial' | 'translated' | 'reviewed' | 'final'). */
  reviewState: string | null;
  /** Free notes on the row (e.g. imported XLIFF notes). */
  notes: { author: string; body: string; createdAt: string }[];
  /** Text of the second rendering mapped onto this row and its diff against the current English. */
  alternate: { text: string; diff: DiffPart[] } | null;
}

/** An article without its rows: what the page header shows (titles, status, score, sign-off). */
export interface ArticleHead {
  id: number;
  titleZh: string;
  titleEn: string;
  status: ArticleStatus;
  sourceName: string | null;
  sourceUrl: string | null;
  createdAt: string;
  updatedAt: string;
  renderings: { id: number; label: string; createdAt: string }[];
  /** MQM-style score of the current English from the flags that count. */
  scorecard: Scorecard;
  signOff: SignOffView;
}

export interface ArticleView extends ArticleHead {
  segments: SegmentView[];
  flags: FlagView[];
  dropped: { zh: DroppedLine[]; en: DroppedLine[] };
}

export interface RevisionView {
  id: number;
  text: string;
  previousText: string;
  author: string;
  createdAt: string;
  note: string | null;
  /** Diff from the previous text to this one. */
  diff: DiffPart[];
}

export type { FindingType };
