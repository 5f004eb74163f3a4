// `align`: sentence alignment from the command line (the contract measured by issue 3).
//   align --zh ZH --en EN --presplit [--format beads|json]   one sentence per line
//   align --zh ZH --en EN [--format json|beads]               raw articles: headline first line
//   align --zh-dir DIR --en-dir DIR --out DIR --presplit      every same-named pair, one process
// Bead lines are `[i,j]:[k]` with 0-based line (sentence) numbers; every line of both inputs
// appears exactly once, in order.
import fs from 'node:fs';
import path from 'node:path';
import {
  type ArticleAlignerOptions,
  alignArticle,
  alignSentences,
  type Bead,
} from '../../server/engine/align';
import { loadLexicon, parseLexicon } from '../../server/engine/lexicon';
import type { Lexicon } from '../../server/engine/lexicon/types';
import type { Paragraph } from '../../server/engine/types';
import { parseArgs, stringFlag } from './args';

const USAGE = [
  'usage: align --zh ZH_FILE --en EN_FILE [--presplit] [--format beads|json]',
  '       align --zh-dir ZH_DIR --en-dir EN_DIR --out OUT_DIR --presplit',
].join('\n');

/** The dictionary, or (with a warning) none: length and anchors still align, only worse. */
function lexicon(): Lexicon {
  try {
    return loadLexicon();
  } catch (err) {
    process.stderr.write(`align: ${(err as Error).message}; aligning without a dictionary\n`);
    return parseLexicon('');
  }
}

export function readSentenceLines(file: string): string[] {
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function formatBeadLines(beads: Bead[]): string {
  let out = '';
  for (const b of beads) out += `[${b.zh.join(',')}]:[${b.en.join(',')}]\n`;
  return out;
}

/**
 * Raw article text to paragraphs: the first non-empty line is the headline; after it,
 * blank-line-separated blocks are paragraphs when the text has blank lines, otherwise
 * every non-empty line is one.
 */
export function textToParagraphs(text: string, lang: 'zh' | 'en'): Paragraph[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return [];
  const out: Paragraph[] = [{ kind: 'headline', text: lines[first].trim() }];
  const body = lines.slice(first + 1);
  const join = lang === 'zh' ? '' : ' ';
  const blocks = body.some((l) => l.trim() === '') ? body.join('\n').split(/\n\s*\n/) : body;
  for (const block of blocks) {
    const t = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join(join);
    if (t) out.push({ kind: 'body', text: t });
  }
  return out;
}

/** Raw articles (headline first, blank-line paragraphs) → the JSON the news-dev scorer reads. */
export function alignRaw(zhText: string, enText: string, lex: Lexicon, opts: ArticleAlignerOptions = {}) {
  const zh = textToParagraphs(zhText, 'zh');
  const en = textToParagraphs(enText, 'en');
  const { rows } = alignArticle(zh, en, lex, opts);
  const sentences = (paras: Paragraph[], side: 'zh' | 'en') =>
    rows
      .flatMap((r) => r[side])
      .map((ref, index) => ({ index, ...ref, text: paras[ref.paragraph].text.slice(ref.start, ref.end) }));
  const zhSentences = sentences(zh, 'zh');
  const enSentences = sentences(en, 'en');
  let zi = 0;
  let ei = 0;
  const beads = rows.map((r) => {
    const bead = {
      kind: r.kind,
      zh: r.zh.map(() => zi++),
      en: r.en.map(() => ei++),
      confidence: Math.round(r.confidence * 1000) / 1000,
    };
    return bead;
  });
  return {
    zh: { paragraphs: zh, sentences: zhSentences },
    en: { paragraphs: en, sentences: enSentences },
    beads,
  };
}

async function alignDirs(zhDir: string, enDir: string, outDir: string): Promise<number> {
  const enNames = new Set(fs.readdirSync(enDir));
  const names = fs
    .readdirSync(zhDir)
    .filter((n) => !n.startsWith('.') && enNames.has(n) && fs.statSync(path.join(zhDir, n)).isFile())
    .sort();
  if (names.length === 0) {
    process.stderr.write(`align: no files with the same name in ${zhDir} and ${enDir}\n`);
    return 1;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const lex = lexicon();
  // loaded here only: single-file runs should not pay for the progress bar
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    { format: 'align [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(names.length, 0, { file: '' });
  for (const name of names) {
    const beads = alignSentences(
      readSentenceLines(path.join(zhDir, name)),
      readSentenceLines(path.join(enDir, name)),
      lex,
    );
    fs.writeFileSync(path.join(outDir, `${name}.align`), formatBeadLines(beads));
    bar.increment(1, { file: name });
  }
  bar.stop();
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['presplit', 'help']);
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const zhDir = stringFlag(args, 'zh-dir');
  const enDir = stringFlag(args, 'en-dir');
  if (zhDir || enDir) {
    const out = stringFlag(args, 'out');
    if (!zhDir || !enDir || !out || !args.flags.has('presplit')) {
      process.stderr.write(`align: --zh-dir, --en-dir, --out and --presplit go together\n${USAGE}\n`);
      return 2;
    }
    return alignDirs(zhDir, enDir, out);
  }
  const zhFile = stringFlag(args, 'zh');
  const enFile = stringFlag(args, 'en');
  if (!zhFile || !enFile) {
    process.stderr.write(`align: --zh and --en are required\n${USAGE}\n`);
    return 2;
  }
  for (const f of [zhFile, enFile]) {
    if (!fs.existsSync(f)) {
      process.stderr.write(`align: no such file: ${f}\n`);
      return 1;
    }
  }
  const presplit = args.flags.has('presplit');
  const format = stringFlag(args, 'format') ?? (presplit ? 'beads' : 'json');
  if (format !== 'beads' && format !== 'json') {
    process.stderr.write(`align: unknown --format ${format} (beads or json)\n`);
    return 2;
  }
  const lex = lexicon();
  if (presplit) {
    const beads = alignSentences(readSentenceLines(zhFile), readSentenceLines(enFile), lex);
    process.stdout.write(
      format === 'beads' ? formatBeadLines(beads) : `${JSON.stringify({ beads }, null, 1)}\n`,
    );
    return 0;
  }
  const result = alignRaw(fs.readFileSync(zhFile, 'utf8'), fs.readFileSync(enFile, 'utf8'), lex);
  process.stdout.write(
    format === 'beads'
      ? formatBeadLines(result.beads.map((b) => ({ zh: b.zh, en: b.en, confidence: b.confidence })))
      : `${JSON.stringify(result, null, 1)}\n`,
  );
  return 0;
}
