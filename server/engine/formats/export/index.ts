// One entry point for every export, so the article page, the JSON API and the CLI share
// formats, content types and file extensions.
import { writeCsv, writeTsv } from './delimited';
import { writeDocx } from './docx';
import { writeBilingualHtml, writeHtml } from './html';
import { writeMarkdown, writeTxt } from './plain';
import { writeReportCsv, writeReportHtml, writeReportJson } from './report';
import { writeTmx } from './tmx';
import {
  EXPORT_FORMATS,
  type ExportArticle,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
} from './types';
import { writeXliff2, writeXliff12 } from './xliff';

export { buildReport, type Report, type ReportFlag } from './report';
export * from './types';

interface FormatSpec {
  contentType: string;
  extension: string;
  write: (article: ExportArticle, opts: ExportOptions) => string | Promise<Buffer>;
}

const UTF8 = 'charset=utf-8';

const SPECS: Record<ExportFormat, FormatSpec> = {
  txt: { contentType: `text/plain; ${UTF8}`, extension: 'txt', write: writeTxt },
  md: { contentType: `text/markdown; ${UTF8}`, extension: 'md', write: writeMarkdown },
  html: { contentType: `text/html; ${UTF8}`, extension: 'html', write: (a, o) => writeHtml(a, o.labels) },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    write: writeDocx,
  },
  'bilingual-html': {
    contentType: `text/html; ${UTF8}`,
    extension: 'bilingual.html',
    write: (a, o) => writeBilingualHtml(a, o.labels),
  },
  tsv: { contentType: `text/tab-separated-values; ${UTF8}`, extension: 'tsv', write: writeTsv },
  csv: { contentType: `text/csv; ${UTF8}`, extension: 'csv', write: writeCsv },
  xliff2: { contentType: `application/xliff+xml; ${UTF8}`, extension: 'xlf', write: writeXliff2 },
  xliff12: { contentType: `application/xliff+xml; ${UTF8}`, extension: 'xliff', write: writeXliff12 },
  tmx: { contentType: `application/x-tmx+xml; ${UTF8}`, extension: 'tmx', write: writeTmx },
  'report-html': { contentType: `text/html; ${UTF8}`, extension: 'report.html', write: writeReportHtml },
  'report-json': {
    contentType: `application/json; ${UTF8}`,
    extension: 'report.json',
    write: writeReportJson,
  },
  'report-csv': { contentType: `text/csv; ${UTF8}`, extension: 'report.csv', write: writeReportCsv },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** File extension (without dot) and content type of a format, e.g. for download names. */
export function exportFileInfo(format: ExportFormat): { contentType: string; extension: string } {
  const { contentType, extension } = SPECS[format];
  return { contentType, extension };
}

export async function exportArticle(
  article: ExportArticle,
  format: ExportFormat,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  const spec = SPECS[format];
  if (!spec) throw new RangeError(`unknown export format: ${String(format)}`);
  const out = await spec.write(article, opts);
  const body = typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
  return { body, contentType: spec.contentType, extension: spec.extension };
}
