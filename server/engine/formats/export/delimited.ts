// TSV and CSV bilingual tables. Both use RFC 4180 quoting (a cell holding the delimiter,
// a quote or a line break is wrapped in quotes with inner quotes doubled), because that is
// what Excel, LibreOffice and Google Sheets write and read for both delimiters; one rule
// means one parser on import (bilingual/delimited.ts). Backslash escapes (\t, \n) were
// rejected: they corrupt any text that legitimately contains a backslash.
import { cleanText } from './text-safety';
import type { ExportArticle } from './types';

/** Column names written in the header row; the bilingual reader recognises them. */
export const TABLE_COLUMNS = ['zh', 'en', 'kind'] as const;

function quoteIfNeeded(cell: string, delimiter: string): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell) || /^\s|\s$/.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Spreadsheet formula-injection guard (OWASP "CSV injection"): a cell starting with
 * = + - @ (or a tab / CR, which Excel skips before looking) is prefixed with an apostrophe
 * so Excel shows it as text instead of evaluating it. The bilingual reader removes exactly
 * this prefix again, so CSV round trips keep the text.
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return quoteIfNeeded(guardFormula(cleanText(s).replace(/\n/g, '\r\n')), ',');
}

/** Joins CSV lines Excel-style: UTF-8 BOM (so Excel detects UTF-8), CRLF line ends. */
export function csvDocument(lines: (string | number | boolean | null | undefined)[][]): string {
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function writeCsv(article: ExportArticle): string {
  return csvDocument([[...TABLE_COLUMNS], ...article.rows.map((r) => [r.zh, r.en, r.kind])]);
}

/**
 * TSV: header row, LF line ends, no BOM; cells quoted only when they must be. Spreadsheets
 * open .tsv files as readily as .csv, so the same formula guard applies.
 */
export function writeTsv(article: ExportArticle): string {
  const lines = [[...TABLE_COLUMNS] as string[], ...article.rows.map((r) => [r.zh, r.en, r.kind])];
  const cell = (c: string) => quoteIfNeeded(guardFormula(cleanText(c)), '\t');
  return `${lines.map((cells) => cells.map(cell).join('\t')).join('\n')}\n`;
}
