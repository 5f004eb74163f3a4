import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { RowsSnapshot } from '../db/realign.repo';
import type { SegmentRow } from '../db/segments.repo';
import type { AlignedRow, SentenceRef } from '../engine/align/types';
import { sideText } from '../engine/align/types';
import type { Paragraph, SegmentKind } from '../engine/types';
import { ConflictError, NotFoundError } from '../errors';
import { syncCheckFlags } from './checks.service';
import type { Engine } from './engine';
import { parseJson } from './view-models';

export interface ManualRow extends AlignedRow {
  manual?: boolean;
}

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
   * Replaces the article's rows by `after`, touching only the window that changed. Rows in the
   * window are rebuilt from the sources; a window whose English was edited keeps the edits
   * when rows are only merged (texts joined), and refuses otherwise, so no edit is lost silently.
   */
  function replaceRows(
    articleId: number,
    op: string,
    params: object,
    after: ManualRow[],
    author: string,
  ): void {
    const segments = repos.segments.byArticle(articleId);
    const before = toAlignedRows(segments);
    const w = changedWindow(before, after);
    if (w.start === w.oldEnd && w.start === w.newEnd) return;
    const old = segments.slice(w.start, w.oldEnd);
    const edited = old.filter((s) => s.en !== s.en_original);
    const fresh = after.slice(w.start, w.newEnd);
    if (edited.length > 0 && !(op === 'merge' && fresh.length === 1)) {
      throw new ConflictError('alignment_row_edited', { row: edited[0].position + 1 });
    }
    const src = sources(articleId);
    db.transaction(() => {
      const snapshot = repos.realign.snapshot(old.map((s) => s.id));
      repos.realign.deleteSegments(old.map((s) => s.id));
      const newIds = fresh.map((r, i) => {
        const original = sideText(src.en, r.en);
        const current =
          edited.length > 0
            ? old
                .map((s) => s.en)
                .filter(Boolean)
                .join(' ')
            : original;
        return repos.segments.insert({
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
          manual: r.manual === false ? 0 : 1,
        });
      });
      const order = [
        ...segments.slice(0, w.start).map((s) => s.id),
        ...newIds,
        ...segments.slice(w.oldEnd).map((s) => s.id),
      ];
      repos.realign.renumber(order);
      repos.realign.recordOp({
        article_id: articleId,
        op,
        params: { ...params, newIds },
        before: snapshot,
        author,
      });
      syncCheckFlags(repos, engine, articleId);
      repos.articles.touch(articleId);
      repos.audit.record(author, `realign_${op}`, 'article', articleId, params);
    })();
  }

  return {
    rows(articleId: number): ManualRow[] {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      return toAlignedRows(repos.segments.byArticle(articleId));
    },
    sources,
    replaceRows,

    /** Undoes the latest operation not yet undone; refuses when its rows were edited since. */
    undo(articleId: number, author: string): { undone: string } {
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      const op = repos.realign.lastOp(articleId);
      if (!op) throw new ConflictError('nothing_to_undo');
      const { newIds } = parseJson<{ newIds: number[] }>(op.params, { newIds: [] });
      const current = repos.segments.byArticle(articleId);
      const created = current.filter((s) => newIds.includes(s.id));
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
        const firstPos = Math.min(...created.map((s) => s.position));
        repos.realign.deleteSegments(newIds);
        repos.realign.restore(snapshot);
        const rest = current.filter((s) => !newIds.includes(s.id));
        const order = [
          ...rest.filter((s) => s.position < firstPos).map((s) => s.id),
          ...snapshot.segments.map((s) => s.id),
          ...rest.filter((s) => s.position > firstPos).map((s) => s.id),
        ];
        repos.realign.renumber(order);
        repos.realign.markUndone(op.id);
        syncCheckFlags(repos, engine, articleId);
        repos.articles.touch(articleId);
        repos.audit.record(author, 'realign_undo', 'article', articleId, { op: op.id });
      })();
      return { undone: op.op };
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
