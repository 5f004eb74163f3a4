// Inputs far beyond any article must not overflow the stack (issue 10, defect 6): the
// aligner once spread a bead list of 200,000 into Math.min(...) and push(...).
import { createArticleAligner } from '../../../server/engine/align';
import type { Paragraph } from '../../../server/engine/types';
import { realLexicon } from '../lexicon/real-lexicon';

const align = createArticleAligner(realLexicon());

describe('alignArticle on a huge one-paragraph side', () => {
  it('aligns "Go. " × 200,000 under a Chinese headline without a RangeError', () => {
    const zh: Paragraph[] = [
      { kind: 'headline', text: '标题' },
      { kind: 'body', text: '正文。' },
    ];
    const en: Paragraph[] = [{ kind: 'headline', text: 'Go. '.repeat(200_000).trim() }];
    const result = align(zh, en);
    const sentences = result.rows.reduce((n, r) => n + r.en.length, 0);
    expect(sentences).toBe(200_000);
    expect(result.rows[0].kind).toBe('headline');
    expect(result.rows.every((r) => r.confidence >= 0 && r.confidence <= 1)).toBe(true);
  });
});

describe('alignArticle on a huge body', () => {
  it('aligns 200,000 English body sentences in 2,000 paragraphs against a short Chinese body', () => {
    const zh: Paragraph[] = [
      { kind: 'headline', text: '标题' },
      { kind: 'body', text: '正文。' },
    ];
    const en: Paragraph[] = [
      { kind: 'headline', text: 'Title' },
      ...Array.from({ length: 2000 }, () => ({ kind: 'body' as const, text: 'Go. '.repeat(100).trim() })),
    ];
    const result = align(zh, en);
    expect(result.rows.reduce((n, r) => n + r.en.length, 0)).toBe(200_001);
    expect(result.rows.every((r) => r.confidence >= 0 && r.confidence <= 1)).toBe(true);
  });
});
