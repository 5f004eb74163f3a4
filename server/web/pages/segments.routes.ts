import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, optionalInt, parse } from '../validate';
import { articleUrl, postedView, renderArticlePage, viewMode } from './article-page';
import { errorMessage, formAction, wantsJson } from './forms';
import { postedTriage, renderTriagePage, triageUrl } from './triage-page';
import { renderAsPath } from './view-helpers';

const saveBody = z.object({ text: z.string().max(20000), version: optionalInt });

export function segmentsPages(services: Services): Router {
  const r = Router();

  /**
   * POST /articles/:id/segments/:sid — save the English of a row as a revision. Answers JSON
   * (the saved row and its re-rendered markup) to desk.js, a redirect to plain forms.
   */
  r.post('/articles/:id/segments/:sid', async (req, res) => {
    const articleId = idParam(req, 'id');
    const segmentId = idParam(req, 'sid', 'segment');
    const query = postedView(req);
    const text = typeof req.body?.text === 'string' ? req.body.text : '';
    await formAction(
      req,
      async () => {
        const body = parse(saveBody, req.body);
        const saved = await services.segments.saveEnglish({
          articleId,
          segmentId,
          text: body.text,
          baseVersion: body.version,
          author: actorOf(req),
        });
        if (!wantsJson(req)) {
          const back = postedTriage(req);
          res.redirect(
            303,
            back
              ? triageUrl(articleId, back, { notice: 'saved' })
              : articleUrl(articleId, query, { notice: 'saved' }, `row-${saved.position + 1}`),
          );
          return;
        }
        // The row is rendered by the same partial as the page, so fetch() and reloads agree;
        // its links must point at the article page, not at this POST route.
        renderAsPath(res, articleUrl(articleId, query.view));
        const {
          segment: s,
          related,
          isLast,
        } = services.segments.row(articleId, segmentId, {
          compare: viewMode(query.view).compareId,
        });
        const rowHtml = await new Promise<string>((resolve, reject) =>
          res.render(
            'articles/row',
            {
              s,
              articleId,
              related,
              rowEdit: null,
              baseQuery: {},
              isLast,
            },
            (err, html) => (err ? reject(err) : resolve(html)),
          ),
        );
        res.json({ segment: s, rowHtml });
      },
      (err) => {
        const back = postedTriage(req);
        if (back)
          return renderTriagePage(
            res,
            services,
            articleId,
            back,
            { edit: { text, errors: [errorMessage(req, err)] } },
            err.status,
          );
        renderArticlePage(
          res,
          services,
          articleId,
          query,
          {
            edit: {
              segmentId,
              text,
              errors: [errorMessage(req, err)],
              conflict: err.code === 'version_conflict',
            },
          },
          err.status,
        );
      },
    );
  });

  /** GET /articles/:id/segments/:sid/history — every revision of a row, newest first, with diffs */
  r.get('/articles/:id/segments/:sid/history', (req, res) => {
    const articleId = idParam(req, 'id');
    const { segment, revisions } = services.segments.history(articleId, idParam(req, 'sid', 'segment'));
    res.render('segments/history', { article: { id: articleId }, segment, revisions });
  });

  return r;
}
