import type { Repos } from '../db';
import type { DB } from '../db/connection';
import { wordDiff } from '../engine/diff';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { type ActorLike, authorize } from './actor';
import { refreshChecks } from './checks.service';
import type { Engine } from './engine';
import { type RowView, rowView } from './row-view';
import type { RevisionView, SegmentView } from './types';

export const MAX_SEGMENT_CHARS = 20000;

export function createSegmentsService(db: DB, repos: Repos, engine: Engine) {
  function requireSegment(articleId: number, segmentId: number) {
    if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
    const seg = repos.segments.get(segmentId);
    if (!seg || seg.article_id !== articleId) throw new NotFoundError('segment', segmentId);
    return seg;
  }

  /** A row as the article page shows it (flags, notes, sentences), read on its own. */
  function view(_articleId: number, segmentId: number): SegmentView {
    return rowView(repos, segmentId).segment;
  }

  return {
    get: (articleId: number, segmentId: number) => {
      requireSegment(articleId, segmentId);
      return view(articleId, segmentId);
    },

    /** A row with what its markup needs: flags pointing at it, whether it is the last row. */
    row: (articleId: number, segmentId: number, opts: { compare?: number } = {}): RowView => {
      requireSegment(articleId, segmentId);
      return rowView(repos, segmentId, opts);
    },

    /**
     * Saves a new English text as a revision. `baseVersion` is the row version the editor
     * started from: a save over someone else's newer save is refused, not silently merged.
     */
    async saveEnglish(input: {
      articleId: number;
      segmentId: number;
      text: string;
      author: ActorLike;
      baseVersion?: number;
      note?: string;
    }): Promise<SegmentView> {
      const actor = authorize(input.author, 'segment.edit');
      const seg = requireSegment(input.articleId, input.segmentId);
      const text = input.text.replace(/\r\n?/g, '\n').trim();
      if (text.length > MAX_SEGMENT_CHARS) throw new ValidationError('invalid_field', { field: 'text' });
      const base = input.baseVersion ?? seg.version;
      if (base !== seg.version) throw new ConflictError('version_conflict', { version: seg.version });
      if (text === seg.en) return view(input.articleId, input.segmentId);
      const write = () => {
        if (!repos.segments.updateEnglish(seg.id, text, base)) throw new ConflictError('version_conflict');
        repos.revisions.insert({
          segment_id: seg.id,
          text,
          previous_text: seg.en,
          author: actor.name,
          note: input.note ?? null,
        });
        repos.articles.touch(input.articleId);
        repos.audit.record(actor, 'edit', 'segment', seg.id, { version: base + 1 }, input.articleId);
      };
      // the text, its revision and the flags the checks give it are one transaction
      await refreshChecks(db, repos, engine, input.articleId, write, { segmentId: seg.id, en: text });
      return view(input.articleId, input.segmentId);
    },

    /** Every revision of a row, newest first, each with its diff to the text before it. */
    history(articleId: number, segmentId: number): { segment: SegmentView; revisions: RevisionView[] } {
      requireSegment(articleId, segmentId);
      const revisions = repos.revisions.bySegment(segmentId).map((r) => ({
        id: r.id,
        text: r.text,
        previousText: r.previous_text,
        author: r.author,
        createdAt: r.created_at,
        note: r.note,
        diff: wordDiff(r.previous_text, r.text),
      }));
      return { segment: view(articleId, segmentId), revisions };
    },
  };
}
export type SegmentsService = ReturnType<typeof createSegmentsService>;
