// Glossary files: CSV or TSV with the columns zh, en, variants, note (header optional, only zh
// and en required). Cells are read with the bilingual importer's RFC 4180 reader, so a file the
// desk exported, or one saved from a spreadsheet, comes back unchanged.
import { decodeBilingualBytes } from '../engine/formats/bilingual/decode';
import { parseDelimited } from '../engine/formats/bilingual/delimited';
import { csvDocument } from '../engine/formats/export/delimited';
import { cleanText } from '../engine/formats/export/text-safety';

export type TableFormat = 'csv' | 'tsv';
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'tsv'];

export type GlossaryColumn = 'zh' | 'en' | 'variants' | 'note';
const COLUMNS: readonly GlossaryColumn[] = ['zh', 'en', 'variants', 'note'];

const HEADER_NAMES: Record<string, GlossaryColumn> = {
  zh: 'zh',
  'zh-cn': 'zh',
  chinese: 'zh',
  source: 'zh',
  term: 'zh',
  中文: 'zh',
  原文: 'zh',
  术语: 'zh',
  en: 'en',
  english: 'en',
  target: 'en',
  translation: 'en',
  英文: 'en',
  译文: 'en',
  译名: 'en',
  variants: 'variants',
  variant: 'variants',
  alternatives: 'variants',
  其他译法: 'variants',
  异译: 'variants',
  note: 'note',
  notes: 'note',
  comment: 'note',
  备注: 'note',
};

/** One data line of the file, by column; a column the file does not have is undefined. */
export interface TableRow {
  /** 1-based record number in the file, header included (what a spreadsheet shows). */
  line: number;
  cells: Partial<Record<GlossaryColumn, string>>;
  /** Fewer than two cells: there is no English to pair with the Chinese. */
  oneColumn: boolean;
}

export interface ParsedTable {
  format: TableFormat;
  header: boolean;
  /** Columns the file provides: absent ones must not overwrite what a term already has. */
  columns: GlossaryColumn[];
  rows: TableRow[];
}

/** Variants may be separated by ';' or '|' (and the full-width '；' a Chinese keyboard types). */
export function splitVariants(cell: string): string[] {
  return cell
    .split(/[;|；]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

function formatOf(text: string, filename: string | undefined): TableFormat {
  const ext = filename?.toLowerCase().match(/\.(csv|tsv|tab)$/)?.[1];
  if (ext) return ext === 'csv' ? 'csv' : 'tsv';
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return firstLine.includes('\t') ? 'tsv' : 'csv';
}

function headerOf(cells: string[]): Partial<Record<GlossaryColumn, number>> | null {
  const map: Partial<Record<GlossaryColumn, number>> = {};
  for (const [i, raw] of cells.entries()) {
    const col = HEADER_NAMES[raw.trim().toLowerCase()];
    if (col && map[col] === undefined) map[col] = i;
  }
  return map.zh !== undefined && map.en !== undefined ? map : null;
}

/** Undoes the CSV writer's formula guard ("'=x" was written for "=x"). */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Decodes and splits a glossary file. Throws InterchangeError for bad bytes or quoting. */
export function parseGlossaryTable(input: { buffer: Buffer; filename?: string }): ParsedTable {
  const text = decodeBilingualBytes(input.buffer, 'table')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const format = formatOf(text, input.filename);
  const table = parseDelimited(text, format === 'tsv' ? '\t' : ',');
  const first = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  const header = first >= 0 ? headerOf(table[first]) : null;
  const positions = header ?? { zh: 0, en: 1, variants: 2, note: 3 };
  const widest = Math.max(0, ...table.map((r) => r.length));
  const columns = COLUMNS.filter((c) => positions[c] !== undefined && (header || positions[c]! < widest));
  const rows: TableRow[] = [];
  table.forEach((cells, i) => {
    if ((header && i === first) || cells.every((c) => c.trim() === '')) return;
    const get = (c: GlossaryColumn) => {
      const at = positions[c];
      const v = at === undefined ? undefined : cells[at];
      // A short line leaves its missing cells undefined: they keep what the term already has.
      return v === undefined ? undefined : format === 'csv' ? unguard(v) : v;
    };
    const row: TableRow['cells'] = {};
    for (const c of columns) row[c] = get(c);
    rows.push({ line: i + 1, cells: row, oneColumn: cells.length < 2 });
  });
  return { format, header: header !== null, columns, rows };
}

function tsvCell(cell: string): string {
  const c = cleanText(cell);
  return /[\t"\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

export interface TableTerm {
  zh: string;
  en: string;
  variants: string[];
  note: string;
}

/** The glossary as a file: CSV the way Excel wants it (BOM, CRLF, formula guard), or plain TSV. */
export function writeGlossaryTable(terms: TableTerm[], format: TableFormat): string {
  const lines = [[...COLUMNS] as string[], ...terms.map((t) => [t.zh, t.en, t.variants.join('; '), t.note])];
  if (format === 'csv') return csvDocument(lines);
  return `${lines.map((cells) => cells.map(tsvCell).join('\t')).join('\n')}\n`;
}
