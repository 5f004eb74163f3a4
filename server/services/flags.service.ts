import type { Repos } from '../db';
import type { DB } from '../db/connection';
import { FINDING_TYPES, MQM_CATEGORIES, SEVERITIES } from '../engine/checks/types';
import { NotFoundError, ValidationError } from '../errors';
import { type ActorLike, authorize } from './actor';
import { FLAG_STATUSES, type TriageService } from './triage.service';
import type { FlagStatus, FlagView } from './types';
import { toFlagView } from './view-models';

export { FLAG_STATUSES };
/** What a person can call a flag: the finding types, plus 'other'. */
export const PERSON_FLAG_TYPES: readonly string[] = [...FINDING_TYPES, 'other'];

export interface NewFlagInput {
  segmentId: number;
  relatedSegmentId?: number | null;
  type?: string;
  category: string;
  severity: string;
  note?: string;
  suggestion?: string | null;
  enStart?: number | null;
  enEnd?: number | null;
  author: ActorLike;
}

export function createFlagsService(db: DB, repos: Repos, triage: TriageService) {
  function positions(articleId: number) {
    return new Map(repos.segments.byArticle(articleId).map((s) => [s.id, s.position]));
  }
  function view(articleId: number, flagId: number): FlagView {
    const row = repos.flags.get(flagId)!;
    const comments = repos.flags.commentsByArticle(articleId).filter((c) => c.flag_id === flagId);
    return toFlagView(row, positions(articleId), comments);
  }
  function requireFlag(articleId: number, flagId: number) {
    if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
    const flag = repos.flags.get(flagId);
    if (!flag || flag.article_id !== articleId) throw new NotFoundError('flag', flagId);
    return flag;
  }

  return {
    create(articleId: number, input: NewFlagInput): FlagView {
      const actor = authorize(input.author, 'flag.create');
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      const seg = repos.segments.get(input.segmentId);
      if (!seg || seg.article_id !== articleId) throw new ValidationError('segment_not_in_article');
      const type = input.type || 'other';
      if (!PERSON_FLAG_TYPES.includes(type)) throw new ValidationError('invalid_field', { field: 'type' });
      if (!(MQM_CATEGORIES as readonly string[]).includes(input.category))
        throw new ValidationError('invalid_field', { field: 'category' });
      if (!(SEVERITIES as readonly string[]).includes(input.severity))
        throw new ValidationError('invalid_field', { field: 'severity' });
      let related: number | null = null;
      if (input.relatedSegmentId !== undefined && input.relatedSegmentId !== null) {
        const rel = repos.segments.get(input.relatedSegmentId);
        if (!rel || rel.article_id !== articleId || rel.id === seg.id)
          throw new ValidationError('segment_not_in_article');
        related = rel.id;
      }
      let quote: string | null = null;
      let start = input.enStart ?? null;
      let end = input.enEnd ?? null;
      if (start !== null || end !== null) {
        if (start === null || end === null || start < 0 || end <= start || end > seg.en.length)
          throw new ValidationError('invalid_field', { field: 'span' });
        quote = seg.en.slice(start, end);
      } else {
        start = null;
        end = null;
      }
      const note = (input.note ?? '').trim();
      if (note.length > 5000) throw new ValidationError('invalid_field', { field: 'note' });
      const suggestion = input.suggestion?.trim() || null;
      const id = db.transaction(() => {
        const flagId = repos.flags.insert({
          article_id: articleId,
          segment_id: seg.id,
          related_segment_id: related,
          origin: 'person',
          type,
          category: input.category,
          severity: input.severity as 'minor',
          en_start: start,
          en_end: end,
          zh_start: null,
          zh_end: null,
          quote,
          note,
          message_zh: null,
          suggestion,
          evidence: JSON.stringify(
            related ? { en: seg.en, zh: repos.segments.get(related)?.en } : { en: quote ?? seg.en },
          ),
          check_key: null,
          confidence: null,
          author: actor.name,
        });
        repos.articles.touch(articleId);
        repos.audit.record(actor, 'flag', 'flag', flagId, { segment: seg.id, type }, articleId);
        return flagId;
      })();
      return view(articleId, id);
    },

    list(
      articleId: number,
      filter: { status?: string; severity?: string; category?: string; origin?: string; type?: string } = {},
    ): FlagView[] {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      if (filter.status && !FLAG_STATUSES.includes(filter.status as FlagStatus))
        throw new ValidationError('invalid_status');
      const pos = positions(articleId);
      const comments = repos.flags.commentsByArticle(articleId);
      return repos.flags.list(articleId, filter).map((f) =>
        toFlagView(
          f,
          pos,
          comments.filter((c) => c.flag_id === f.id),
        ),
      );
    },

    /** A person's decision on one flag: recorded as a triage action, so it can be undone. */
    setStatus(
      articleId: number,
      flagId: number,
      status: string,
      actor: ActorLike,
      reason?: string | null,
    ): FlagView {
      return triage.setStatus(articleId, flagId, status, actor, reason);
    },

    comment(articleId: number, flagId: number, author: ActorLike, body: string): FlagView {
      const actor = authorize(author, 'flag.comment');
      requireFlag(articleId, flagId);
      const text = body.trim();
      if (!text || text.length > 5000) throw new ValidationError('invalid_field', { field: 'body' });
      db.transaction(() => {
        repos.flags.addComment(flagId, actor.name, text);
        repos.audit.record(actor, 'comment', 'flag', flagId, {}, articleId);
        repos.articles.touch(articleId);
      })();
      return view(articleId, flagId);
    },
  };
}
export type FlagsService = ReturnType<typeof createFlagsService>;
