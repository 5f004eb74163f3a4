// Realignment from the article page: merge, split, move and unmatch as plain forms (POST, then a
// redirect back to the row), undo and re-run, and the alignment map the toolbar panel shows.
// desk.js posts the same forms asking for JSON and gets the row to return to and a message.
import { type Request, type Response, Router } from 'express';
import type { AppError } from '../../errors';
import type { Services } from '../../services';
import type { RowEdit } from '../../services/realign.service';
import { rowEditBody } from '../api/alignment.routes';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';
import { articleUrl, postedView, renderArticlePage } from './article-page';
import { errorMessage, formAction, wantsJson } from './forms';

/** Answers a finished alignment action: JSON for desk.js, else back to the row (1-based) on the page. */
function done(req: Request, res: Response, articleId: number, notice: string, row: number | null): void {
  const message = req.t(`alignment.notices.${notice}`);
  if (wantsJson(req)) {
    res.json({ row, message });
    return;
  }
  const hash = row ? `row-${row}` : undefined;
  res.redirect(303, articleUrl(articleId, req.body, { notice }, hash));
}

export function alignmentPages(services: Services): Router {
  const r = Router();

  /** A refused change is shown on the article page with its message; the row's panel stays open. */
  const showError = (req: Request, res: Response, articleId: number, segmentId?: number) => (err: AppError) =>
    renderArticlePage(
      res,
      services,
      articleId,
      { ...postedView(req), realign: segmentId },
      { pageErrors: [errorMessage(req, err)] },
      err.status,
    );

  /** POST /articles/:id/alignment/edits — merge with the next row, split, move or unmatch a sentence */
  r.post('/articles/:id/alignment/edits', async (req, res) => {
    const articleId = idParam(req, 'id');
    const rawId = Number(req.body?.segmentId);
    const segmentId = Number.isSafeInteger(rawId) && rawId > 0 ? rawId : undefined;
    await formAction(
      req,
      async () => {
        const edit = parse(rowEditBody, req.body) as RowEdit;
        const before = services.articles.get(articleId).segments.find((s) => s.id === edit.segmentId);
        await services.realign.edit(articleId, edit, actorOf(req));
        // The edited rows start where the named row was (a merge or split keeps that position).
        done(req, res, articleId, 'realigned', before ? before.position + 1 : null);
      },
      showError(req, res, articleId, segmentId),
      res,
    );
  });

  /** POST /articles/:id/alignment/undo — undo the latest realignment not yet undone */
  r.post('/articles/:id/alignment/undo', async (req, res) => {
    const articleId = idParam(req, 'id');
    await formAction(
      req,
      async () => {
        const last = services.realign.history(articleId).find((o) => !o.undone);
        await services.realign.undo(articleId, actorOf(req));
        const pos = typeof last?.params.position === 'number' ? last.params.position + 1 : null;
        done(req, res, articleId, 'undone', pos);
      },
      showError(req, res, articleId),
      res,
    );
  });

  /** POST /articles/:id/alignment/rerun — re-run the aligner; rows set or edited by hand stay */
  r.post('/articles/:id/alignment/rerun', async (req, res) => {
    const articleId = idParam(req, 'id');
    await formAction(
      req,
      async () => {
        await services.realign.rerun(articleId, actorOf(req));
        done(req, res, articleId, 'rerun', null);
      },
      showError(req, res, articleId),
      res,
    );
  });

  /** GET /articles/:id/alignment/map.svg — the alignment map with labels in the UI language */
  r.get('/articles/:id/alignment/map.svg', (req, res) => {
    const id = idParam(req, 'id');
    const article = services.articles.get(id);
    const svg = services.realign.map(id, {
      title: req.t('alignment.map_title', { title: article.titleEn || article.titleZh }),
      zhLabel: req.t('alignment.zh_axis'),
      enLabel: req.t('alignment.en_axis'),
    });
    // The map changes with every realignment; the page links it with ?v=<last change>.
    res.set('Cache-Control', 'no-cache');
    res.type('image/svg+xml').send(svg);
  });

  /** POST /articles/:id/checks — run the automatic checks again and report the open findings */
  r.post('/articles/:id/checks', async (req, res) => {
    const articleId = idParam(req, 'id');
    await formAction(
      req,
      async () => {
        const { open } = await services.articles.recheck(articleId, actorOf(req));
        if (wantsJson(req)) res.json({ open, message: req.t('checks.rechecked', { count: open }) });
        else res.redirect(303, articleUrl(articleId, req.body, { notice: 'rechecked' }, 'desk-actions'));
      },
      showError(req, res, articleId),
      res,
    );
  });

  return r;
}
