// The one place where services meet the engine. Services take an Engine, so tests can run
// the real engine (the default) and the CLI can share one warm instance across articles.
import type { AlignedRow, ArticleAligner } from '../engine/align/types';
import type { CheckInput, Finding } from '../engine/checks/types';
import type { BilingualDocument } from '../engine/formats/bilingual/types';
import { EXPORT_FORMATS, type ExportArticle, type ExportFormat } from '../engine/formats/export/types';
import type { Lexicon } from '../engine/lexicon/types';
import type { Lang, Paragraph, ParsedDocument } from '../engine/types';

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
  parse(input: TextInput, lang: Lang, maxBytes: number): Promise<ParsedDocument>;
  /** The aligner; loads the dictionary on first use. */
  align: ArticleAligner;
  /** Re-aligns everything between rows marked manual, which stay as they are. */
  realign(rows: AlignedRow[], zh: Paragraph[], en: Paragraph[]): AlignedRow[];
  check(input: CheckInput): Finding[];
  exportArticle(article: ExportArticle, format: ExportFormat): Promise<ExportResult>;
  exportFormats: readonly ExportFormat[];
  /** Reads a TSV/CSV/XLIFF/TMX file; null when the file is not a bilingual format. */
  readBilingual(filename: string, buffer: Buffer): BilingualDocument | null;
}

/** The real engine, with the dictionary and lexicons loaded lazily and once per process. */
export function createEngine(): Engine {
  let aligner: ArticleAligner | undefined;
  let checker: ((input: CheckInput) => Finding[]) | undefined;
  return {
    parse: async (input, lang, maxBytes) => {
      const { parseDocument } = await import('../engine/formats/import');
      return parseDocument({ ...input, lang, maxBytes });
    },
    align: (zh, en) => {
      if (!aligner) aligner = loadAligner();
      return aligner(zh, en);
    },
    realign: (rows, zh, en) => {
      const { realign } = require('../engine/align/realign') as typeof import('../engine/align/realign');
      return realign(rows, zh, en, lexicon());
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
    readBilingual: (filename, buffer) => {
      const bilingual =
        require('../engine/formats/bilingual') as typeof import('../engine/formats/bilingual');
      const format = bilingual.detectBilingualFormat(filename, buffer);
      return format ? bilingual.readBilingual(filename, buffer, format) : null;
    },
  };
}

let dictionary: Lexicon | undefined;
/** CC-CEDICT, compacted at install time; shared by the aligner and the checks. */
function lexicon(): Lexicon {
  if (!dictionary) {
    const { loadLexicon } = require('../engine/lexicon') as typeof import('../engine/lexicon');
    dictionary = loadLexicon();
  }
  return dictionary;
}

function loadAligner(): ArticleAligner {
  const mod = require('../engine/align') as {
    createArticleAligner?: (lex: Lexicon) => ArticleAligner;
  };
  if (mod.createArticleAligner) return mod.createArticleAligner(lexicon());
  const { pairParagraphs } =
    require('../engine/align/paragraph-pairing') as typeof import('../engine/align/paragraph-pairing');
  return pairParagraphs;
}

function loadChecker(): (input: CheckInput) => Finding[] {
  const checks = require('../engine/checks') as typeof import('../engine/checks');
  const { detectScript, toSimplified } =
    require('../engine/formats/import/traditional') as typeof import('../engine/formats/import/traditional');
  const ctx = checks.loadCheckContext(lexicon());
  return (input) => {
    // Traditional sources are checked in a simplified form (the lexicons and CC-CEDICT forms
    // are simplified); stored and displayed text stays as imported.
    const traditional = detectScript(input.rows.map((r) => r.zh).join('')) === 'traditional';
    const rows = traditional ? input.rows.map((r) => ({ ...r, zh: toSimplified(r.zh) })) : input.rows;
    return checks.runChecks({ ...input, rows }, ctx);
  };
}
