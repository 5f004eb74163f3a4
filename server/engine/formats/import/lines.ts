import type { SegmentKind } from '../../types';

/**
 * The common currency of the importers: every format (text, Markdown, HTML, DOCX) is
 * first reduced to numbered lines, so chrome removal and structure detection are written
 * once. An empty `text` is a paragraph break.
 */
export interface SourceLine {
  /** 1-based line in the decoded text (for HTML/DOCX: the block's index). */
  line: number;
  text: string;
  /** Kind the markup already told us (an <h1>, a `##`, a <figcaption>). */
  hint?: SegmentKind;
  /** The line stands alone: never joined with its neighbours (list items, markup blocks). */
  own?: boolean;
  /** An image (or an image filename line) came right before this line. */
  afterImage?: boolean;
  /** Placeholder for a dropped line: breaks a block but is not a blank line of the source. */
  gap?: boolean;
}

/** Why a line was dropped; stable strings the UI can translate. */
export type DropReason =
  | 'chrome_vocabulary'
  | 'chrome_prefix'
  | 'post_meta'
  | 'counter'
  | 'image_filename'
  | 'url'
  | 'copyright'
  | 'menu'
  | 'language_mismatch'
  | 'board_tag'
  | 'after_end_marker'
  | 'image'
  | 'rule'
  | 'front_matter'
  | 'link_definition'
  | 'html_comment'
  | 'page_chrome'
  | 'masthead';

/** Zero-width characters, NBSP and friends that arrive with pasted web text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Normalises line ends and invisible characters; keeps everything a reader can see. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\f|\v/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\t]/g, ' ')
    .normalize('NFC');
}

export function splitLines(text: string): SourceLine[] {
  return normalizeText(text)
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t.trim() }));
}
