import type { SegmentKind } from '../../types';

export const BILINGUAL_FORMATS = ['tsv', 'csv', 'xliff12', 'xliff2', 'tmx'] as const;
export type BilingualFormat = (typeof BILINGUAL_FORMATS)[number];

/** One imported row: an aligned pair with its kind and whatever review data the file carried. */
export interface BilingualRow {
  kind: SegmentKind;
  zh: string;
  en: string;
  /** Notes / comments of the unit, joined by blank lines. */
  note?: string;
  /**
   * Review state normalised to the XLIFF 2.0 vocabulary ('initial' | 'translated' |
   * 'reviewed' | 'final'), when the file had one.
   */
  state?: string;
}

export interface BilingualDocument {
  rows: BilingualRow[];
  format: BilingualFormat;
}
