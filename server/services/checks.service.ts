import { createHash } from 'node:crypto';
import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { SegmentRow } from '../db/segments.repo';
import type { CheckRow, Finding } from '../engine/checks/types';
import type { SegmentKind } from '../engine/types';
import type { EditScope } from '../workers/edit-checks';
import type { Engine } from './engine';
import { toGlossaryTerms } from './glossary.service';
import { parseJson } from './view-models';

export const CHECKS_AUTHOR = 'checks';

function offsetOf(refs: string): number {
  const list = parseJson<{ start: number }[]>(refs, []);
  return list[0]?.start ?? 0;
}

export function toCheckRows(segments: SegmentRow[]): CheckRow[] {
  return segments.map((s) => ({
    kind: s.kind as SegmentKind,
    zh: s.zh,
    en: s.en,
    zhParagraph: s.zh_para,
    enParagraph: s.en_para,
    zhOffset: offsetOf(s.zh_refs),
    enOffset: offsetOf(s.en_refs),
  }));
}

/**
 * A finding's identity across runs: its type, the rows it sits on and what it quotes. Editing
 * other words of the row keeps the identity (so a dismissal sticks); fixing the quoted words
 * changes it (so the old flag resolves).
 */
export function findingKey(f: Finding, segmentId: number, relatedId: number | null): string {
  const evidence = createHash('sha1')
    .update(`${f.evidence.zh ?? ''}\u0000${f.evidence.en ?? ''}`)
    .digest('hex')
    .slice(0, 12);
  return `${f.type}:${segmentId}:${relatedId ?? ''}:${evidence}`;
}

/** Which existing automatic flags a run of the checks speaks for (all of them, for a full run). */
export type FlagScope = (flag: { type: string; segment_id: number; evidence: string | null }) => boolean;

/**
 * Brings the article's automatic flags in line with the findings of a run of the checks:
 * new findings become open flags, findings that vanished resolve, findings that come back
 * after an automatic resolution reopen, and dismissals by a person stay dismissed. A partial
 * run (a save re-checks one row and what depends on it) passes the scope it speaks for; flags
 * outside it are left alone. Call inside the caller's transaction.
 */
export function applyFindings(
  repos: Repos,
  articleId: number,
  segments: SegmentRow[],
  findings: Finding[],
  inScope: FlagScope = () => true,
): { open: number } {
  const existing = new Map(
    repos.flags
      .checkFlags(articleId)
      .filter(inScope)
      .map((f) => [f.check_key ?? '', f]),
  );
  const seen = new Set<string>();
  let open = 0;
  for (const f of findings) {
    const seg = segments[(f.en ?? f.zh)?.row ?? -1];
    if (!seg) continue;
    const related = f.related ? (segments[f.related.row]?.id ?? null) : null;
    const key = findingKey(f, seg.id, related);
    if (seen.has(key)) continue;
    seen.add(key);
    const fields = {
      segment_id: seg.id,
      related_segment_id: related,
      en_start: f.en?.start ?? null,
      en_end: f.en?.end ?? null,
      zh_start: f.zh?.start ?? null,
      zh_end: f.zh?.end ?? null,
      note: f.message.en,
      message_zh: f.message.zh,
      suggestion: f.suggestion ?? null,
      evidence: JSON.stringify(f.evidence),
      confidence: f.confidence,
    };
    const old = existing.get(key);
    if (!old) {
      repos.flags.insert({
        ...fields,
        article_id: articleId,
        origin: 'check',
        type: f.type,
        category: f.category,
        severity: f.severity,
        quote: f.evidence.en ?? null,
        check_key: key,
        author: CHECKS_AUTHOR,
      });
      open++;
      continue;
    }
    repos.flags.refresh({ id: old.id, ...fields });
    if (old.status === 'resolved' && old.resolver === CHECKS_AUTHOR)
      repos.flags.setStatus(old.id, 'open', null);
    if (old.status === 'open' || old.status === 'accepted' || old.resolver === CHECKS_AUTHOR) open++;
  }
  for (const [key, old] of existing) {
    if (!seen.has(key) && (old.status === 'open' || old.status === 'accepted')) {
      repos.flags.setStatus(old.id, 'resolved', CHECKS_AUTHOR);
    }
  }
  return { open };
}

/** What the rows looked like when the checks read them: any save or realignment changes it. */
export function rowsStamp(segments: Pick<SegmentRow, 'id' | 'version' | 'position'>[]): string {
  return segments.map((s) => `${s.id}.${s.version}.${s.position}`).join(',');
}

const MAX_ATTEMPTS = 3;

/** The flags an edit's partial run speaks for, in terms of the stored rows. */
function editScope(scope: EditScope, segments: SegmentRow[]): FlagScope {
  const rows = new Set(scope.rows.map((r) => segments[r]?.id));
  const articleTypes = new Set(scope.articleTypes);
  const terms = new Set(scope.terms);
  return (flag) => {
    if (articleTypes.has(flag.type)) return true;
    if (flag.type === 'inconsistency')
      return terms.has(parseJson<{ zh?: string }>(flag.evidence, {}).zh ?? '');
    return rows.has(flag.segment_id);
  };
}

/**
 * Runs the checks on the article's rows (in the engine's worker) and applies the findings in
 * one transaction with `write` (the change that called for the checks, if any). With `edit`
 * (a row text that `write` is about to save) only what depends on that row is checked again
 * (workers/edit-checks.ts) and only the flags in that scope change. When someone changed the
 * rows while the checks ran, the findings are stale: nothing is written and they are computed
 * again (a few times at most; then the latest are applied, and the next save corrects them).
 */
export async function refreshChecks(
  db: DB,
  repos: Repos,
  engine: Engine,
  articleId: number,
  write: (result: { open: number }) => void = () => {},
  edit?: { segmentId: number; en: string },
): Promise<{ open: number }> {
  for (let attempt = 1; ; attempt++) {
    const segments = repos.segments.byArticle(articleId);
    const rows = toCheckRows(segments.map((s) => (s.id === edit?.segmentId ? { ...s, en: edit.en } : s)));
    const input = { rows, glossary: toGlossaryTerms(repos.glossary.all()) };
    const row = edit ? segments.findIndex((s) => s.id === edit.segmentId) : -1;
    let findings: Finding[] = [];
    let inScope: FlagScope = () => true;
    if (row >= 0) {
      const partial = await engine.checkEdit(input, row);
      findings = partial.findings;
      inScope = editScope(partial.scope, segments);
    } else if (rows.length > 0) findings = await engine.check(input);
    const applied = db.transaction(() => {
      // ids, versions and positions only: reading whole rows again cost a 3,000-row save most of its time
      const before = repos.segments.stamps(articleId);
      const current = rowsStamp(before) === rowsStamp(segments);
      if (!current && attempt < MAX_ATTEMPTS) return null;
      let result = { open: 0 };
      // findings point at rows by index: they only fit the rows they were computed on, which
      // (same ids in the same order; `write` never moves rows) are the rows read above
      const sameRows = current || before.map((s) => s.id).join() === segments.map((s) => s.id).join();
      write(result);
      if (sameRows) result = applyFindings(repos, articleId, segments, findings, inScope);
      return result;
    })();
    if (applied) return applied;
  }
}
