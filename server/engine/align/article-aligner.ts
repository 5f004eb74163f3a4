import type { Lexicon } from '../lexicon/types';
import { splitEnglishSentences } from '../text/sentences-en';
import { splitChineseSentences } from '../text/sentences-zh';
import type { SentenceSpan } from '../text/spans';
import type { Paragraph, SegmentKind } from '../types';
import type { Bead } from './bead-dp';
import { ISOLATED, PARAGRAPH, SOFT } from './breaks';
import { type AlignParams, ARTICLE_PARAMS } from './params';
import { alignRange, alignSpan, preparePair } from './sentence-aligner';
import type { AlignedRow, Alignment, ArticleAligner, SentenceRef } from './types';

export interface ArticleAlignerOptions {
  /** Weights of the sentence DP (default ARTICLE_PARAMS). */
  params?: AlignParams;
}

/** Sentences of one side with their texts, in document order. */
export interface SplitSide {
  refs: SentenceRef[];
  texts: string[];
  /** firstSentence[p] = index of paragraph p's first sentence; one extra entry at the end. */
  firstSentence: number[];
  /** Structure flags of each sentence (breaks.ts). */
  marks: Uint8Array;
}

// Paragraph kinds that are rows of their own: never joined with a body sentence.
export const STANDALONE: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
  'caption',
  'byline',
  'dateline',
  'subhead',
]);

export function splitParagraphs(paragraphs: Paragraph[], split: (text: string) => SentenceSpan[]): SplitSide {
  const refs: SentenceRef[] = [];
  const texts: string[] = [];
  const firstSentence: number[] = [];
  const marks: number[] = [];
  paragraphs.forEach((p, paragraph) => {
    firstSentence.push(refs.length);
    split(p.text).forEach((s, k) => {
      refs.push({ paragraph, start: s.start, end: s.end });
      texts.push(p.text.slice(s.start, s.end));
      marks.push((k === 0 ? PARAGRAPH : s.soft ? SOFT : 0) | (STANDALONE.has(p.kind) ? ISOLATED : 0));
    });
  });
  firstSentence.push(refs.length);
  return { refs, texts, firstSentence, marks: Uint8Array.from(marks) };
}

function leadingHeadlines(paragraphs: Paragraph[]): number {
  let k = 0;
  while (k < paragraphs.length && paragraphs[k].kind === 'headline') k++;
  return k;
}

/**
 * Both sides marked their headline, so the headlines are one row whatever the sentence scores
 * say: a headline is rendered by a headline, and a repost's headline that says something else
 * is exactly what the desk must show side by side (the checks then compare them). The row is
 * as sure as the least sure bead the aligner would have cut it into.
 */
function headlineBead(beads: Bead[]): Bead {
  if (beads.length === 1) return beads[0];
  return {
    zh: beads.flatMap((b) => b.zh),
    en: beads.flatMap((b) => b.en),
    // a loop, not Math.min(...): a one-line "headline" of 200,000 sentences overflows the stack
    confidence: beads.reduce((min, b) => Math.min(min, b.confidence), 1),
  };
}

/**
 * Aligns two articles: the headline rows first, then the body's sentences as one sequence.
 * Paragraph breaks are a soft signal in that one DP (a bonus where both sides break
 * together, a charge for a row that swallows a break), never a wall: a repost re-breaks
 * paragraphs, an agency merges two short ones, and a paragraph-first pass turned every such
 * disagreement into rows no sentence pass could mend.
 */
export function alignArticle(
  zhParas: Paragraph[],
  enParas: Paragraph[],
  lex: Lexicon,
  opts: ArticleAlignerOptions = {},
): Alignment {
  const params = opts.params ?? ARTICLE_PARAMS;
  const zh = splitParagraphs(zhParas, splitChineseSentences);
  const en = splitParagraphs(enParas, splitEnglishSentences);
  const prep = preparePair(zh.texts, en.texts, lex, { zh: zh.marks, en: en.marks });
  const hz = leadingHeadlines(zhParas);
  const he = leadingHeadlines(enParas);
  // headlines are aligned with each other only when both sides mark one
  const zFrom = hz > 0 && he > 0 ? hz : 0;
  const eFrom = hz > 0 && he > 0 ? he : 0;
  const beads: Bead[] = [];
  if (zFrom > 0) {
    beads.push(
      headlineBead(alignRange(prep, params, 0, zh.firstSentence[zFrom], 0, en.firstSentence[eFrom])),
    );
  }
  for (const b of alignSpan(
    prep,
    params,
    zh.firstSentence[zFrom],
    zh.refs.length,
    en.firstSentence[eFrom],
    en.refs.length,
  ))
    beads.push(b);
  const kindOf = (b: Bead): SegmentKind => {
    if (b.zh.length) return zhParas[zh.refs[b.zh[0]].paragraph].kind;
    return enParas[en.refs[b.en[0]].paragraph].kind;
  };
  const rows: AlignedRow[] = beads.map((b) => ({
    kind: kindOf(b),
    zh: b.zh.map((i) => zh.refs[i]),
    en: b.en.map((j) => en.refs[j]),
    confidence: b.confidence,
  }));
  return { rows };
}

export function createArticleAligner(lex: Lexicon, opts: ArticleAlignerOptions = {}): ArticleAligner {
  return (zh, en) => alignArticle(zh, en, lex, opts);
}
