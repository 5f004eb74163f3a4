import type { Lexicon } from '../lexicon/types';
import type { Paragraph } from '../types';
import { STANDALONE } from './article-aligner';
import type { Bead } from './bead-dp';
import { ISOLATED, PARAGRAPH } from './breaks';
import { type AlignParams, ARTICLE_PARAMS } from './params';
import { alignSpan, preparePair } from './sentence-aligner';
import type { AlignedRow, SentenceRef } from './types';

/** Paragraph starts and standalone paragraphs of stored sentence references, as the article aligner marks them. */
function structureMarks(refs: SentenceRef[], paras: Paragraph[]): Uint8Array {
  return Uint8Array.from(
    refs.map(
      (r, k) =>
        (k === 0 || refs[k - 1].paragraph !== r.paragraph ? PARAGRAPH : 0) |
        (STANDALONE.has(paras[r.paragraph].kind) ? ISOLATED : 0),
    ),
  );
}

/**
 * Re-runs the automatic aligner on everything between rows a person has fixed (`manual`),
 * leaving those rows untouched. Evidence weights (IDF, length ratio) still come from the
 * whole article, so a short stretch between two manual rows is judged like the rest.
 */
export function realign(
  rows: AlignedRow[],
  zhParas: Paragraph[],
  enParas: Paragraph[],
  lex: Lexicon,
  params: AlignParams = ARTICLE_PARAMS,
): AlignedRow[] {
  const zhRefs: SentenceRef[] = rows.flatMap((r) => r.zh);
  const enRefs: SentenceRef[] = rows.flatMap((r) => r.en);
  const text = (paras: Paragraph[], ref: SentenceRef) => paras[ref.paragraph].text.slice(ref.start, ref.end);
  const prep = preparePair(
    zhRefs.map((r) => text(zhParas, r)),
    enRefs.map((r) => text(enParas, r)),
    lex,
    { zh: structureMarks(zhRefs, zhParas), en: structureMarks(enRefs, enParas) },
  );
  const out: AlignedRow[] = [];
  let zi = 0;
  let ei = 0;
  let k = 0;
  while (k < rows.length) {
    if (rows[k].manual) {
      out.push(rows[k]);
      zi += rows[k].zh.length;
      ei += rows[k].en.length;
      k++;
      continue;
    }
    let zEnd = zi;
    let eEnd = ei;
    while (k < rows.length && !rows[k].manual) {
      zEnd += rows[k].zh.length;
      eEnd += rows[k].en.length;
      k++;
    }
    const toRow = (b: Bead): AlignedRow => {
      const first = b.zh.length ? zhParas[zhRefs[b.zh[0]].paragraph] : enParas[enRefs[b.en[0]].paragraph];
      return {
        kind: first.kind,
        zh: b.zh.map((i) => zhRefs[i]),
        en: b.en.map((j) => enRefs[j]),
        confidence: b.confidence,
      };
    };
    for (const b of alignSpan(prep, params, zi, zEnd, ei, eEnd)) out.push(toRow(b));
    zi = zEnd;
    ei = eEnd;
  }
  return out;
}
