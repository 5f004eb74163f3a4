import type { Paragraph } from '../types';
import type { AlignedRow, Alignment } from './types';

/**
 * The first, simple aligner: paragraphs paired in order, surplus paragraphs on either side
 * shown against an empty row. Kept as the fallback for texts the sentence aligner declines.
 */
export function pairParagraphs(zh: Paragraph[], en: Paragraph[]): Alignment {
  const rows: AlignedRow[] = [];
  const n = Math.max(zh.length, en.length);
  for (let i = 0; i < n; i++) {
    const z = zh[i];
    const e = en[i];
    rows.push({
      kind: (z ?? e).kind,
      zh: z ? [{ paragraph: i, start: 0, end: z.text.length }] : [],
      en: e ? [{ paragraph: i, start: 0, end: e.text.length }] : [],
      confidence: z && e ? 0.5 : 0.2,
    });
  }
  return { rows };
}
