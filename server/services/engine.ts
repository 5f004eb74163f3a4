// The one place where services meet the engine. Every call is async: the server runs the
// engine in worker threads (createPooledEngine), the CLI and most tests in-process
// (createEngine) — same jobs (workers/jobs.ts), same results.
import type { AlignedRow, Alignment } from '../engine/align/types';
import type { CheckInput, Finding, GlossaryTerm } from '../engine/checks/types';
import type { BilingualDocument } from '../engine/formats/bilingual/types';
import { EXPORT_FORMATS, type ExportArticle, type ExportFormat } from '../engine/formats/export/types';
import type { Lang, Paragraph, ParsedDocument } from '../engine/types';
import type { EditCheckResult } from '../workers/edit-checks';
import {
  type ImportResult,
  type JobInput,
  type JobName,
  type JobOutput,
  jobs,
  type ParseLimits,
  type PreparedRow,
  toBuffer,
} from '../workers/jobs';
import type { EnginePool } from '../workers/pool';

export type { ImportResult, ParseLimits, PreparedRow } from '../workers/jobs';

export interface TextInput {
  text?: string;
  buffer?: Buffer;
  filename?: string;
  /** Lines the importer would drop as chrome that a person restored (DroppedLine.line). */
  keep?: readonly number[];
}

export interface ExportResult {
  body: Buffer;
  contentType: string;
  extension: string;
}

export interface Engine {
  parse(input: TextInput, lang: Lang, limits: ParseLimits): Promise<ParsedDocument>;
  /** A whole import: both sides parsed and aligned, the checks run; nothing stored. */
  prepareImport(job: {
    zh: TextInput;
    en: TextInput;
    limits: ParseLimits;
    glossary: GlossaryTerm[];
  }): Promise<ImportResult>;
  /** The checks on rows aligned elsewhere (a bilingual file). */
  checkPrepared(rows: PreparedRow[], glossary: GlossaryTerm[]): Promise<Finding[]>;
  align(zh: Paragraph[], en: Paragraph[]): Promise<Alignment>;
  /** Re-aligns everything between rows marked manual, which stay as they are. */
  realign(rows: AlignedRow[], zh: Paragraph[], en: Paragraph[]): Promise<AlignedRow[]>;
  check(input: CheckInput): Promise<Finding[]>;
  /** The checks a save of one row calls for: that row, its neighbours, the headline, the row's terms. */
  checkEdit(input: CheckInput, row: number): Promise<EditCheckResult>;
  exportArticle(article: ExportArticle, format: ExportFormat): Promise<ExportResult>;
  exportFormats: readonly ExportFormat[];
  /** Reads a TSV/CSV/XLIFF/TMX file; null when the file is not a bilingual format. */
  readBilingual(filename: string, buffer: Buffer): Promise<BilingualDocument | null>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

type Runner = <K extends JobName>(name: K, input: JobInput<K>) => Promise<JobOutput<K>>;

function engineOver(run: Runner, close: () => Promise<void>): Engine {
  return {
    parse: (input, lang, limits) => run('parse', { input, lang, limits }),
    prepareImport: (job) => run('prepareImport', job),
    checkPrepared: (rows, glossary) => run('checkPrepared', { rows, glossary }),
    align: (zh, en) => run('align', { zh, en }),
    realign: (rows, zh, en) => run('realign', { rows, zh, en }),
    check: (input) => run('check', input),
    checkEdit: (input, row) => run('checkEdit', { input, row }),
    exportArticle: async (article, format) => {
      const out = await run('exportArticle', { article, format });
      return { ...out, body: toBuffer(out.body) };
    },
    exportFormats: EXPORT_FORMATS,
    readBilingual: (filename, buffer) => run('readBilingual', { filename, buffer }),
    close,
  };
}

/** The engine in this thread, with the dictionary and lexicons loaded lazily and once. */
export function createEngine(): Engine {
  const run: Runner = async (name, input) => {
    const job = jobs[name] as (i: typeof input) => JobOutput<typeof name> | Promise<JobOutput<typeof name>>;
    return job(input);
  };
  return engineOver(run, async () => {});
}

/** The engine in worker threads: the request thread only waits. */
export function createPooledEngine(pool: EnginePool): Engine {
  return engineOver(
    (name, input) => pool.run(name, input),
    () => pool.close(),
  );
}
