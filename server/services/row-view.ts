// One row as the article page shows it, read on its own: a save or a row fetch must not cost
// a whole article view (every row's diff, flags and sentences) on a 300-row article.
import type { Repos } from '../db';
import type { SentenceRef } from '../engine/align/types';
import type { Paragraph } from '../engine/types';
import { NotFoundError } from '../errors';
import type { FlagView, SegmentView } from './types';
import { parseJson, toFlagView, toSegmentViews } from './view-models';

export interface RowView {
  segment: SegmentView;
  /** Flags on other rows that point at this one. */
  related: FlagView[];
  isLast: boolean;
}

export function rowView(repos: Repos, segmentId: number, opts: { compare?: number } = {}): RowView {
  const seg = repos.segments.get(segmentId);
  if (!seg) throw new NotFoundError('segment', segmentId);
  const own = repos.flags.bySegment(segmentId);
  const pointing = repos.flags.pointingAt(segmentId);
  const ids = new Set<number>([segmentId]);
  for (const f of [...own, ...pointing]) {
    ids.add(f.segment_id);
    if (f.related_segment_id !== null) ids.add(f.related_segment_id);
  }
  const positions = repos.segments.positions([...ids]);
  const view = (f: (typeof own)[number]) => toFlagView(f, positions, repos.flags.comments(f.id));
  let alternate: Map<number, string> | null = null;
  if (opts.compare !== undefined) {
    const rendering = repos.renderings.get(opts.compare);
    if (!rendering || rendering.article_id !== seg.article_id)
      throw new NotFoundError('rendering', opts.compare);
    alternate = new Map([[segmentId, repos.renderings.rowText(rendering.id, segmentId)]]);
  }
  const paragraphs = (lang: 'zh' | 'en') =>
    parseJson<Paragraph[]>(repos.sources.primary(seg.article_id, lang)?.paragraphs, []);
  const before = repos.segments.refsBefore(seg.article_id, seg.position);
  const refs = (json: string | null) => (json === null ? null : parseJson<SentenceRef[]>(json, []));
  const [segment] = toSegmentViews(
    [seg],
    own.map(view),
    new Map([[segmentId, repos.segments.revisionCount(segmentId)]]),
    alternate,
    repos.notes.bySegment(segmentId),
    { zh: paragraphs('zh'), en: paragraphs('en') },
    { zh: refs(before.zh_refs), en: refs(before.en_refs) },
  );
  return {
    segment,
    related: pointing.map(view),
    isLast: repos.segments.lastPosition(seg.article_id) === seg.position,
  };
}
