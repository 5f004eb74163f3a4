// The one place where services meet the engine. Services take an Engine, so tests can run
// the real engine (the default) and the CLI can share one warm instance across articles.
import type { ArticleAligner } from '../engine/align/types';
import type { CheckInput, Finding } from '../engine/checks/types';
import type { ExportArticle, ExportFormat } from '../engine/formats/export/types';
import type { Lang, ParsedDocument } from '../engine/types';

export interface TextInput {
  text?: string;
  buffer?: Buffer;
  filename?: string;
}

export interface ExportResult {
  body: Buffer;
  contentType: string;
  extension: string;
}

export interface Engine {
  parse(input: TextInput, lang: Lang, maxBytes: number): Promise<ParsedDocument>;
  /** The aligner; loads the dictionary on first use. */
  align: ArticleAligner;
  check(input: CheckInput): Finding[];
  exportArticle(article: ExportArticle, format: ExportFormat): Promise<ExportResult>;
  exportFormats: readonly ExportFormat[];
}

/** The real engine, with the dictionary and lexicons loaded lazily and once per process. */
export function createEngine(): Engine {
  let aligner: ArticleAligner | undefined;
  let checker: ((input: CheckInput) => Finding[]) | undefined;
  const { EXPORT_FORMATS } =
    require('../engine/formats/export/types') as typeof import('../engine/formats/export/types');
  return {
    parse: async (input, lang, maxBytes) => {
      const { parseDocument } = await import('../engine/formats/import');
      return parseDocument({ ...input, lang, maxBytes });
    },
    align: (zh, en) => {
      if (!aligner) aligner = loadAligner();
      return aligner(zh, en);
    },
    check: (input) => {
      if (!checker) checker = loadChecker();
      return checker(input);
    },
    exportArticle: async (article, format) => {
      const { exportArticle } = await import('../engine/formats/export');
      return exportArticle(article, format);
    },
    exportFormats: EXPORT_FORMATS,
  };
}

function loadAligner(): ArticleAligner {
  const { createArticleAligner } = require('../engine/align') as typeof import('../engine/align');
  const { loadLexicon } = require('../engine/lexicon') as typeof import('../engine/lexicon');
  return createArticleAligner(loadLexicon());
}

function loadChecker(): (input: CheckInput) => Finding[] {
  const checks = require('../engine/checks') as typeof import('../engine/checks');
  const ctx = checks.loadCheckContext();
  return (input) => checks.runChecks(input, ctx);
}
