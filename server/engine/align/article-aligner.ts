import type { Lexicon } from '../lexicon/types';
import { splitEnglishSentences } from '../text/sentences-en';
import { splitChineseSentences } from '../text/sentences-zh';
import type { TextSpan } from '../text/spans';
import type { Paragraph, SegmentKind } from '../types';
import type { Bead } from './bead-dp';
import { type AlignParams, ARTICLE_PARAMS, PARAGRAPH_PARAMS } from './params';
import { alignPrepared, alignRange, type PreparedPair, preparePair } from './sentence-aligner';
import type { AlignedRow, Alignment, ArticleAligner, SentenceRef } from './types';

export interface ArticleAlignerOptions {
  /** Weights of the sentence pass (default ARTICLE_PARAMS). */
  params?: AlignParams;
  /** Weights of the paragraph pass (default PARAGRAPH_PARAMS). */
  paragraphParams?: AlignParams;
}

/** Sentences of one side with their texts, in document order. */
export interface SplitSide {
  refs: SentenceRef[];
  texts: string[];
  /** firstSentence[p] = index of paragraph p's first sentence; one extra entry at the end. */
  firstSentence: number[];
}

export function splitParagraphs(paragraphs: Paragraph[], split: (text: string) => TextSpan[]): SplitSide {
  const refs: SentenceRef[] = [];
  const texts: string[] = [];
  const firstSentence: number[] = [];
  paragraphs.forEach((p, paragraph) => {
    firstSentence.push(refs.length);
    for (const s of split(p.text)) {
      refs.push({ paragraph, start: s.start, end: s.end });
      texts.push(p.text.slice(s.start, s.end));
    }
  });
  firstSentence.push(refs.length);
  return { refs, texts, firstSentence };
}

function leadingHeadlines(paragraphs: Paragraph[]): number {
  let k = 0;
  while (k < paragraphs.length && paragraphs[k].kind === 'headline') k++;
  return k;
}

/**
 * Paragraph groups first (a DP over whole paragraphs), then sentences inside each group, so a
 * mistake cannot drift across the article. Falls back to one sentence-level pass when either
 * side has a single paragraph (a text pasted as one block) or the paragraph counts differ
 * more than twofold.
 */
function alignBody(
  prep: PreparedPair,
  zh: { paras: Paragraph[]; side: SplitSide; from: number },
  en: { paras: Paragraph[]; side: SplitSide; from: number },
  lex: Lexicon,
  params: AlignParams,
  paragraphParams: AlignParams,
): Bead[] {
  const zhCount = zh.paras.length - zh.from;
  const enCount = en.paras.length - en.from;
  const z0 = zh.side.firstSentence[zh.from];
  const e0 = en.side.firstSentence[en.from];
  const z1 = zh.side.refs.length;
  const e1 = en.side.refs.length;
  // paragraphing that differs wholesale (one side a paragraph per sentence, the other a few
  // long blocks) is beyond paragraph beads: align the body's sentences in one pass instead
  if (zhCount < 2 || enCount < 2 || Math.max(zhCount, enCount) > 2 * Math.min(zhCount, enCount)) {
    return alignRange(prep, params, z0, z1, e0, e1);
  }
  const groups = alignPrepared(
    preparePair(
      zh.paras.slice(zh.from).map((p) => p.text),
      en.paras.slice(en.from).map((p) => p.text),
      lex,
    ),
    paragraphParams,
  );
  const beads: Bead[] = [];
  let zi = z0;
  let ei = e0;
  for (const g of groups) {
    const zEnd = g.zh.length ? zh.side.firstSentence[zh.from + g.zh[g.zh.length - 1] + 1] : zi;
    const eEnd = g.en.length ? en.side.firstSentence[en.from + g.en[g.en.length - 1] + 1] : ei;
    // a row is right only if its paragraph group is: confidences multiply, and a paragraph
    // left without counterpart is exactly as sure as the paragraph pass was
    const oneSided = g.zh.length === 0 || g.en.length === 0;
    for (const b of alignRange(prep, params, zi, zEnd, ei, eEnd)) {
      beads.push({ ...b, confidence: oneSided ? g.confidence : b.confidence * g.confidence });
    }
    zi = zEnd;
    ei = eEnd;
  }
  return beads;
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

/** Aligns two articles: headline rows first, then the body, paragraph groups then sentences. */
export function alignArticle(
  zhParas: Paragraph[],
  enParas: Paragraph[],
  lex: Lexicon,
  opts: ArticleAlignerOptions = {},
): Alignment {
  const params = opts.params ?? ARTICLE_PARAMS;
  const zh = splitParagraphs(zhParas, splitChineseSentences);
  const en = splitParagraphs(enParas, splitEnglishSentences);
  const prep = preparePair(zh.texts, en.texts, lex);
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
  const body = alignBody(
    prep,
    { paras: zhParas, side: zh, from: zFrom },
    { paras: enParas, side: en, from: eFrom },
    lex,
    params,
    opts.paragraphParams ?? PARAGRAPH_PARAMS,
  );
  for (const b of body) beads.push(b);
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
