import { createHash } from 'node:crypto';
import type { Repos } from '../db';
import type { SegmentRow } from '../db/segments.repo';
import type { CheckRow, Finding } from '../engine/checks/types';
import type { SegmentKind } from '../engine/types';
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

/**
 * Runs every check on the article's current rows and brings its automatic flags in line:
 * new findings become open flags, findings that vanished resolve, findings that come back
 * after an automatic resolution reopen, and dismissals by a person stay dismissed.
 * Call inside the caller's transaction.
 */
export function syncCheckFlags(repos: Repos, engine: Engine, articleId: number): { open: number } {
  const segments = repos.segments.byArticle(articleId);
  if (segments.length === 0) return { open: 0 };
  const findings = engine.check({
    rows: toCheckRows(segments),
    glossary: toGlossaryTerms(repos.glossary.all()),
  });
  const existing = new Map(repos.flags.checkFlags(articleId).map((f) => [f.check_key ?? '', f]));
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
