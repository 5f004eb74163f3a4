// Shared setup for the check tests: the real lexicons and dictionary, rows built by hand.
import type { CheckContext } from '../../../server/engine/checks/context';
import { loadCheckLexicons } from '../../../server/engine/checks/load-lexicons';
import type { CheckRow } from '../../../server/engine/checks/types';
import { loadLexicon } from '../../../server/engine/lexicon/load-lexicon';
import type { SegmentKind } from '../../../server/engine/types';

let ctx: CheckContext | null = null;

export function context(): CheckContext {
  ctx ??= { lexicons: loadCheckLexicons(), dictionary: loadLexicon() };
  return ctx;
}

export function contextWithoutDictionary(): CheckContext {
  return { lexicons: loadCheckLexicons() };
}

/** Rows from [zh, en] pairs; the first is the headline unless kinds are given. */
export function rows(pairs: [string, string][], kinds: SegmentKind[] = []): CheckRow[] {
  return pairs.map(([zh, en], i) => ({
    kind: kinds[i] ?? (i === 0 ? 'headline' : 'body'),
    zh,
    en,
    zhParagraph: zh ? i : null,
    enParagraph: en ? i : null,
    zhOffset: 0,
    enOffset: 0,
  }));
}

/** One body row after a neutral headline, so row 1 is the pair under test. */
export function pair(zh: string, en: string): CheckRow[] {
  return rows([
    ['会议在北京举行', 'Meeting held in Beijing'],
    [zh, en],
  ]);
}
