import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import type { ActivityEntry, ActivityPage, ActivityQuery } from '../../services/activity.service';
import { actorOf } from '../middleware/auth';
import { idParam, optionalInt, parse } from '../validate';
import { ACTIVITY_ACTIONS, actionName, detailLine, targetName, whoName } from './activity-labels';
import { errorMessage, isFormError } from './forms';

const activityQuery = z.object({
  user: z.string().max(100).optional(),
  action: z.string().max(40).optional(),
  article: optionalInt,
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  page: optionalInt,
});

function clean(q: z.infer<typeof activityQuery>): ActivityQuery {
  return {
    user: q.user || undefined,
    action: q.action || undefined,
    article: q.article || undefined,
    from: q.from || undefined,
    to: q.to || undefined,
    page: q.page,
  };
}

/** A filter a person got wrong (a bad date) is shown beside the form with an empty list. */
function pageOrError(
  req: Request,
  res: Response,
  fn: () => ActivityPage,
): { result: ActivityPage | null; errors: string[] } {
  try {
    return { result: fn(), errors: [] };
  } catch (err) {
    if (!isFormError(err)) throw err;
    res.status(err.status);
    return { result: null, errors: [errorMessage(req, err)] };
  }
}

/** The label functions the template calls, in the request's language. */
function labels(req: Request) {
  return {
    action: (a: string) => actionName(req.t, a),
    who: (w: ActivityEntry['who']) => whoName(req.t, w),
    target: (e: ActivityEntry) => targetName(req.t, e),
    details: (e: ActivityEntry) => detailLine(req.t, e),
  };
}

/** Who did what: an article's trail, and the desk-wide trail for chiefs and administrators. */
export function activityPages(services: Services): Router {
  const r = Router();

  /** GET /articles/:id/activity?user=&action=&from=&to=&page= — everything done to one article, newest first */
  r.get('/articles/:id/activity', (req, res) => {
    const id = idParam(req, 'id');
    const q = clean(parse(activityQuery, req.query));
    const article = services.articles.head(id);
    const { result, errors } = pageOrError(req, res, () => services.activity.forArticle(id, q));
    const actions = [...ACTIVITY_ACTIONS];
    res.render('activity/list', { article, q, result, errors, choices: null, actions, al: labels(req) });
  });

  /** GET /admin/activity?user=&action=&article=&from=&to=&page= — the whole desk's trail */
  r.get('/admin/activity', (req, res) => {
    const actor = actorOf(req);
    const q = clean(parse(activityQuery, req.query));
    const choices = { users: services.activity.people(actor) };
    const { result, errors } = pageOrError(req, res, () => services.activity.list(q, actor));
    const actions = [...ACTIVITY_ACTIONS];
    res.render('activity/list', { article: null, q, result, errors, choices, actions, al: labels(req) });
  });

  return r;
}
