// Rebuilds the English article from aligned rows. Rows are sentences (or sentence groups),
// so the corrected text has to be re-joined into the paragraphs the rendering had: a row
// with paragraphStart opens a paragraph, a '\n' inside a row's English breaks one, and a
// change of kind (headline → body) always does.
import type { SegmentKind } from '../../types';
import { cleanText } from './text-safety';
import type { ExportArticle } from './types';

export interface EnglishParagraph {
  kind: SegmentKind;
  text: string;
}

function joinSentence(paragraph: string, sentence: string): string {
  if (!paragraph) return sentence;
  if (/\s$/.test(paragraph) || /^\s/.test(sentence)) return paragraph + sentence;
  return `${paragraph} ${sentence}`;
}

/**
 * Corrected English as paragraphs, headline first. When no row is a headline, the
 * article's English title stands in as one, so every export starts with a headline.
 */
export function englishParagraphs(article: ExportArticle): EnglishParagraph[] {
  const all: EnglishParagraph[] = [];
  let previousKind: SegmentKind | null = null;
  for (const row of article.rows) {
    for (const [i, piece] of cleanText(row.en).split('\n').entries()) {
      if (!all.length || i > 0 || row.paragraphStart || row.kind !== previousKind) {
        all.push({ kind: row.kind, text: '' });
      }
      const text = piece.trim();
      const current = all[all.length - 1];
      if (text) current.text = joinSentence(current.text, text);
    }
    previousKind = row.kind;
  }
  // Rows without English leave empty paragraphs behind; they print as nothing.
  const paragraphs = all.filter((p) => p.text !== '');

  const headlines = paragraphs.filter((p) => p.kind === 'headline');
  const rest = paragraphs.filter((p) => p.kind !== 'headline');
  if (headlines.length === 0) {
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
