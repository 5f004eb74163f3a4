import { createHash } from 'node:crypto';
import type { Config } from '../config';
import type { Repos } from '../db';
import type { ArticleRow } from '../db/articles.repo';
import type { DB } from '../db/connection';
import { computeScorecard, countEnglishWords, type Scorecard } from '../engine/scorecard';
import type { Paragraph } from '../engine/types';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { type ActorLike, authorize, toActor } from './actor';
import { applyFindings, refreshChecks } from './checks.service';
import type { Engine, TextInput } from './engine';
import { toGlossaryTerms } from './glossary.service';
import { type PreparedImport, prepareBilingual, prepareImport, rawBytes } from './import.service';
import { ARTICLE_STATUSES, applyStatus, signOffView } from './sign-off';
import type { ArticleHead, ArticleStatus, ArticleSummary, ArticleView, Page } from './types';
import { parseJson, toFlagView, toSegmentViews } from './view-models';

export { ARTICLE_STATUSES } from './sign-off';

export interface CreateArticleInput {
  zh: TextInput;
  en: TextInput;
  author: ActorLike;
  sourceName?: string | null;
  sourceUrl?: string | null;
  /** Return the existing article instead of importing the same two texts twice. */
  skipDuplicate?: boolean;
  /** Refuse (409 duplicate_article, naming the existing article) the same two texts twice. */
  refuseDuplicate?: boolean;
}

export function contentHash(zh: Buffer, en: Buffer): string {
  return createHash('sha256').update(zh).update('\u0000').update(en).digest('hex');
}

export function createArticlesService(db: DB, repos: Repos, engine: Engine, config: Config) {
  const limits = { maxBytes: config.maxTextBytes, maxLines: config.maxLines };
  const glossary = () => toGlossaryTerms(repos.glossary.all());

  function requireArticle(id: number) {
    const article = repos.articles.get(id);
    if (!article) throw new NotFoundError('article', id);
    return article;
  }

  function headOf(article: ArticleRow, scorecard: Scorecard): ArticleHead {
    return {
      id: article.id,
      titleZh: article.title_zh,
      titleEn: article.title_en,
      status: article.status,
      sourceName: article.source_name,
      sourceUrl: article.source_url,
      createdAt: article.created_at,
      updatedAt: article.updated_at,
      renderings: repos.renderings
        .byArticle(article.id)
        .map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at })),
      scorecard,
      signOff: signOffView(article, scorecard.unresolved.critical),
    };
  }

  /** Stores a prepared import: article, raw sources, rows and automatic flags, all or nothing. */
  function store(
    prepared: PreparedImport,
    input: Omit<CreateArticleInput, 'zh' | 'en'> & { filenames: { zh?: string; en?: string } },
    hash: string,
  ): number {
    const actor = toActor(input.author);
    const headline = (lang: 'zh' | 'en') =>
      prepared.rows.find((r) => r.kind === 'headline' && r[lang])?.[lang] ??
      prepared.rows.find((r) => r[lang])?.[lang] ??
      '';
    return db.transaction(() => {
      const id = repos.articles.insert({
        title_zh: headline('zh').split('\n')[0],
        title_en: headline('en').split('\n')[0],
        source_name: input.sourceName ?? null,
        source_url: input.sourceUrl ?? null,
        content_hash: hash,
        created_by: actor.name,
      });
      for (const lang of ['zh', 'en'] as const) {
        const doc = prepared[lang];
        repos.sources.insert({
          article_id: id,
          lang,
          role: 'primary',
          label: '',
          filename: input.filenames[lang] ?? null,
          format: doc.format,
          encoding: doc.encoding,
          raw: lang === 'zh' ? prepared.rawZh : prepared.rawEn,
          paragraphs: JSON.stringify(doc.paragraphs),
          dropped: JSON.stringify(doc.dropped),
        });
      }
      prepared.rows.forEach((r, position) => {
        const segmentId = repos.segments.insert({
          article_id: id,
          position,
          kind: r.kind,
          zh: r.zh,
          en_original: r.en,
          en: r.en,
          zh_refs: JSON.stringify(r.zhRefs),
          en_refs: JSON.stringify(r.enRefs),
          zh_para: r.zhPara,
          en_para: r.enPara,
          confidence: r.confidence,
          manual: 0,
          review_state: r.state ?? null,
        });
        if (r.note) repos.notes.insert(segmentId, actor.name, r.note);
      });
      applyFindings(repos, id, repos.segments.byArticle(id), prepared.findings);
      repos.audit.record(actor, 'import', 'article', id, { rows: prepared.rows.length });
      return id;
    })();
  }

  /** The article already holding these exact texts, per the caller's wish: skip to it or refuse. */
  function existingCopy(hash: string, opts: { skipDuplicate?: boolean; refuseDuplicate?: boolean }) {
    if (!opts.skipDuplicate && !opts.refuseDuplicate) return null;
    const existing = repos.articles.findByHash(hash);
    if (!existing) return null;
    if (opts.skipDuplicate) return existing.id;
    throw new ConflictError('duplicate_article', {
      id: existing.id,
      title: existing.title_en || existing.title_zh,
    });
  }

  return {
    list(opts: { page?: number; pageSize?: number; q?: string; status?: string }): Page<ArticleSummary> {
      const pageSize = Math.min(Math.max(opts.pageSize ?? 20, 1), 100);
      const filter = { q: opts.q?.trim() || undefined, status: opts.status || undefined };
      if (filter.status && !ARTICLE_STATUSES.includes(filter.status as ArticleStatus))
        throw new ValidationError('invalid_status');
      const total = repos.articles.count(filter);
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const page = Math.min(Math.max(opts.page ?? 1, 1), pages);
      const items = repos.articles
        .list({ ...filter, limit: pageSize, offset: (page - 1) * pageSize })
        .map((a) => ({
          id: a.id,
          titleZh: a.title_zh,
          titleEn: a.title_en,
          status: a.status,
          segmentCount: a.segment_count,
          openFlags: {
            critical: a.open_critical,
            major: a.open_major,
            minor: a.open_minor,
            total: a.open_critical + a.open_major + a.open_minor,
          },
          updatedAt: a.updated_at,
          createdBy: a.created_by,
          signOff: signOffView(a, a.open_critical),
        }));
      return { items, page, pageSize, total, pages };
    },

    /** What an import would produce, without writing anything. */
    async preview(input: { zh: TextInput; en: TextInput }) {
      const p = await prepareImport(engine, input, limits, glossary());
      return { zh: p.zh, en: p.en, rows: p.rows };
    },

    async create(input: CreateArticleInput): Promise<{ id: number; duplicate: boolean }> {
      authorize(input.author, 'article.import');
      // the same texts again are found before any engine work
      const hash = contentHash(rawBytes(input.zh), rawBytes(input.en));
      const existing = existingCopy(hash, input);
      if (existing) return { id: existing, duplicate: true };
      const prepared = await prepareImport(engine, input, limits, glossary());
      const filenames = { zh: input.zh.filename, en: input.en.filename };
      return { id: store(prepared, { ...input, filenames }, hash), duplicate: false };
    },

    /** Imports an already aligned bilingual file (TSV, CSV, XLIFF 1.2/2.0, TMX). */
    async createFromBilingual(input: {
      file: TextInput;
      author: ActorLike;
      sourceName?: string | null;
      skipDuplicate?: boolean;
      refuseDuplicate?: boolean;
    }): Promise<{ id: number; duplicate: boolean }> {
      authorize(input.author, 'article.import');
      const hash = contentHash(rawBytes(input.file), Buffer.alloc(0));
      const existing = existingCopy(hash, input);
      if (existing) return { id: existing, duplicate: true };
      const prepared = await prepareBilingual(engine, input.file, config.maxTextBytes, glossary());
      if (!prepared) throw new ValidationError('unknown_format', { format: input.file.filename ?? '' });
      const filenames = { zh: input.file.filename, en: input.file.filename };
      return { id: store(prepared, { ...input, filenames }, hash), duplicate: false };
    },

    /** The article without its rows, for the page header after a save (no diffs, no row views). */
    head(id: number): ArticleHead & { openFindings: number } {
      const article = requireArticle(id);
      const flags = repos.flags.list(id);
      const scorecard = computeScorecard(
        flags,
        countEnglishWords(
          repos.segments
            .byArticle(id)
            .map((s) => s.en)
            .join(' '),
        ),
      );
      return {
        ...headOf(article, scorecard),
        openFindings: flags.filter((f) => f.origin === 'check' && f.status === 'open').length,
      };
    },

    get(id: number, opts: { compare?: number } = {}): ArticleView {
      const article = requireArticle(id);
      const segments = repos.segments.byArticle(id);
      const positions = new Map(segments.map((s) => [s.id, s.position]));
      const comments = repos.flags.commentsByArticle(id);
      const flags = repos.flags.list(id).map((f) =>
        toFlagView(
          f,
          positions,
          comments.filter((c) => c.flag_id === f.id),
        ),
      );
      let alternate: Map<number, string> | null = null;
      if (opts.compare !== undefined) {
        const rendering = repos.renderings.get(opts.compare);
        if (!rendering || rendering.article_id !== id) throw new NotFoundError('rendering', opts.compare);
        alternate = repos.renderings.rows(rendering.id);
      }
      const sources = repos.sources.byArticle(id).filter((s) => s.role === 'primary');
      const source = (lang: 'zh' | 'en') => sources.find((s) => s.lang === lang);
      const dropped = (lang: 'zh' | 'en') => parseJson(source(lang)?.dropped, []);
      const paragraphs = (lang: 'zh' | 'en') => parseJson<Paragraph[]>(source(lang)?.paragraphs, []);
      const scorecard = computeScorecard(flags, countEnglishWords(segments.map((s) => s.en).join(' ')));
      return {
        ...headOf(article, scorecard),
        segments: toSegmentViews(
          segments,
          flags,
          repos.segments.revisionCounts(id),
          alternate,
          repos.notes.byArticle(id),
          { zh: paragraphs('zh'), en: paragraphs('en') },
        ),
        flags,
        dropped: { zh: dropped('zh'), en: dropped('en') },
      };
    },

    /**
     * Draft, in review or approved. Approval is refused (409 approval_blocked) while critical
     * flags are unresolved, unless `overrideReason` says why it goes out anyway (see sign-off.ts).
     */
    setStatus(id: number, status: string, by: ActorLike, overrideReason?: string | null): void {
      const actor = toActor(by);
      requireArticle(id);
      db.transaction(() => applyStatus(repos, id, status, actor, overrideReason))();
    },

    /** Re-runs the checks (e.g. after the lexicons changed). */
    recheck(id: number, by: ActorLike): Promise<{ open: number }> {
      const actor = authorize(by, 'article.recheck');
      requireArticle(id);
      return refreshChecks(db, repos, engine, id, (result) => {
        repos.articles.touch(id);
        repos.audit.record(actor, 'recheck', 'article', id, result);
      });
    },

    remove(id: number, by: ActorLike): void {
      const actor = authorize(by, 'article.delete');
      requireArticle(id);
      db.transaction(() => {
        repos.articles.remove(id);
        repos.audit.record(actor, 'delete', 'article', id);
      })();
    },

    requireArticle,
  };
}
export type ArticlesService = ReturnType<typeof createArticlesService>;
