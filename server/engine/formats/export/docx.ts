// Corrected English as a Word document, built with the `docx` package. The headline is
// Heading 1 rather than Word's Title style: Heading 1 shows in Word's navigation pane and
// converters (mammoth, LibreOffice, pandoc) map it to <h1>/'#', while Title often becomes
// a plain paragraph. Subheads are Heading 2, captions italic.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { englishHeadline, englishParagraphs } from './paragraphs';
import { cleanText } from './text-safety';
import type { ExportArticle } from './types';

function paragraphFor(kind: string, text: string): Paragraph {
  switch (kind) {
    case 'headline':
      return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
    case 'subhead':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
    case 'caption':
      return new Paragraph({ children: [new TextRun({ text, italics: true })] });
    case 'byline':
    case 'dateline':
      return new Paragraph({ children: [new TextRun({ text, color: '444444' })] });
    default:
      return new Paragraph({ children: [new TextRun(text)] });
  }
}

export async function writeDocx(article: ExportArticle): Promise<Buffer> {
  const doc = new Document({
    title: englishHeadline(article),
    creator: cleanText(article.creator) || 'Duizhao',
    description: cleanText(article.titleZh),
    sections: [{ children: englishParagraphs(article).map((p) => paragraphFor(p.kind, p.text)) }],
  });
  return Packer.toBuffer(doc);
}
