import type { DroppedLine, Lang, Paragraph } from '../../types';
import { removeChrome } from './chrome';
import { type SourceLine, splitLines } from './lines';
import { buildParagraphs } from './structure';

export interface LinesResult {
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
}

/** The shared tail of every importer: chrome removal, then paragraphs and kinds. */
export function parseLines(lines: SourceLine[], lang: Lang, dropped: DroppedLine[] = []): LinesResult {
  const cleaned = removeChrome(lines, lang);
  const all = [...dropped, ...cleaned.dropped].sort((a, b) => a.line - b.line);
  return { paragraphs: buildParagraphs(cleaned.lines, lang), dropped: all };
}

/** Plain text: first non-empty line is the headline; blank lines separate paragraphs. */
export function parsePlainText(text: string, lang: Lang): LinesResult {
  return parseLines(splitLines(text), lang);
}
