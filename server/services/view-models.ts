// Database rows → the plain view models in types.ts.

import type { CommentRow, FlagRow } from '../db/flags.repo';
import type { NoteRow } from '../db/notes.repo';
import type { SegmentRow } from '../db/segments.repo';
import type { SentenceRef } from '../engine/align/types';
import { POSSIBLE_BELOW } from '../engine/checks/types';
import { hasChanges, wordDiff } from '../engine/diff';
import type { Paragraph, SegmentKind } from '../engine/types';
import type { FlagView, SegmentView } from './types';

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toFlagView(
  row: FlagRow,
  positions: Map<number, number>,
  comments: CommentRow[] = [],
): FlagView {
  return {
    id: row.id,
    articleId: row.article_id,
    segmentId: row.segment_id,
    segmentPosition: positions.get(row.segment_id) ?? -1,
    relatedSegmentId: row.related_segment_id,
    relatedPosition: row.related_segment_id === null ? null : (positions.get(row.related_segment_id) ?? null),
    origin: row.origin,
    type: row.type,
    category: row.category,
    severity: row.severity,
    status: row.status,
    enStart: row.en_start,
    enEnd: row.en_end,
    quote: row.quote,
    note: row.note,
    messageZh: row.message_zh,
    suggestion: row.suggestion,
    evidence: parseJson(row.evidence, {}),
    confidence: row.confidence,
    possible: row.confidence !== null && row.confidence < POSSIBLE_BELOW,
    author: row.author,
    resolver: row.resolver,
    statusReason: row.status_reason ?? null,
    zhStart: row.zh_start,
    zhEnd: row.zh_end,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    comments: comments.map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.created_at })),
  };
}

/**
 * Where a row opens a paragraph of one side: its first sentence's paragraph differs from the
 * last sentence's paragraph of the row before that has any (rows may cross paragraphs, so the
 * first sentence of the previous row says nothing about where it ended).
 */
function paragraphStarts(refs: SentenceRef[][], previous: SentenceRef[] | null): boolean[] {
  let last: number | null = previous?.length ? previous[previous.length - 1].paragraph : null;
  return refs.map((list) => {
    if (list.length === 0) return last === null;
    const start = last === null || list[0].paragraph !== last;
    last = list[list.length - 1].paragraph;
    return start;
  });
}

const spans = (refs: SentenceRef[]) => refs.some((r) => r.paragraph !== refs[0].paragraph);

/**
 * Builds row views; paragraph starts come from the rows' sentence references. `before` holds,
 * per side, the references of the nearest earlier row that has some, when `segments` does not
 * start at the top of the article (one row read on its own).
 */
export function toSegmentViews(
  segments: SegmentRow[],
  flags: FlagView[],
  revisionCounts: Map<number, number>,
  alternate: Map<number, string> | null,
  notes: NoteRow[] = [],
  sources: { zh: Paragraph[]; en: Paragraph[] } = { zh: [], en: [] },
  before: { zh: SentenceRef[] | null; en: SentenceRef[] | null } = { zh: null, en: null },
): SegmentView[] {
  const sentences = (paras: Paragraph[], refs: SentenceRef[]) =>
    refs.map((r) => paras[r.paragraph]?.text.slice(r.start, r.end).trim() ?? '');
  const zhRefs = segments.map((s) => parseJson<SentenceRef[]>(s.zh_refs, []));
  const enRefs = segments.map((s) => parseJson<SentenceRef[]>(s.en_refs, []));
  const zhStarts = paragraphStarts(zhRefs, before.zh);
  const enStarts = paragraphStarts(enRefs, before.en);
  const bySegment = new Map<number, FlagView[]>();
  for (const f of flags) {
    const list = bySegment.get(f.segmentId) ?? [];
    list.push(f);
    bySegment.set(f.segmentId, list);
  }
  return segments.map((s, i) => {
    const diff = s.en === s.en_original ? [] : wordDiff(s.en_original, s.en);
    const alt = alternate ? (alternate.get(s.id) ?? '') : null;
    return {
      id: s.id,
      position: s.position,
      kind: s.kind as SegmentKind,
      zh: s.zh,
      en: s.en,
      enOriginal: s.en_original,
      diff,
      edited: hasChanges(diff),
      revisionCount: revisionCounts.get(s.id) ?? 0,
      confidence: s.confidence,
      manual: s.manual === 1,
      version: s.version,
      zhPara: s.zh_para,
      enPara: s.en_para,
      paragraphStart: enStarts[i],
      zhParagraphStart: zhStarts[i],
      spansParagraphs: spans(zhRefs[i]) || spans(enRefs[i]),
      flags: bySegment.get(s.id) ?? [],
      reviewState: s.review_state,
      sentences: { zh: sentences(sources.zh, zhRefs[i]), en: sentences(sources.en, enRefs[i]) },
      notes: notes
        .filter((n) => n.segment_id === s.id)
        .map((n) => ({ author: n.author, body: n.body, createdAt: n.created_at })),
      alternate: alt === null ? null : { text: alt, diff: wordDiff(alt, s.en) },
    };
  });
}
