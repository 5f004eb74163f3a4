// `check --zh ZH.txt --en EN.txt --json [--possible]`: the contract the QA scorer uses; keep it
// stable. Each finding carries its confidence; `--possible` adds the low-confidence findings.
import fs from 'node:fs';
import { createArticleAligner } from '../../server/engine/align';
import { pairParagraphs } from '../../server/engine/align/paragraph-pairing';
import type { Alignment, ArticleAligner } from '../../server/engine/align/types';
import {
  type CheckContext,
  loadCheckContext,
  rowsFromAlignment,
  runChecks,
  toParagraph,
} from '../../server/engine/checks';
import type { RowPiece, RowsWithPieces } from '../../server/engine/checks/rows';
import { type Finding, type FindingLocation, POSSIBLE_BELOW } from '../../server/engine/checks/types';
import { loadLexicon } from '../../server/engine/lexicon/load-lexicon';
import type { Lexicon } from '../../server/engine/lexicon/types';
import type { Paragraph } from '../../server/engine/types';
import { parseArgs, stringFlag } from './args';

/** First non-empty line is the headline, each following non-empty line one paragraph. */
export function readParagraphs(text: string): Paragraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l, i) => ({ kind: i === 0 ? 'headline' : 'body', text: l }));
}

export interface CheckEngine {
  ctx: CheckContext;
  aligner: ArticleAligner;
}

let engine: CheckEngine | null = null;

/**
 * Lexicons, dictionary and the project's article aligner, loaded once per process. Without
 * the generated dictionary (build-lexicon not run) the command still answers, with paragraph
 * pairing and without the dictionary-based checks, and says so on stderr.
 */
export function loadCheckEngine(): CheckEngine {
  if (engine) return engine;
  let dictionary: Lexicon | undefined;
  try {
    dictionary = loadLexicon();
  } catch (err) {
    process.stderr.write(`check: ${err instanceof Error ? err.message : String(err)}; running without it\n`);
  }
  const aligner = dictionary ? createArticleAligner(dictionary) : pairParagraphs;
  engine = { ctx: loadCheckContext(dictionary), aligner };
  return engine;
}

export interface ReportLocation {
  paragraph: number;
  start?: number;
  end?: number;
}

export interface ReportFinding {
  type: string;
  severity: string;
  category: string;
  zh: ReportLocation | null;
  en: ReportLocation | null;
  message: string;
  messageZh: string;
  suggestion?: string;
  related?: ReportLocation | null;
  confidence: number;
  possible: boolean;
}

function locate(loc: FindingLocation | null | undefined, pieces: RowPiece[][]): ReportLocation | null {
  if (!loc) return null;
  const p = pieces[loc.row];
  if (!p || p.length === 0) return null;
  const from = toParagraph(p, loc.start ?? 0);
  if (!from) return null;
  if (loc.start === undefined || loc.end === undefined) return { paragraph: from.paragraph };
  const to = toParagraph(p, loc.end);
  const end = to && to.paragraph === from.paragraph ? to.offset : from.offset;
  return { paragraph: from.paragraph, start: from.offset, end };
}

/**
 * Aligns and checks two texts; findings located by paragraph, as the CLI prints them. The
 * report holds the findings an editor should act on; `possible` adds the low-confidence ones
 * (the desk shows those apart, marked "possible").
 */
export function checkTexts(
  zhText: string,
  enText: string,
  eng: CheckEngine = loadCheckEngine(),
  opts: { possible?: boolean } = {},
): ReportFinding[] {
  const { rows, pieces } = alignTexts(zhText, enText, eng);
  const all = reportFindings(runChecks({ rows }, eng.ctx), pieces);
  return opts.possible ? all : all.filter((f) => !f.possible);
}

/** The CLI's reading and alignment step: check rows and how they map back to paragraphs. */
export function alignTexts(
  zhText: string,
  enText: string,
  eng: CheckEngine = loadCheckEngine(),
): RowsWithPieces {
  const zh = readParagraphs(zhText);
  const en = readParagraphs(enText);
  let alignment: Alignment;
  try {
    alignment = eng.aligner(zh, en);
  } catch (err) {
    // a failing aligner must not cost the whole report: fall back to paragraph pairing
    process.stderr.write(
      `check: aligner failed (${err instanceof Error ? err.message : String(err)}); pairing paragraphs\n`,
    );
    alignment = pairParagraphs(zh, en);
  }
  return rowsFromAlignment(zh, en, alignment);
}

/** Findings located by paragraph (and span in it), for the JSON report. */
export function reportFindings(findings: Finding[], pieces: RowsWithPieces['pieces']): ReportFinding[] {
  const zhPieces = pieces.map((p) => p.zh);
  const enPieces = pieces.map((p) => p.en);
  return findings.map((f) => {
    const out: ReportFinding = {
      type: f.type,
      severity: f.severity,
      category: f.category,
      zh: locate(f.zh, zhPieces),
      en: locate(f.en, enPieces),
      message: f.message.en,
      messageZh: f.message.zh,
      confidence: Math.round(f.confidence * 100) / 100,
      possible: f.confidence < POSSIBLE_BELOW,
    };
    if (f.suggestion) out.suggestion = f.suggestion;
    if (f.related) out.related = locate(f.related, enPieces);
    return out;
  });
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'possible']);
  const zhPath = stringFlag(args, 'zh');
  const enPath = stringFlag(args, 'en');
  if (!zhPath || !enPath) {
    process.stderr.write('usage: check --zh ZH.txt --en EN.txt [--json] [--possible]\n');
    return 2;
  }
  const findings = checkTexts(fs.readFileSync(zhPath, 'utf8'), fs.readFileSync(enPath, 'utf8'), undefined, {
    possible: args.flags.has('possible'),
  });
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify({ findings })}\n`);
  } else {
    for (const f of findings) {
      const where = f.en ? `en ¶${f.en.paragraph}` : f.zh ? `zh ¶${f.zh.paragraph}` : '';
      const sev = f.possible ? `(${f.severity})` : f.severity;
      process.stdout.write(`${sev.padEnd(10)} ${f.type.padEnd(13)} ${where.padEnd(8)} ${f.message}\n`);
    }
    process.stdout.write(`${findings.length} finding(s)\n`);
  }
  return 0;
}
