import type { Lang } from '../types';
import type { AlignedRow, SentenceRef } from './types';

// Manual realignment as pure functions on rows: each returns new rows (the input is never
// mutated), so the desk can keep the previous rows as the undo history. Rows touched by a
// person are marked `manual` with confidence 1 and survive automatic re-alignment.

export type AlignmentEditErrorCode =
  | 'ROW_OUT_OF_RANGE'
  | 'NO_NEXT_ROW'
  | 'NO_PREVIOUS_ROW'
  | 'SPLIT_OUT_OF_RANGE'
  | 'SPLIT_LEAVES_EMPTY_ROW'
  | 'SENTENCE_OUT_OF_RANGE'
  | 'SENTENCE_NOT_AT_EDGE'
  | 'ALREADY_UNMATCHED'
  | 'NOTHING_TO_MOVE';

export class AlignmentEditError extends Error {
  constructor(
    readonly code: AlignmentEditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AlignmentEditError';
  }
}

/** A serialisable description of one manual operation (for APIs and the history log). */
export type AlignmentEdit =
  | { op: 'merge'; row: number }
  | { op: 'split'; row: number; zh?: number; en?: number }
  | { op: 'move'; row: number; side: Lang; direction: 'previous' | 'next' }
  | { op: 'unmatch'; row: number; side: Lang; sentence: number };

function checkRow(rows: AlignedRow[], index: number): AlignedRow {
  if (!Number.isInteger(index) || index < 0 || index >= rows.length) {
    throw new AlignmentEditError('ROW_OUT_OF_RANGE', `no row ${index} (there are ${rows.length})`);
  }
  return rows[index];
}

const isEmpty = (r: AlignedRow) => r.zh.length === 0 && r.en.length === 0;

function manualRow(kind: AlignedRow['kind'], zh: SentenceRef[], en: SentenceRef[]): AlignedRow {
  return { kind, zh, en, confidence: 1, manual: true };
}

/** Row `index` and the next become one row. */
export function mergeWithNext(rows: AlignedRow[], index: number): AlignedRow[] {
  const a = checkRow(rows, index);
  if (index + 1 >= rows.length) throw new AlignmentEditError('NO_NEXT_ROW', `row ${index} is the last row`);
  const b = rows[index + 1];
  const merged = manualRow(a.kind, [...a.zh, ...b.zh], [...a.en, ...b.en]);
  return [...rows.slice(0, index), merged, ...rows.slice(index + 2)];
}

/**
 * Splits row `index` in two. `at.zh` / `at.en` say how many sentences of each side stay in
 * the upper row (default: all of them); the rest form the new row below.
 */
export function splitRow(rows: AlignedRow[], index: number, at: { zh?: number; en?: number }): AlignedRow[] {
  const r = checkRow(rows, index);
  const kz = at.zh ?? r.zh.length;
  const ke = at.en ?? r.en.length;
  for (const [k, len] of [
    [kz, r.zh.length],
    [ke, r.en.length],
  ]) {
    if (!Number.isInteger(k) || k < 0 || k > len) {
      throw new AlignmentEditError('SPLIT_OUT_OF_RANGE', `split point ${k} outside 0..${len}`);
    }
  }
  const upper = manualRow(r.kind, r.zh.slice(0, kz), r.en.slice(0, ke));
  const lower = manualRow(r.kind, r.zh.slice(kz), r.en.slice(ke));
  if (isEmpty(upper) || isEmpty(lower)) {
    throw new AlignmentEditError('SPLIT_LEAVES_EMPTY_ROW', 'a split must leave sentences in both rows');
  }
  return [...rows.slice(0, index), upper, lower, ...rows.slice(index + 1)];
}

/**
 * Moves one sentence of `side` across a row boundary: to the previous row its first
 * sentence, to the next row its last one, so document order is kept. A row left empty on
 * both sides disappears.
 */
export function moveSentence(
  rows: AlignedRow[],
  index: number,
  side: Lang,
  direction: 'previous' | 'next',
): AlignedRow[] {
  const r = checkRow(rows, index);
  if (r[side].length === 0)
    throw new AlignmentEditError('NOTHING_TO_MOVE', `row ${index} has no ${side} sentence`);
  const other = direction === 'previous' ? index - 1 : index + 1;
  if (other < 0) throw new AlignmentEditError('NO_PREVIOUS_ROW', `row ${index} is the first row`);
  if (other >= rows.length) throw new AlignmentEditError('NO_NEXT_ROW', `row ${index} is the last row`);
  const target = rows[other];
  const moving = direction === 'previous' ? r[side][0] : r[side][r[side].length - 1];
  const rest = direction === 'previous' ? r[side].slice(1) : r[side].slice(0, -1);
  const source = manualRow(r.kind, side === 'zh' ? rest : r.zh, side === 'en' ? rest : r.en);
  const grown = direction === 'previous' ? [...target[side], moving] : [moving, ...target[side]];
  const receiver = manualRow(
    target.kind,
    side === 'zh' ? grown : target.zh,
    side === 'en' ? grown : target.en,
  );
  const out = rows.slice();
  out[index] = source;
  out[other] = receiver;
  return out.filter((row) => !isEmpty(row));
}

/**
 * Takes sentence `sentence` (0-based within the row's `side`) out of row `index` into a row
 * of its own against an empty cell. Only the first or last sentence of a side can leave,
 * which keeps both sides in document order.
 */
export function markUnmatched(rows: AlignedRow[], index: number, side: Lang, sentence: number): AlignedRow[] {
  const r = checkRow(rows, index);
  const list = r[side];
  if (!Number.isInteger(sentence) || sentence < 0 || sentence >= list.length) {
    throw new AlignmentEditError('SENTENCE_OUT_OF_RANGE', `row ${index} has no ${side} sentence ${sentence}`);
  }
  const otherSide: Lang = side === 'zh' ? 'en' : 'zh';
  if (list.length === 1 && r[otherSide].length === 0) {
    throw new AlignmentEditError('ALREADY_UNMATCHED', `that sentence is already unmatched`);
  }
  if (sentence !== 0 && sentence !== list.length - 1) {
    throw new AlignmentEditError(
      'SENTENCE_NOT_AT_EDGE',
      'only the first or last sentence of a row can be unmatched',
    );
  }
  const alone = manualRow(
    r.kind,
    side === 'zh' ? [list[sentence]] : [],
    side === 'en' ? [list[sentence]] : [],
  );
  const rest = list.filter((_, k) => k !== sentence);
  const remaining = manualRow(r.kind, side === 'zh' ? rest : r.zh, side === 'en' ? rest : r.en);
  // the first sentence goes above the rest of its row, the last one below
  const pair = sentence === 0 ? [alone, remaining] : [remaining, alone];
  return [...rows.slice(0, index), ...pair, ...rows.slice(index + 1)];
}

/** Applies a serialised edit (see AlignmentEdit). */
export function applyEdit(rows: AlignedRow[], edit: AlignmentEdit): AlignedRow[] {
  switch (edit.op) {
    case 'merge':
      return mergeWithNext(rows, edit.row);
    case 'split':
      return splitRow(rows, edit.row, { zh: edit.zh, en: edit.en });
    case 'move':
      return moveSentence(rows, edit.row, edit.side, edit.direction);
    case 'unmatch':
      return markUnmatched(rows, edit.row, edit.side, edit.sentence);
  }
}
