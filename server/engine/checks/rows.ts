import { type Alignment, type SentenceRef, sideText } from '../align/types';
import type { Paragraph } from '../types';
import type { CheckRow } from './types';

/** One paragraph piece of a row side: where it sits in the row text and in its paragraph. */
export interface RowPiece {
  paragraph: number;
  /** Offset of the piece in its paragraph. */
  paraStart: number;
  /** Offset of the piece in the row text. */
  rowStart: number;
  length: number;
}

export interface RowsWithPieces {
  rows: CheckRow[];
  /** Per row: the pieces of each side, to map a row span back to a paragraph span. */
  pieces: { zh: RowPiece[]; en: RowPiece[] }[];
}

function piecesOf(paragraphs: Paragraph[], refs: SentenceRef[]): RowPiece[] {
  const out: RowPiece[] = [];
  let rowPos = 0;
  let i = 0;
  while (i < refs.length) {
    const para = refs[i].paragraph;
    let j = i;
    while (j + 1 < refs.length && refs[j + 1].paragraph === para) j++;
    const raw = paragraphs[para].text.slice(refs[i].start, refs[j].end);
    const lead = raw.length - raw.trimStart().length;
    const length = raw.trim().length;
    out.push({ paragraph: para, paraStart: refs[i].start + lead, rowStart: rowPos, length });
    rowPos += length + 1; // sideText joins pieces with '\n'
    i = j + 1;
  }
  return out;
}

/** Check rows (current texts) from an alignment of two paragraph lists. */
export function rowsFromAlignment(zh: Paragraph[], en: Paragraph[], alignment: Alignment): RowsWithPieces {
  const rows: CheckRow[] = [];
  const pieces: RowsWithPieces['pieces'] = [];
  for (const a of alignment.rows) {
    const zp = piecesOf(zh, a.zh);
    const ep = piecesOf(en, a.en);
    rows.push({
      kind: a.kind,
      zh: sideText(zh, a.zh),
      en: sideText(en, a.en),
      zhParagraph: zp[0]?.paragraph ?? null,
      enParagraph: ep[0]?.paragraph ?? null,
      zhOffset: zp[0]?.paraStart ?? 0,
      enOffset: ep[0]?.paraStart ?? 0,
    });
    pieces.push({ zh: zp, en: ep });
  }
  return { rows, pieces };
}

/** A row-relative position as (paragraph, offset in paragraph). */
export function toParagraph(pieces: RowPiece[], pos: number): { paragraph: number; offset: number } | null {
  if (pieces.length === 0) return null;
  let hit = pieces[0];
  for (const p of pieces) if (p.rowStart <= pos) hit = p;
  return {
    paragraph: hit.paragraph,
    offset: hit.paraStart + Math.min(Math.max(0, pos - hit.rowStart), hit.length),
  };
}
