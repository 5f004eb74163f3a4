// Triage mode and the actions that take many flags at once: bulk by type/severity/origin/rows,
// "wherever the same evidence recurs", and undo. Plain forms (POST, then back to triage or the
// article page); triage.js posts the same forms asking for JSON.
import { type Request, type Response, Router } from 'express';
import type { AppError } from '../../errors';
import type { Services } from '../../services';
import { bulkInput, recurringBody } from '../api/flags.routes';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';
import { articleUrl, postedView, renderArticlePage } from './article-page';
import { errorMessage, formAction, wantsJson } from './forms';
import { postedTriage, renderTriagePage, triageQuery, triageUrl } from './triage-page';

/** After a triage action: JSON for scripts, else back where the form was (triage or the article's flag list). */
export function afterTriage(
  req: Request,
  res: Response,
  articleId: number,
  notice: string,
  count: number,
  at?: number,
  /** A bulk form's type/severity/origin are its selection, not triage's filters. */
  keepFilters = true,
): void {
  const message = req.t(`triage.notices.${notice}`, { count });
  if (wantsJson(req)) {
    res.json({ message, count, at: at ?? null });
    return;
  }
  const posted = postedTriage(req);
  const back = posted && !keepFilters ? { at: posted.at } : posted;
  const params = { notice: `triage_${notice}`, count: String(count) };
  if (back) res.redirect(303, triageUrl(articleId, { ...back, at: at ?? back.at }, params));
  else res.redirect(303, articleUrl(articleId, req.body, params, 'flags'));
}

/** A refused triage form is shown where it was sent from, with the message. */
export function triageError(req: Request, res: Response, services: Services, articleId: number) {
  return (err: AppError) => {
    const back = postedTriage(req);
    if (back)
      renderTriagePage(res, services, articleId, back, { errors: [errorMessage(req, err)] }, err.status);
    else
      renderArticlePage(
        res,
        services,
        articleId,
        postedView(req),
        { pageErrors: [errorMessage(req, err)] },
        err.status,
      );
  };
}

export function triagePages(services: Services): Router {
  const r = Router();

  /** GET /articles/:id/triage — open flags one at a time (?at=, ?type=, ?severity=, ?origin=, ?edit=1) */
  r.get('/articles/:id/triage', (req, res) => {
    renderTriagePage(res, services, idParam(req, 'id'), parse(triageQuery, req.query));
  });

  /** POST /articles/:id/flags/bulk — accept, dismiss or resolve every open flag a selection takes */
  r.post('/articles/:id/flags/bulk', async (req, res) => {
    const articleId = idParam(req, 'id');
    await formAction(
      req,
      () => {
        const { changed } = services.triage.bulk(articleId, bulkInput(req.body), actorOf(req));
        afterTriage(req, res, articleId, 'done', changed, undefined, false);
      },
      triageError(req, res, services, articleId),
      res,
    );
  });

  /** POST /articles/:id/flags/:fid/recurring — dismiss a finding wherever the same evidence recurs */
  r.post('/articles/:id/flags/:fid/recurring', async (req, res) => {
    const articleId = idParam(req, 'id');
    const flagId = idParam(req, 'fid', 'flag');
    await formAction(
      req,
      () => {
        const body = parse(recurringBody, req.body);
        const { changed } = services.triage.recurring(articleId, flagId, body, actorOf(req));
        afterTriage(req, res, articleId, 'done', changed, flagId);
      },
      triageError(req, res, services, articleId),
      res,
    );
  });

  /** POST /articles/:id/triage/undo — undo the article's latest triage action */
  r.post('/articles/:id/triage/undo', async (req, res) => {
    const articleId = idParam(req, 'id');
    await formAction(
      req,
      () => {
        const result = services.triage.undo(articleId, actorOf(req));
        afterTriage(req, res, articleId, 'undone', result.restored.length, result.restored[0]);
      },
      triageError(req, res, services, articleId),
      res,
    );
  });

  return r;
}
