// TSV / CSV bilingual tables: zh and en columns, header optional. Quoting follows RFC 4180
// for both delimiters (what spreadsheets write, and what export/delimited.ts writes).
import { SEGMENT_KINDS, type SegmentKind } from '../../types';
import { InterchangeError } from './interchange-error';
import type { BilingualDocument, BilingualRow } from './types';

/** Splits a table into rows of cells. Line ends must already be LF. */
export function parseDelimited(text: string, delimiter: ',' | '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quotedCell = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quotedCell = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '' && !quotedCell) {
      // Quoted cell: runs to the next quote that is not doubled.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
          throw new InterchangeError('bad_tsv', `unterminated quoted cell in line ${rows.length + 1}`);
        if (text[q + 1] === '"') {
          cell += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        cell += text.slice(j, q);
        i = q + 1;
        break;
      }
      quotedCell = true;
      // Text after the closing quote is kept literally, as spreadsheets do.
      continue;
    }
    if (c === delimiter) endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length || quotedCell) {
    endCell();
    rows.push(row);
  }
  return rows;
}

type Column = 'zh' | 'en' | 'kind' | 'note' | 'state';

const HEADER_NAMES: Record<string, Column> = {
  zh: 'zh',
  'zh-cn': 'zh',
  zh_cn: 'zh',
  'zh-hans': 'zh',
  source: 'zh',
  chinese: 'zh',
  中文: 'zh',
  原文: 'zh',
  源文: 'zh',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  target: 'en',
  english: 'en',
  translation: 'en',
  英文: 'en',
  译文: 'en',
  kind: 'kind',
  type: 'kind',
  类型: 'kind',
  note: 'note',
  notes: 'note',
  comment: 'note',
  comments: 'note',
  备注: 'note',
  state: 'state',
  status: 'state',
  状态: 'state',
};

function headerMap(cells: string[]): Partial<Record<Column, number>> | null {
  const map: Partial<Record<Column, number>> = {};
  for (const [i, raw] of cells.entries()) {
    const col = HEADER_NAMES[raw.trim().toLowerCase()];
    if (!col) {
      if (raw.trim() === '' || raw.trim() === '#') continue;
      return null;
    }
    if (map[col] === undefined) map[col] = i;
  }
  return map.zh !== undefined && map.en !== undefined ? map : null;
}

/** Undoes export/delimited.ts's formula guard: "'=SUM(…)" was written for "=SUM(…)". */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function asKind(value: string | undefined): SegmentKind {
  const v = (value ?? '').trim().toLowerCase();
  return (SEGMENT_KINDS as readonly string[]).includes(v) ? (v as SegmentKind) : 'body';
}

export function readDelimited(text: string, format: 'tsv' | 'csv'): BilingualDocument {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const table = parseDelimited(normalized, format === 'tsv' ? '\t' : ',').filter((r) =>
    r.some((c) => c.trim() !== ''),
  );
  if (!table.length) throw new InterchangeError('no_units', 'the table is empty');
  const header = headerMap(table[0]);
  const cols = header ?? { zh: 0, en: 1 };
  const body = header ? table.slice(1) : table;
  const rows: BilingualRow[] = [];
  body.forEach((cells, n) => {
    if (cells.length < 2) {
      throw new InterchangeError(
        'bad_tsv',
        `line ${n + (header ? 2 : 1)} has one column; expected zh and en`,
      );
    }
    const get = (col: Column) => {
      const i = cols[col];
      const v = i === undefined ? undefined : cells[i];
      return v === undefined ? undefined : unguard(v);
    };
    const row: BilingualRow = { kind: asKind(get('kind')), zh: get('zh') ?? '', en: get('en') ?? '' };
    const note = get('note');
    if (note) row.note = note;
    const state = get('state');
    if (state) row.state = state.trim();
    if (row.zh.trim() || row.en.trim()) rows.push(row);
  });
  if (!rows.length) throw new InterchangeError('no_units', 'the table has a header but no rows');
  return { rows, format };
}
