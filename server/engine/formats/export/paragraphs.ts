// Rebuilds each language's paragraphs from aligned rows. Rows are sentences (or sentence
// groups) and may cross paragraphs, so the text has to be re-joined into the paragraphs the
// article had: a row marked as a paragraph start opens one, and a '\n' inside a row's text
// (where the row crosses a break) opens the next. Nothing else breaks a paragraph, so every
// export gives back the paragraphs as imported (with edits applied), whatever the rows are.
import type { Lang, SegmentKind } from '../../types';
import { cleanText } from './text-safety';
import type { ExportArticle } from './types';

export interface ArticleParagraph {
  kind: SegmentKind;
  text: string;
}
export type EnglishParagraph = ArticleParagraph;

function joinSentence(paragraph: string, sentence: string, lang: Lang): string {
  if (!paragraph) return sentence;
  if (lang === 'zh' || /\s$/.test(paragraph) || /^\s/.test(sentence)) return paragraph + sentence;
  return `${paragraph} ${sentence}`;
}

/** One language's paragraphs in row order; rows without text on that side are skipped. */
export function sideParagraphs(article: ExportArticle, lang: Lang): ArticleParagraph[] {
  const all: ArticleParagraph[] = [];
  // a paragraph opened by a row whose text an editor deleted still opens with the next row
  let pending = false;
  for (const row of article.rows) {
    const text = cleanText(lang === 'en' ? row.en : row.zh);
    const start: boolean = pending || (lang === 'en' ? row.paragraphStart : row.zhParagraphStart);
    pending = false;
    if (!text.trim()) {
      pending = start || text.includes('\n');
      continue;
    }
    for (const [i, piece] of text.split('\n').entries()) {
      if (!all.length || i > 0 || start) all.push({ kind: row.kind, text: '' });
      const sentence = piece.trim();
      const current = all[all.length - 1];
      if (sentence) current.text = joinSentence(current.text, sentence, lang);
    }
  }
  return all.filter((p) => p.text !== '');
}

/**
 * Corrected English as paragraphs, headline first. When the article has no headline row (a
 * bilingual file without one), its English title stands in, so every export starts with a
 * headline; a headline row whose English an editor moved to the next row adds nothing.
 */
export function englishParagraphs(article: ExportArticle): EnglishParagraph[] {
  const paragraphs = sideParagraphs(article, 'en');
  const headlines = paragraphs.filter((p) => p.kind === 'headline');
  const rest = paragraphs.filter((p) => p.kind !== 'headline');
  if (headlines.length === 0 && !article.rows.some((r) => r.kind === 'headline')) {
    const title = cleanText(article.titleEn).trim();
    return title ? [{ kind: 'headline', text: title }, ...rest] : rest;
  }
  return [...headlines, ...rest];
}

/** The article's English headline as exported (for document titles). */
export function englishHeadline(article: ExportArticle): string {
  const first = englishParagraphs(article).find((p) => p.kind === 'headline');
  return first?.text ?? (cleanText(article.titleEn).trim() || `Article ${article.id}`);
}
