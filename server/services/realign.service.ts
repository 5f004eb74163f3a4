import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { RowsSnapshot } from '../db/realign.repo';
import type { SegmentRow } from '../db/segments.repo';
import { renderAlignmentMap } from '../engine/align/alignment-map';
import { type AlignmentEdit, AlignmentEditError, applyEdit } from '../engine/align/manual-ops';
import type { AlignedRow, SentenceRef } from '../engine/align/types';
import { joinRowTexts, sideText } from '../engine/align/types';
import type { Paragraph, SegmentKind } from '../engine/types';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { type Actor, type ActorLike, authorize } from './actor';
import { refreshChecks } from './checks.service';
import type { Engine } from './engine';
import { parseJson } from './view-models';

export type ManualRow = AlignedRow;

/** A manual realignment as the API and forms send it: the row is named by its segment id. */
export type RowEdit =
  | { op: 'merge'; segmentId: number }
  | { op: 'split'; segmentId: number; zh?: number; en?: number }
  | { op: 'move'; segmentId: number; side: 'zh' | 'en'; direction: 'previous' | 'next' }
  | { op: 'unmatch'; segmentId: number; side: 'zh' | 'en'; sentence: number };

export function toAlignedRows(segments: SegmentRow[]): ManualRow[] {
  return segments.map((s) => ({
    kind: s.kind as SegmentKind,
    zh: parseJson<SentenceRef[]>(s.zh_refs, []),
    en: parseJson<SentenceRef[]>(s.en_refs, []),
    confidence: s.confidence,
    manual: s.manual === 1,
  }));
}

const sameRefs = (a: SentenceRef[], b: SentenceRef[]) =>
  a.length === b.length &&
  a.every((r, i) => r.paragraph === b[i].paragraph && r.start === b[i].start && r.end === b[i].end);
const sameRow = (a: AlignedRow, b: AlignedRow) => sameRefs(a.zh, b.zh) && sameRefs(a.en, b.en);

/** The smallest window [start, oldEnd) of old rows replaced by [start, newEnd) of new rows. */
export function changedWindow(before: AlignedRow[], after: AlignedRow[]) {
  let start = 0;
  while (start < before.length && start < after.length && sameRow(before[start], after[start])) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && sameRow(before[oldEnd - 1], after[newEnd - 1])) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

export function createRealignService(db: DB, repos: Repos, engine: Engine) {
  function sources(articleId: number) {
    const paras = (lang: 'zh' | 'en') =>
      parseJson<Paragraph[]>(repos.sources.primary(articleId, lang)?.paragraphs, []);
    return { zh: paras('zh'), en: paras('en') };
  }

  /**
   * Replaces the article's rows by `after`. Rows whose sentences did not change keep their
   * segment (edits, flags, history); the others are rebuilt from the sources. Removing a row
   * whose English was edited is refused, except when rows are merged (their texts are
   * joined), so no edit is lost silently. Everything removed is snapshotted for undo.
   */
  async function replaceRows(
    articleId: number,
    op: string,
    params: object,
    after: ManualRow[],
    actor: Actor,
  ): Promise<void> {
    const segments = repos.segments.byArticle(articleId);
    const before = toAlignedRows(segments);
    const w = changedWindow(before, after);
    if (w.start === w.oldEnd && w.start === w.newEnd) return;
    const windowOld = segments.slice(w.start, w.oldEnd);
    const fresh = after.slice(w.start, w.newEnd);
    const kept = new Map<number, number>(); // index in fresh → reused segment id
    const used = new Set<number>();
    for (const [i, r] of fresh.entries()) {
      const k = windowOld.findIndex((_, j) => !used.has(j) && sameRow(before[w.start + j], r));
      if (k >= 0) {
        used.add(k);
        kept.set(i, windowOld[k].id);
      }
    }
    const reused = new Set(kept.values());
    const removed = windowOld.filter((s) => !reused.has(s.id));
    const edited = removed.filter((s) => s.en !== s.en_original);
    const created = fresh.filter((_, i) => !kept.has(i));
    if (edited.length > 0 && !(op === 'merge' && created.length === 1)) {
      throw new ConflictError('alignment_row_edited', { row: edited[0].position + 1 });
    }
    const src = sources(articleId);
    db.transaction(() => {
      const snapshot = repos.realign.snapshot(removed.map((s) => s.id));
      repos.realign.deleteSegments(removed.map((s) => s.id));
      const newIds: number[] = [];
      const windowIds = fresh.map((r, i) => {
        const reuse = kept.get(i);
        if (reuse !== undefined) return reuse;
        const original = sideText(src.en, r.en);
        const current =
          edited.length > 0
            ? joinRowTexts(
                removed.map((s) => ({ text: s.en, refs: parseJson<SentenceRef[]>(s.en_refs, []) })),
              )
            : original;
        const id = repos.segments.insert({
          article_id: articleId,
          position: -1_000_000 - i,
          kind: r.kind,
          zh: sideText(src.zh, r.zh),
          en_original: original,
          en: current,
          zh_refs: JSON.stringify(r.zh),
          en_refs: JSON.stringify(r.en),
          zh_para: r.zh[0]?.paragraph ?? null,
          en_para: r.en[0]?.paragraph ?? null,
          confidence: r.confidence,
          manual: r.manual ? 1 : 0,
        });
        newIds.push(id);
        return id;
      });
      const beforeOrder = segments.map((s) => s.id);
      const order = [...beforeOrder.slice(0, w.start), ...windowIds, ...beforeOrder.slice(w.oldEnd)];
      repos.realign.renumber(order);
      repos.realign.recordOp({
        article_id: articleId,
        op,
        params: { ...params, newIds, beforeOrder },
        before: snapshot,
        author: actor.name,
      });
      repos.articles.touch(articleId);
      repos.audit.record(actor, `realign_${op}`, 'article', articleId, params);
    })();
    // the checks read the new rows off the request thread, then their flags follow
    await refreshChecks(db, repos, engine, articleId);
  }

  return {
    rows(articleId: number): ManualRow[] {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      return toAlignedRows(repos.segments.byArticle(articleId));
    },
    sources,
    replaceRows,

    /** Undoes the latest operation not yet undone; refuses when its rows were edited since. */
    async undo(articleId: number, author: ActorLike): Promise<{ undone: string }> {
      const actor = authorize(author, 'alignment.edit');
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      const op = repos.realign.lastOp(articleId);
      if (!op) throw new ConflictError('nothing_to_undo');
      const { newIds, beforeOrder } = parseJson<{ newIds: number[]; beforeOrder: number[] }>(op.params, {
        newIds: [],
        beforeOrder: [],
      });
      const current = repos.segments.byArticle(articleId);
      const created = current.filter((s) => newIds.includes(s.id));
      // Rows the operation made and someone edited since would lose that edit.
      if (created.length !== newIds.length || created.some((s) => s.en !== s.en_original && s.version > 1)) {
        throw new ConflictError('undo_conflict');
      }
      const snapshot = parseJson<RowsSnapshot>(op.before_rows, {
        segments: [],
        revisions: [],
        flags: [],
        comments: [],
        notes: [],
        renderingRows: [],
      });
      db.transaction(() => {
        repos.realign.deleteSegments(newIds);
        repos.realign.restore(snapshot);
        const present = new Set(repos.segments.byArticle(articleId).map((s) => s.id));
        repos.realign.renumber(beforeOrder.filter((id) => present.has(id)));
        repos.realign.markUndone(op.id);
        repos.articles.touch(articleId);
        repos.audit.record(actor, 'realign_undo', 'article', articleId, { op: op.id });
      })();
      await refreshChecks(db, repos, engine, articleId);
      return { undone: op.op };
    },

    /** Applies one manual edit (merge, split, move, unmatch) to the row of `segmentId`. */
    async edit(articleId: number, edit: RowEdit, author: ActorLike): Promise<void> {
      const actor = authorize(author, 'alignment.edit');
      const segments = repos.segments.byArticle(articleId);
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      const row = segments.findIndex((s) => s.id === edit.segmentId);
      if (row < 0) throw new NotFoundError('segment', edit.segmentId);
      let after: AlignedRow[];
      try {
        after = applyEdit(toAlignedRows(segments), { ...edit, row } as AlignmentEdit);
      } catch (err) {
        if (err instanceof AlignmentEditError) {
          throw new ValidationError('alignment_edit_invalid', { reason: err.code.toLowerCase() });
        }
        throw err;
      }
      await replaceRows(articleId, edit.op, { ...edit, position: row }, after, actor);
    },

    /**
     * Re-runs the automatic aligner around the rows a person fixed. Rows whose English was
     * edited count as fixed too, so re-aligning never throws an edit away.
     */
    async rerun(articleId: number, author: ActorLike): Promise<void> {
      const actor = authorize(author, 'alignment.edit');
      const segments = repos.segments.byArticle(articleId);
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      const rows = toAlignedRows(segments).map((r, i) =>
        segments[i].en !== segments[i].en_original ? { ...r, manual: true } : r,
      );
      const src = sources(articleId);
      await replaceRows(articleId, 'auto', {}, await engine.realign(rows, src.zh, src.en), actor);
    },

    /** The alignment map as a self-contained SVG. */
    map(articleId: number, labels: { title: string; zhLabel: string; enLabel: string }): string {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      return renderAlignmentMap(toAlignedRows(repos.segments.byArticle(articleId)), labels);
    },

    history(articleId: number) {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      return repos.realign.ops(articleId).map((o) => ({
        id: o.id,
        op: o.op,
        params: parseJson<Record<string, unknown>>(o.params, {}),
        author: o.author,
        createdAt: o.created_at,
        undone: o.undone_at !== null,
      }));
    },
  };
}
export type RealignService = ReturnType<typeof createRealignService>;
