import {
  type AlignedRow,
  AlignmentEditError,
  applyEdit,
  markUnmatched,
  mergeWithNext,
  moveSentence,
  splitRow,
} from '../../../server/engine/align';

// Sentence refs are identified here by their start offset in paragraph 0.
const ref = (n: number) => ({ paragraph: 0, start: n * 10, end: n * 10 + 9 });
const row = (zh: number[], en: number[], extra: Partial<AlignedRow> = {}): AlignedRow => ({
  kind: 'body',
  zh: zh.map(ref),
  en: en.map(ref),
  confidence: 0.5,
  ...extra,
});
const shape = (rows: AlignedRow[]) =>
  rows.map((r) => `${r.zh.map((s) => s.start / 10).join(',')}:${r.en.map((s) => s.start / 10).join(',')}`);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AlignmentEditError) return err.code;
    throw err;
  }
  return 'no error';
}

const rows = [row([0], [0]), row([1, 2], [1]), row([3], [2, 3]), row([4], [4])];

describe('manual realignment operations', () => {
  it('merges a row with the next and marks it manual', () => {
    const out = mergeWithNext(rows, 1);
    expect(shape(out)).toEqual(['0:0', '1,2,3:1,2,3', '4:4']);
    expect(out[1]).toMatchObject({ manual: true, confidence: 1, kind: 'body' });
    expect(shape(rows)).toEqual(['0:0', '1,2:1', '3:2,3', '4:4']); // input untouched
  });

  it('splits a row at a sentence boundary on either side', () => {
    expect(shape(splitRow(rows, 1, { zh: 1 }))).toEqual(['0:0', '1:1', '2:', '3:2,3', '4:4']);
    expect(shape(splitRow(rows, 2, { en: 1 }))).toEqual(['0:0', '1,2:1', '3:2', ':3', '4:4']);
    expect(shape(splitRow(rows, 2, { zh: 1, en: 1 }))).toEqual(['0:0', '1,2:1', '3:2', ':3', '4:4']);
    expect(shape(splitRow(rows, 1, { zh: 1, en: 0 }))).toEqual(['0:0', '1:', '2:1', '3:2,3', '4:4']);
  });

  it('moves a boundary sentence to the previous or next row, dropping a row left empty', () => {
    expect(shape(moveSentence(rows, 2, 'en', 'previous'))).toEqual(['0:0', '1,2:1,2', '3:3', '4:4']);
    expect(shape(moveSentence(rows, 1, 'zh', 'next'))).toEqual(['0:0', '1:1', '2,3:2,3', '4:4']);
    const emptied = moveSentence(moveSentence(rows, 0, 'zh', 'next'), 0, 'en', 'next');
    expect(shape(emptied)).toEqual(['0,1,2:0,1', '3:2,3', '4:4']);
  });

  it('marks the first or last sentence of a row unmatched, in document order', () => {
    expect(shape(markUnmatched(rows, 1, 'zh', 0))).toEqual(['0:0', '1:', '2:1', '3:2,3', '4:4']);
    expect(shape(markUnmatched(rows, 2, 'en', 1))).toEqual(['0:0', '1,2:1', '3:2', ':3', '4:4']);
    expect(shape(markUnmatched(rows, 0, 'en', 0))).toEqual([':0', '0:', '1,2:1', '3:2,3', '4:4']);
  });

  it('applies serialised edits, so a history of them can be replayed', () => {
    const out = applyEdit(applyEdit(rows, { op: 'merge', row: 0 }), { op: 'split', row: 0, zh: 1, en: 1 });
    expect(shape(out)).toEqual(['0:0', '1,2:1', '3:2,3', '4:4']);
    expect(out.slice(0, 2).every((r) => r.manual)).toBe(true);
  });

  it('rejects invalid requests with a stable code', () => {
    expect(codeOf(() => mergeWithNext(rows, 3))).toBe('NO_NEXT_ROW');
    expect(codeOf(() => mergeWithNext(rows, 7))).toBe('ROW_OUT_OF_RANGE');
    expect(codeOf(() => mergeWithNext(rows, -1))).toBe('ROW_OUT_OF_RANGE');
    expect(codeOf(() => splitRow(rows, 1, { zh: 3 }))).toBe('SPLIT_OUT_OF_RANGE');
    expect(codeOf(() => splitRow(rows, 0, {}))).toBe('SPLIT_LEAVES_EMPTY_ROW');
    expect(codeOf(() => moveSentence(rows, 0, 'zh', 'previous'))).toBe('NO_PREVIOUS_ROW');
    expect(codeOf(() => moveSentence(rows, 3, 'en', 'next'))).toBe('NO_NEXT_ROW');
    expect(codeOf(() => moveSentence([row([0], [])], 0, 'en', 'next'))).toBe('NOTHING_TO_MOVE');
    expect(codeOf(() => markUnmatched(rows, 1, 'zh', 5))).toBe('SENTENCE_OUT_OF_RANGE');
    expect(codeOf(() => markUnmatched([row([0, 1, 2], [0])], 0, 'zh', 1))).toBe('SENTENCE_NOT_AT_EDGE');
    expect(codeOf(() => markUnmatched([row([0], [])], 0, 'zh', 0))).toBe('ALREADY_UNMATCHED');
  });
});
