// The engine's work as plain-data jobs: what a worker thread runs (engine.worker.ts) and what
// the in-process engine calls directly. Inputs and outputs survive structured cloning (no
// functions, no class instances); Buffers arrive on the other side as Uint8Array.
import type { AlignedRow, Alignment } from '../engine/align/types';
import { sideText } from '../engine/align/types';
import type { CheckInput, CheckRow, Finding, GlossaryTerm } from '../engine/checks/types';
import type { BilingualDocument } from '../engine/formats/bilingual/types';
import type { ExportArticle, ExportFormat } from '../engine/formats/export/types';
import type { Lexicon } from '../engine/lexicon/types';
import type { Lang, Paragraph, ParsedDocument, SegmentKind } from '../engine/types';
import { checkEdit, type EditCheckResult } from './edit-checks';

export interface TextInput {
  text?: string;
  buffer?: Uint8Array;
  filename?: string;
  /** Lines the importer would drop as chrome that a person restored (DroppedLine.line). */
  keep?: readonly number[];
}

export interface ParseLimits {
  maxBytes: number;
  /** Most non-blank lines (paragraphs) a side may have. */
  maxLines?: number;
}

/** A row ready to be stored: both texts, where they came from, and how sure the aligner is. */
export interface PreparedRow {
  kind: SegmentKind;
  zh: string;
  en: string;
  zhRefs: { paragraph: number; start: number; end: number }[];
  enRefs: { paragraph: number; start: number; end: number }[];
  zhPara: number | null;
  enPara: number | null;
  confidence: number;
  /** Review state and notes carried by a bilingual file. */
  state?: string | null;
  note?: string | null;
}

export interface ImportJob {
  zh: TextInput;
  en: TextInput;
  limits: ParseLimits;
  glossary: GlossaryTerm[];
}

/** Both sides parsed and aligned, with the checks' findings on the rows (by row index). */
export interface ImportResult {
  zh: ParsedDocument;
  en: ParsedDocument;
  rows: PreparedRow[];
  findings: Finding[];
}

export interface ExportOutput {
  body: Uint8Array;
  contentType: string;
  extension: string;
}

export const toBuffer = (b: Uint8Array): Buffer =>
  Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);

// ---- loaded once per thread -------------------------------------------------------------

let dictionary: Lexicon | undefined;
/** CC-CEDICT, compacted at install time; shared by the aligner and the checks. */
export function lexicon(): Lexicon {
  if (!dictionary) {
    const { loadLexicon } = require('../engine/lexicon') as typeof import('../engine/lexicon');
    dictionary = loadLexicon();
  }
  return dictionary;
}

let aligner: ((zh: Paragraph[], en: Paragraph[]) => Alignment) | undefined;
function align(zh: Paragraph[], en: Paragraph[]): Alignment {
  if (!aligner) {
    const { createArticleAligner } = require('../engine/align') as typeof import('../engine/align');
    aligner = createArticleAligner(lexicon());
  }
  return aligner(zh, en);
}

type Checker = (input: CheckInput, which?: (name: string) => boolean) => Finding[];
let checker: Checker | undefined;
function check(input: CheckInput, which?: (name: string) => boolean): Finding[] {
  if (!checker) {
    const checks = require('../engine/checks') as typeof import('../engine/checks');
    const { detectScript, toSimplified } =
      require('../engine/formats/import/traditional') as typeof import('../engine/formats/import/traditional');
    const ctx = checks.loadCheckContext(lexicon());
    checker = (inp, only) => {
      // Traditional sources are checked in a simplified form (the lexicons and CC-CEDICT forms
      // are simplified); stored and displayed text stays as imported.
      const traditional = detectScript(inp.rows.map((r) => r.zh).join('')) === 'traditional';
      const rows = traditional ? inp.rows.map((r) => ({ ...r, zh: toSimplified(r.zh) })) : inp.rows;
      return checks.runChecks({ ...inp, rows }, ctx, only);
    };
  }
  return checker(input, which);
}

/** Loads the dictionary and the lexicons up front, so the first job does not pay for them. */
export function warmUp(): void {
  lexicon();
  check({ rows: [] });
}

// ---- import ---------------------------------------------------------------------------

async function parse(input: TextInput, lang: Lang, limits: ParseLimits): Promise<ParsedDocument> {
  // require, not import(): tsx's loader in a worker would take import() as ESM
  const { parseDocument } = require('../engine/formats/import') as typeof import('../engine/formats/import');
  try {
    return await parseDocument({
      ...input,
      buffer: input.buffer ? toBuffer(input.buffer) : undefined,
      lang,
      maxBytes: limits.maxBytes,
      maxLines: limits.maxLines,
    });
  } catch (err) {
    // the caller names the side in its message
    if (err && typeof err === 'object') (err as { side?: Lang }).side = lang;
    throw err;
  }
}

// When the two sides disagree about a row's kind, the more specific one wins: an English
// subheading against a Chinese body paragraph is still a subheading row.
const KIND_RANK: Record<SegmentKind, number> = {
  headline: 6,
  subhead: 5,
  caption: 4,
  byline: 3,
  dateline: 2,
  lead: 1,
  body: 0,
};

function rowKind(zh: ParsedDocument, en: ParsedDocument, r: AlignedRow): SegmentKind {
  let kind: SegmentKind = r.kind;
  for (const ref of r.zh) kind = strongest(kind, zh.paragraphs[ref.paragraph]?.kind);
  for (const ref of r.en) kind = strongest(kind, en.paragraphs[ref.paragraph]?.kind);
  return kind;
}

function strongest(a: SegmentKind, b: SegmentKind | undefined): SegmentKind {
  return b && KIND_RANK[b] > KIND_RANK[a] ? b : a;
}

/** Both sides aligned into rows ready to store (the import without its checks). */
export function preparedRows(zh: ParsedDocument, en: ParsedDocument): PreparedRow[] {
  return align(zh.paragraphs, en.paragraphs).rows.map((r) => ({
    kind: rowKind(zh, en, r),
    zh: sideText(zh.paragraphs, r.zh),
    en: sideText(en.paragraphs, r.en),
    zhRefs: r.zh,
    enRefs: r.en,
    zhPara: r.zh[0]?.paragraph ?? null,
    enPara: r.en[0]?.paragraph ?? null,
    confidence: Math.max(0, Math.min(1, r.confidence)),
  }));
}

/** Prepared rows as the checks see them (the same shape stored rows give, see toCheckRows). */
export function checkRowsOf(rows: PreparedRow[]): CheckRow[] {
  return rows.map((r) => ({
    kind: r.kind,
    zh: r.zh,
    en: r.en,
    zhParagraph: r.zhPara,
    enParagraph: r.enPara,
    zhOffset: r.zhRefs[0]?.start ?? 0,
    enOffset: r.enRefs[0]?.start ?? 0,
  }));
}

/** A whole import: decode and clean both sides, align them, run the checks. Nothing is stored. */
async function prepareImport(job: ImportJob): Promise<ImportResult> {
  const zh = await parse(job.zh, 'zh', job.limits);
  const en = await parse(job.en, 'en', job.limits);
  const rows = preparedRows(zh, en);
  return { zh, en, rows, findings: check({ rows: checkRowsOf(rows), glossary: job.glossary }) };
}

/** Checks for rows already aligned (a bilingual file): only the checks run. */
function checkPrepared(job: { rows: PreparedRow[]; glossary: GlossaryTerm[] }): Finding[] {
  return check({ rows: checkRowsOf(job.rows), glossary: job.glossary });
}

// ---- the job table ----------------------------------------------------------------------

export const jobs = {
  parse: (j: { input: TextInput; lang: Lang; limits: ParseLimits }) => parse(j.input, j.lang, j.limits),
  prepareImport,
  checkPrepared,
  align: (j: { zh: Paragraph[]; en: Paragraph[] }) => align(j.zh, j.en),
  realign: (j: { rows: AlignedRow[]; zh: Paragraph[]; en: Paragraph[] }) => {
    const { realign } = require('../engine/align/realign') as typeof import('../engine/align/realign');
    return realign(j.rows, j.zh, j.en, lexicon());
  },
  check: (input: CheckInput) => check(input),
  /** The checks a save of row `row` calls for (edit-checks.ts), not the whole article's. */
  checkEdit: (j: { input: CheckInput; row: number }): EditCheckResult =>
    checkEdit(j.input, j.row, check, lexicon()),
  exportArticle: async (j: { article: ExportArticle; format: ExportFormat }): Promise<ExportOutput> => {
    const { exportArticle } =
      require('../engine/formats/export') as typeof import('../engine/formats/export');
    return exportArticle(j.article, j.format);
  },
  readBilingual: (j: { filename: string; buffer: Uint8Array }): BilingualDocument | null => {
    const bilingual = require('../engine/formats/bilingual') as typeof import('../engine/formats/bilingual');
    const buffer = toBuffer(j.buffer);
    const format = bilingual.detectBilingualFormat(j.filename, buffer);
    return format ? bilingual.readBilingual(j.filename, buffer, format) : null;
  },
  /** What this thread holds: whether it uses the pool's shared dictionaries, and its heap. */
  health: (): { sharedTables: boolean; heapUsedMb: number } => {
    const { defaultLexiconPath } = require('../engine/lexicon') as typeof import('../engine/lexicon');
    const { providedLexicon } =
      require('../engine/lexicon/shared-tables') as typeof import('../engine/lexicon/shared-tables');
    return {
      sharedTables: providedLexicon(defaultLexiconPath()) !== undefined,
      heapUsedMb: process.memoryUsage().heapUsed / 1048576,
    };
  },
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobInput<K extends JobName> = Parameters<Jobs[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;
