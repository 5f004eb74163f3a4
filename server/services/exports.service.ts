import type { Repos } from '../db';
import type { ExportArticle, ExportFormat, RowState } from '../engine/formats/export/types';
import { ValidationError } from '../errors';
import { type ActorLike, authorize } from './actor';
import type { ArticlesService } from './articles.service';
import { CHECKS_AUTHOR } from './checks.service';
import type { Engine } from './engine';

/** A file name that is safe in a Content-Disposition header and on every file system. */
function fileStem(id: number, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .toLowerCase();
  return slug ? `duizhao-${id}-${slug}` : `duizhao-${id}`;
}

/** Formats that carry the corrected English out of the desk (a chief's call); the rest are review material. */
export const FINAL_TEXT_FORMATS: readonly string[] = [
  'txt',
  'md',
  'html',
  'docx',
  'xliff2',
  'xliff12',
  'tmx',
];

/**
 * A person as the review report names them: an account by its display name (and login when they
 * differ); a name written before accounts existed, marked unregistered (the report is English).
 */
export function reportName(repos: Repos, login: string, at: string): string {
  const since = repos.meta.get('accounts_since') ?? '';
  if (at < since) return `${login} (unregistered)`;
  const user = repos.users.byLogin(login);
  return user && user.display_name !== user.login ? `${user.display_name} (${user.login})` : login;
}

/** Who reviewed: people who raised flags or accepted or dismissed one, in the order they first did. */
function reviewersOf(repos: Repos, view: ReturnType<ArticlesService['get']>): string[] {
  const acts: { login: string; at: string }[] = [];
  for (const f of view.flags) {
    if (f.origin === 'person') acts.push({ login: f.author, at: f.createdAt });
    if ((f.status === 'accepted' || f.status === 'dismissed') && f.resolver)
      acts.push({ login: f.resolver, at: f.updatedAt });
  }
  const seen = new Map<string, string>();
  for (const a of acts.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)))
    if (a.login !== CHECKS_AUTHOR && !seen.has(a.login)) seen.set(a.login, reportName(repos, a.login, a.at));
  return [...seen.values()];
}

export function createExportsService(repos: Repos, engine: Engine, articles: ArticlesService) {
  function snapshot(id: number): ExportArticle {
    const view = articles.get(id);
    const article = repos.articles.get(id)!;
    const last = repos.revisions.lastByArticle(id);
    const openRows = new Set(view.flags.filter((f) => f.status === 'open').map((f) => f.segmentId));
    const state = (s: (typeof view.segments)[number]): RowState => {
      if (!s.en) return 'initial';
      if (view.status === 'approved') return 'final';
      if (s.reviewState && !s.edited) return s.reviewState as RowState;
      if (view.status === 'in_review' && !openRows.has(s.id)) return 'reviewed';
      return 'translated';
    };
    return {
      id,
      titleZh: view.titleZh,
      titleEn: view.segments.find((s) => s.kind === 'headline')?.en.split('\n')[0] || view.titleEn,
      status: view.status,
      createdAt: view.createdAt,
      updatedAt: view.updatedAt,
      sourceName: view.sourceName,
      sourceUrl: view.sourceUrl,
      creator: article.created_by,
      reviewers: reviewersOf(repos, view),
      signOff: {
        approvedBy:
          view.signOff.approvedBy &&
          reportName(repos, view.signOff.approvedBy, view.signOff.approvedAt ?? view.updatedAt),
        approvedAt: view.signOff.approvedAt,
        overrideReason: view.signOff.overrideReason,
        openCriticalAtApproval: view.signOff.openCriticalAtApproval,
      },
      // Exports number rows as the desk shows them (from 1), so "row 5" means the same everywhere.
      rows: view.segments.map((s) => ({
        position: s.position + 1,
        kind: s.kind,
        zh: s.zh,
        en: s.en,
        enOriginal: s.enOriginal,
        paragraphStart: s.paragraphStart,
        zhParagraphStart: s.zhParagraphStart,
        confidence: s.confidence,
        createdAt: view.createdAt,
        updatedAt: last.get(s.id)?.created_at ?? view.createdAt,
        lastAuthor: last.get(s.id)?.author ?? article.created_by,
        revisionCount: s.revisionCount,
        state: state(s),
      })),
      flags: view.flags.map((f) => ({
        id: f.id,
        position: f.segmentPosition + 1,
        relatedPosition: f.relatedPosition === null ? null : f.relatedPosition + 1,
        origin: f.origin,
        type: f.type,
        category: f.category,
        severity: f.severity,
        status: f.status,
        quote: f.quote,
        note: f.note,
        messageZh: f.messageZh,
        suggestion: f.suggestion,
        evidence: f.evidence,
        author: f.author,
        resolver: f.resolver,
        statusReason: f.statusReason,
        enStart: f.enStart,
        enEnd: f.enEnd,
        createdAt: f.createdAt,
        updatedAt: f.updatedAt,
        comments: f.comments.map((c) => ({ author: c.author, body: c.body, createdAt: c.createdAt })),
      })),
    };
  }

  return {
    formats: (): readonly ExportFormat[] => engine.exportFormats,
    snapshot,
    async render(
      id: number,
      format: string,
      by: ActorLike,
    ): Promise<{ body: Buffer; contentType: string; filename: string }> {
      if (!engine.exportFormats.includes(format as ExportFormat))
        throw new ValidationError('unknown_format', { format });
      const final = FINAL_TEXT_FORMATS.includes(format);
      const actor = authorize(by, final ? 'export.final' : 'export.review');
      const article = snapshot(id);
      const out = await engine.exportArticle(article, format as ExportFormat);
      // The corrected text leaving the desk is part of the record; review material is not.
      if (final) repos.audit.record(actor, 'export', 'article', id, { format });
      return {
        body: out.body,
        contentType: out.contentType,
        filename: `${fileStem(id, article.titleEn)}.${out.extension}`,
      };
    },
  };
}
export type ExportsService = ReturnType<typeof createExportsService>;
