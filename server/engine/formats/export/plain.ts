// Corrected English as plain text and Markdown: what an editor pastes into a CMS.
import { englishParagraphs } from './paragraphs';
import type { ExportArticle } from './types';

/** Plain text: headline, then paragraphs separated by blank lines; LF line ends. */
export function writeTxt(article: ExportArticle): string {
  return `${englishParagraphs(article)
    .map((p) => p.text)
    .join('\n\n')}\n`;
}

/**
 * Escapes text so a CommonMark/GFM renderer shows it literally. Backslash escapes are
 * valid for every ASCII punctuation character in CommonMark, so over-escaping is harmless
 * while under-escaping turns "*" in a quote into emphasis or "<script>" into raw HTML.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&~|]/g, (c) => `\\${c}`).replace(/!(?=\\\[)/g, '\\!');
  // Block syntax only matters at the start of a line: headings, lists, quotes, rules.
  return inline
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#+\-=])/, '$1\\$2').replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3'))
    .join('\n');
}

/** Markdown: '# ' headline, '## ' subheads, captions in italics, other kinds as paragraphs. */
export function writeMarkdown(article: ExportArticle): string {
  const blocks = englishParagraphs(article).map((p) => {
    const text = escapeMarkdown(p.text);
    switch (p.kind) {
      case 'headline':
        return `# ${text}`;
      case 'subhead':
        return `## ${text}`;
      case 'caption':
        return `*${text}*`;
      default:
        return text;
    }
  });
  return `${blocks.join('\n\n')}\n`;
}
