// Shared shapes that flow through the engine: formats → text → align → checks.
// The engine is pure: these are plain data, never database rows or HTTP objects.

export type Lang = 'zh' | 'en';

/** Row kinds, in the order an article usually shows them. */
export const SEGMENT_KINDS = [
  'headline',
  'subhead',
  'byline',
  'dateline',
  'lead',
  'body',
  'caption',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** A cleaned paragraph of one language, as found by the importers. */
export interface Paragraph {
  kind: SegmentKind;
  text: string;
}

/** A line the importer dropped as page chrome, kept so the editor can restore it. */
export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

/** One language side of an imported document. */
export interface ParsedDocument {
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
  /** Encoding the bytes were decoded from (e.g. 'UTF-8', 'GB18030', 'UTF-16LE'). */
  encoding: string;
  /** Format that was recognised ('text', 'markdown', 'html', 'docx'). */
  format: string;
  /** Chinese only: the script the text is written in. Stored text stays as imported. */
  script?: 'simplified' | 'traditional';
}
