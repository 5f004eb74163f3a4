import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import { ValidationError } from '../../errors';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, pageQuery, parse } from '../validate';
import {
  articleLocals,
  articleUrl,
  headLocals,
  postedView,
  renderArticlePage,
  showQuery,
} from './article-page';
import { errorMessage, formAction, sideInput, uploadFields, wantsJson } from './forms';
import { ARTICLE_STATUSES } from './labels';
import { pageAt, pageRowsOf } from './row-pages';
import { buildUrl, renderAsPath } from './view-helpers';

const statusBody = z.object({
  status: z.string().max(20),
  overrideReason: z.string().max(2000).optional(),
});

const createBody = z.object({
  // create-duplicate: the person saw that the texts are already an article and imports them again
  intent: z.enum(['preview', 'create', 'create-duplicate']).default('create'),
  sourceName: z.string().max(200).default(''),
  sourceUrl: z.union([z.literal(''), z.url().max(2000)]).default(''),
});

const rowsQuery = showQuery.extend({
  page: z.coerce.number().int().min(0).max(1_000_000),
  side: z.enum(['before', 'after']),
});

interface NewArticleForm {
  zhText: string;
  enText: string;
  sourceName: string;
  sourceUrl: string;
  zhFile: { name: string; data: string } | null;
  enFile: { name: string; data: string } | null;
  /** Dropped lines the editor restored in the preview, per side (DroppedLine.line). */
  keepZh: number[];
  keepEn: number[];
}

const EMPTY_FORM: NewArticleForm = {
  zhText: '',
  enText: '',
  sourceName: '',
  sourceUrl: '',
  zhFile: null,
  enFile: null,
  keepZh: [],
  keepEn: [],
};

/** The form as the person left it; uploaded files travel on as base64 so preview → create keeps them. */
function keptForm(req: Request): NewArticleForm {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const file = (side: 'zh' | 'en') => {
    const input = sideInput(req, `${side}File`, `${side}Text`, `${side}File`);
    return input.buffer ? { name: input.filename ?? '', data: input.buffer.toString('base64') } : null;
  };
  const lines = (k: string) =>
    ([] as unknown[])
      .concat(body[k] ?? [])
      .map((v) => Number(v))
      .filter((n) => Number.isInteger(n) && n > 0)
      .slice(0, 1000);
  return {
    keepZh: lines('keepZh'),
    keepEn: lines('keepEn'),
    zhText: str('zhText'),
    enText: str('enText'),
    sourceName: str('sourceName'),
    sourceUrl: str('sourceUrl'),
    zhFile: file('zh'),
    enFile: file('en'),
  };
}

export function articlesPages(services: Services, config: Config): Router {
  const r = Router();
  const upload = uploadFields(config, ['zhFile', 'enFile']);

  /** GET / — the desk starts at the article list */
  r.get('/', (_req, res) => res.redirect('/articles'));

  /** GET /articles — newest first, paged, with search and a status filter */
  r.get('/articles', (req, res) => {
    const q = parse(pageQuery, req.query);
    const result = services.articles.list({ page: q.page, pageSize: q.pageSize, q: q.q, status: q.status });
    res.render('articles/list', {
      result,
      q: q.q ?? '',
      status: q.status ?? '',
      statuses: ARTICLE_STATUSES,
      notice: req.query.notice,
    });
  });

  /** GET /articles/new — paste or upload the two texts */
  r.get('/articles/new', (_req, res) => {
    res.render('articles/new', { form: EMPTY_FORM, errors: [], preview: null, duplicate: null });
  });

  /** POST /articles — preview what was detected (intent=preview) or create the article */
  r.post('/articles', upload, async (req: Request, res: Response) => {
    renderAsPath(res, '/articles/new');
    const showForm = (status: number, errors: string[], preview: unknown = null, duplicate: unknown = null) =>
      res.status(status).render('articles/new', { form: keptForm(req), errors, preview, duplicate });
    if (req.uploadError) return showForm(req.uploadError.status, [errorMessage(req, req.uploadError)]);
    await formAction(
      req,
      async () => {
        const body = parse(createBody, req.body);
        const form = keptForm(req);
        const input = {
          zh: { ...sideInput(req, 'zhFile', 'zhText', 'zhFile'), keep: form.keepZh },
          en: { ...sideInput(req, 'enFile', 'enText', 'enFile'), keep: form.keepEn },
        };
        if (body.intent === 'preview') {
          const preview = await services.articles.preview(input);
          if (wantsJson(req)) res.json(preview);
          else showForm(200, [], preview);
          return;
        }
        const { id } = await services.articles.create({
          ...input,
          author: actorOf(req),
          sourceName: body.sourceName.trim() || null,
          sourceUrl: body.sourceUrl || null,
          refuseDuplicate: body.intent !== 'create-duplicate',
        });
        if (wantsJson(req)) res.status(201).json({ id, url: `/articles/${id}` });
        else res.redirect(303, articleUrl(id, undefined, { notice: 'created' }));
      },
      (err) =>
        showForm(
          err.status,
          [errorMessage(req, err)],
          null,
          err.code === 'duplicate_article' ? err.params : null,
        ),
    );
  });

  /** GET /articles/:id — the desk: rows side by side, flags, forms (?view=, ?edit=, ?flag=, flag filters) */
  r.get('/articles/:id', (req, res) => {
    const id = idParam(req, 'id');
    const query = parse(showQuery, req.query);
    if (query.go) return res.redirect(303, articleUrl(id, query, {}, `row-${query.go}`));
    renderArticlePage(res, services, id, query);
  });

  /** GET /articles/:id/rows?page=&side= — one page of the desk's rows (desk.js puts it in place), with the link beyond it on `side` */
  r.get('/articles/:id/rows', (req, res) => {
    const id = idParam(req, 'id');
    const { page, side, ...query } = parse(rowsQuery, req.query);
    const size = pageRowsOf(res);
    const locals = articleLocals(services, id, query, {}, size);
    renderAsPath(res, buildUrl(`/articles/${id}`, { ...locals.baseQuery, possible: query.possible }));
    res.render('articles/row-page', { ...locals, rowPage: pageAt(locals.shown, page, size), sides: [side] });
  });

  /** GET /articles/:id/head — the page header alone (score, sign-off, counts, last change), refreshed after a save */
  r.get('/articles/:id/head', (req, res) => {
    const id = idParam(req, 'id');
    const query = parse(showQuery, req.query);
    const head = services.articles.head(id);
    renderAsPath(res, articleUrl(id, query));
    res.render('articles/toolbar', headLocals(services, head, query, head.openFindings));
  });

  /** POST /articles/:id/status — draft, in review or approved (with an override reason when critical flags are open) */
  r.post('/articles/:id/status', async (req, res) => {
    const id = idParam(req, 'id');
    const reason = typeof req.body?.overrideReason === 'string' ? req.body.overrideReason : '';
    await formAction(
      req,
      () => {
        const body = parse(statusBody, req.body);
        services.articles.setStatus(id, body.status, actorOf(req), body.overrideReason);
        if (wantsJson(req)) res.json({ id, status: body.status });
        else res.redirect(303, articleUrl(id, req.body, { notice: 'saved' }, 'quality'));
      },
      (err) =>
        renderArticlePage(
          res,
          services,
          id,
          postedView(req),
          { signOff: { reason, errors: [errorMessage(req, err)] } },
          err.status,
        ),
      res,
    );
  });

  /** POST /articles/:id/delete — remove the article once its number is typed to confirm */
  r.post('/articles/:id/delete', async (req, res) => {
    const id = idParam(req, 'id');
    await formAction(
      req,
      () => {
        const { confirm } = parse(z.object({ confirm: z.string().max(20) }), req.body);
        if (confirm.trim() !== String(id)) throw new ValidationError('invalid_field', { field: 'confirm' });
        services.articles.remove(id, actorOf(req));
        if (wantsJson(req)) res.status(204).end();
        else res.redirect(303, '/articles?notice=deleted');
      },
      (err) => renderArticlePage(res, services, id, {}, { pageErrors: [errorMessage(req, err)] }, err.status),
    );
  });

  return r;
}
