import type { DroppedLine, Lang, Paragraph } from '../../types';
import { removeChrome } from './chrome';
import { type SourceLine, splitLines } from './lines';
import { buildParagraphs } from './structure';

export interface LinesResult {
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
}

/** The shared tail of every importer: chrome removal, then paragraphs and kinds. */
export function parseLines(
  lines: SourceLine[],
  lang: Lang,
  dropped: DroppedLine[] = [],
  keep?: ReadonlySet<number>,
): LinesResult {
  const cleaned = removeChrome(lines, lang, keep);
  const all = [...dropped, ...cleaned.dropped].sort((a, b) => a.line - b.line);
  return { paragraphs: buildParagraphs(cleaned.lines, lang), dropped: all };
}

/** Plain text: first non-empty line is the headline; blank lines separate paragraphs. */
export function parsePlainText(text: string, lang: Lang, keep?: ReadonlySet<number>): LinesResult {
  return parseLines(splitLines(text), lang, [], keep);
}
