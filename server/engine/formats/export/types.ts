// The input every export writer takes: a plain snapshot of one article, assembled by the
// export service from the database. Writers are pure functions of this shape, so the CLI,
// the JSON API and the article page all produce byte-identical files for the same article.
import type { MqmCategory, Severity } from '../../checks/types';
import type { SegmentKind } from '../../types';

/**
 * Review state of a row, in XLIFF 2.0's vocabulary because XLIFF 2.0 is the most precise
 * of the exchange formats (1.2 and TMX get mapped from it):
 * initial = not yet translated or not touched, translated = has an English rendering,
 * reviewed = a reviewer looked at it and nothing is open, final = the article is approved.
 */
export const ROW_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type RowState = (typeof ROW_STATES)[number];

export type ExportFlagStatus = 'open' | 'accepted' | 'resolved' | 'dismissed';
export type ExportFlagOrigin = 'person' | 'check';

export interface ExportComment {
  author: string;
  body: string;
  createdAt: string;
}

export interface ExportRow {
  /** Row number as the desk shows it (from 1; writers print it and match flags to it). */
  position: number;
  kind: SegmentKind;
  zh: string;
  /** Current (corrected) English. A '\n' inside means a paragraph break within the row. */
  en: string;
  /** The English as first imported, before any revision. */
  enOriginal: string;
  /**
   * This row starts a new English paragraph: its first sentence is in another paragraph than
   * the previous row's last one. Rows may cross paragraphs; a '\n' inside `en` marks where.
   */
  paragraphStart: boolean;
  /** The same for the Chinese side ('\n' inside `zh` likewise). */
  zhParagraphStart: boolean;
  /** Alignment confidence 0..1. */
  confidence: number;
  createdAt: string;
  updatedAt: string;
  /** User name of whoever last changed the English (or imported it). */
  lastAuthor: string;
  revisionCount: number;
  state: RowState;
}

export interface ExportFlag {
  id: number;
  /** Position of the row the flag sits on (matches ExportRow.position). */
  position: number;
  relatedPosition: number | null;
  origin: ExportFlagOrigin;
  type: string;
  category: MqmCategory | string;
  severity: Severity;
  status: ExportFlagStatus;
  /** The English span a person flagged, if any. */
  quote: string | null;
  /** A person's note, or the English message of an automatic finding. */
  note: string;
  messageZh: string | null;
  suggestion: string | null;
  evidence: { zh?: string; en?: string };
  author: string;
  resolver: string | null;
  /** Why a person dismissed (or accepted) it, when they said. */
  statusReason?: string | null;
  /** The flag's span of the row's current English, when it has one. */
  enStart?: number | null;
  enEnd?: number | null;
  createdAt: string;
  updatedAt?: string;
  comments: ExportComment[];
}

/** The approval as it stands (absent or all null when the article is not approved). */
export interface ExportSignOff {
  approvedBy: string | null;
  approvedAt: string | null;
  /** Why it was approved while critical flags were unresolved (null for a plain approval). */
  overrideReason: string | null;
  openCriticalAtApproval: number;
}

export interface ExportArticle {
  id: number;
  titleZh: string;
  titleEn: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  sourceName: string | null;
  sourceUrl: string | null;
  /** User name of whoever created the article (TMX header creationid). */
  creator: string;
  rows: ExportRow[];
  flags: ExportFlag[];
  signOff?: ExportSignOff;
  /** The people who reviewed it (raised or judged flags), as the report names them. */
  reviewers?: string[];
}

export const EXPORT_FORMATS = [
  'txt',
  'md',
  'html',
  'docx',
  'bilingual-html',
  'tsv',
  'csv',
  'xliff2',
  'xliff12',
  'tmx',
  'report-html',
  'report-json',
  'report-csv',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  body: Buffer;
  contentType: string;
  extension: string;
}

/**
 * Words that appear inside the exported documents (column headers, section titles).
 * Exports are English documents; a caller may pass translated labels, nothing more.
 */
export interface ExportLabels {
  source: string;
  translation: string;
  row: string;
  /** Column header for flag ids in the report. */
  flag: string;
  kind: string;
  flags: string;
  notes: string;
  reviewReport: string;
  scorecard: string;
  score: string;
  pass: string;
  fail: string;
  threshold: string;
  words: string;
  penalty: string;
  category: string;
  severity: string;
  status: string;
  origin: string;
  type: string;
  message: string;
  evidence: string;
  suggestion: string;
  resolution: string;
  author: string;
  resolver: string;
  comments: string;
  created: string;
  noFlags: string;
  /** Prefix of the source line under the article ("Source: Lianhe Zaobao"). */
  sourceLine: string;
  /** Footnote pointer to the row a flag relates to ("see row 6"). */
  seeRow: string;
  signOff: string;
  approvedBy: string;
  reviewedBy: string;
  noReviewers: string;
  override: string;
  notApproved: string;
  final: string;
  provisional: string;
}

export const DEFAULT_LABELS: ExportLabels = {
  source: 'Chinese source',
  translation: 'English rendering',
  row: '#',
  flag: 'Flag',
  kind: 'Kind',
  flags: 'Flags',
  notes: 'Notes',
  reviewReport: 'Review report',
  scorecard: 'Scorecard',
  score: 'Score',
  pass: 'pass',
  fail: 'fail',
  threshold: 'threshold',
  words: 'English words',
  penalty: 'Penalty points',
  category: 'Category',
  severity: 'Severity',
  status: 'Status',
  origin: 'Origin',
  type: 'Type',
  message: 'Message',
  evidence: 'Evidence',
  suggestion: 'Suggestion',
  resolution: 'Resolution',
  author: 'Author',
  resolver: 'Resolved by',
  comments: 'Comments',
  created: 'Created',
  noFlags: 'No flags.',
  sourceLine: 'Source',
  seeRow: 'see row',
  signOff: 'Sign-off',
  approvedBy: 'Approved by',
  reviewedBy: 'Reviewed by',
  noReviewers: 'No person has reviewed it yet.',
  override: 'Approved over unresolved critical flags, because',
  notApproved: 'Not approved.',
  final: 'final: no unresolved flags',
  provisional: 'provisional: unresolved flags',
};

export interface ExportOptions {
  labels?: Partial<ExportLabels>;
  /** Pass threshold for the scorecard in reports (default 95). */
  passThreshold?: number;
  /** Tool version written into XLIFF/TMX headers. */
  toolVersion?: string;
}
