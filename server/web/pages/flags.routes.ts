import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, optionalInt, parse } from '../validate';
import { articleUrl, type FlagFormValues, postedView, renderArticlePage } from './article-page';
import { errorMessage, formAction, wantsJson } from './forms';
import { labelKeys } from './labels';
import { triageError } from './triage.routes';
import { postedTriage, triageUrl } from './triage-page';

const flagBody = z.object({
  segmentId: z.coerce.number().int().positive(),
  relatedSegmentId: optionalInt,
  type: z.string().max(30).optional(),
  category: z.string().min(1).max(40),
  severity: z.string().min(1).max(20),
  note: z.string().max(5000).optional(),
  suggestion: z.string().max(20000).optional(),
  enStart: optionalInt,
  enEnd: optionalInt,
});

/** Values a failed flag form is shown again with (strings only: they go back into inputs). */
function keptFlagValues(body: Record<string, unknown>): FlagFormValues {
  const v: Record<string, string> = {};
  for (const k of [
    'segmentId',
    'relatedSegmentId',
    'type',
    'category',
    'severity',
    'note',
    'suggestion',
    'enStart',
    'enEnd',
  ])
    if (typeof body[k] === 'string') v[k] = body[k] as string;
  return v;
}

export function flagsPages(services: Services): Router {
  const r = Router();

  /** POST /articles/:id/flags — flag a row, a span of its English, or a headline against a body row */
  r.post('/articles/:id/flags', async (req, res) => {
    const articleId = idParam(req, 'id');
    const query = postedView(req);
    await formAction(
      req,
      () => {
        const body = parse(flagBody, req.body);
        const flag = services.flags.create(articleId, {
          ...body,
          relatedSegmentId: body.relatedSegmentId || null,
          suggestion: body.suggestion || null,
          author: actorOf(req),
        });
        if (wantsJson(req)) res.status(201).json({ flag });
        else res.redirect(303, articleUrl(articleId, query, { notice: 'flag_added' }, `flag-${flag.id}`));
      },
      (err) =>
        renderArticlePage(
          res,
          services,
          articleId,
          query,
          { flag: { values: keptFlagValues(req.body ?? {}), errors: [errorMessage(req, err)] } },
          err.status,
        ),
    );
  });

  /** POST /articles/:id/flags/:fid/status — open, accept, resolve or dismiss a flag (with a reason) */
  r.post('/articles/:id/flags/:fid/status', async (req, res) => {
    const articleId = idParam(req, 'id');
    const flagId = idParam(req, 'fid', 'flag');
    await formAction(
      req,
      () => {
        const { status, reason } = parse(
          z.object({ status: z.string().max(20), reason: z.string().max(2000).optional() }),
          req.body,
        );
        const flag = services.flags.setStatus(articleId, flagId, status, actorOf(req), reason);
        const back = postedTriage(req);
        if (wantsJson(req)) res.json({ flag, message: req.t(labelKeys.flagStatus(flag.status)) });
        else if (back) res.redirect(303, triageUrl(articleId, { ...back, at: flag.id }));
        else res.redirect(303, articleUrl(articleId, req.body, { notice: 'saved' }, `flag-${flag.id}`));
      },
      triageError(req, res, services, articleId),
      res,
    );
  });

  /** POST /articles/:id/flags/:fid/comments — add to a flag's thread */
  r.post('/articles/:id/flags/:fid/comments', async (req, res) => {
    const articleId = idParam(req, 'id');
    const flagId = idParam(req, 'fid', 'flag');
    await formAction(
      req,
      () => {
        const { body } = parse(z.object({ body: z.string().max(5000) }), req.body);
        const flag = services.flags.comment(articleId, flagId, actorOf(req), body);
        if (wantsJson(req)) res.status(201).json({ flag });
        else res.redirect(303, articleUrl(articleId, req.body, { notice: 'saved' }, `flag-${flag.id}`));
      },
      (err) =>
        renderArticlePage(
          res,
          services,
          articleId,
          postedView(req),
          { pageErrors: [errorMessage(req, err)] },
          err.status,
        ),
    );
  });

  return r;
}
