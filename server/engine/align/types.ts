import type { Paragraph, SegmentKind } from '../types';

/** A sentence (or whole paragraph) of one side: paragraph index and character span in it. */
export interface SentenceRef {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * One aligned row (a bead). Either side may be empty (a 1–0 or 0–1 bead).
 * Sentences of one side are in document order; a row may cross a paragraph boundary.
 */
export interface AlignedRow {
  kind: SegmentKind;
  zh: SentenceRef[];
  en: SentenceRef[];
  /** How sure the aligner is, in [0, 1]. */
  confidence: number;
  /** Set by a manual realignment: re-running the aligner keeps this row as it is. */
  manual?: boolean;
}

/**
 * Rows below this confidence are "unsure": the desk and the alignment map mark them so an
 * editor's eye goes there first. The confidences are calibrated so that most wrong rows fall
 * below it (bench:align reports how many).
 */
export const UNSURE_BELOW = 0.5;

export interface Alignment {
  rows: AlignedRow[];
}

export type ArticleAligner = (zh: Paragraph[], en: Paragraph[]) => Alignment;

/**
 * Text of one side of a row. Sentences of one paragraph are joined as they stand in it;
 * a paragraph break inside a row becomes '\n' so exports can restore paragraphs.
 */
export function sideText(paragraphs: Paragraph[], refs: SentenceRef[]): string {
  if (refs.length === 0) return '';
  const parts: string[] = [];
  let i = 0;
  while (i < refs.length) {
    const para = refs[i].paragraph;
    let j = i;
    while (j + 1 < refs.length && refs[j + 1].paragraph === para) j++;
    parts.push(paragraphs[para].text.slice(refs[i].start, refs[j].end).trim());
    i = j + 1;
  }
  return parts.join('\n');
}

/**
 * Texts of consecutive rows of one side joined into one (a merge of rows an editor had
 * changed): a space within a paragraph, '\n' where the next row's first sentence is in
 * another paragraph than the previous row's last one, as sideText would have it.
 */
export function joinRowTexts(rows: Array<{ text: string; refs: SentenceRef[] }>): string {
  let out = '';
  let last: number | null = null;
  for (const r of rows) {
    if (!r.text) continue;
    const first = r.refs[0]?.paragraph ?? last;
    if (out) out += first !== last ? '\n' : ' ';
    out += r.text;
    if (r.refs.length) last = r.refs[r.refs.length - 1].paragraph;
  }
  return out;
}
