import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, optionalInt, parse } from '../validate';

const saveBody = z.object({
  en: z.string().max(20000),
  version: optionalInt,
  note: z.string().max(500).optional(),
});

export function segmentsApi(services: Services): Router {
  const r = Router();

  /** GET /api/articles/:id/segments — the rows in order */
  r.get('/articles/:id/segments', (req, res) => {
    res.json(services.articles.get(idParam(req, 'id')).segments);
  });

  /** GET /api/articles/:id/segments/:sid — one row */
  r.get('/articles/:id/segments/:sid', (req, res) => {
    res.json(services.segments.get(idParam(req, 'id'), idParam(req, 'sid', 'segment')));
  });

  /** PUT /api/articles/:id/segments/:sid — save a new English text as a revision (409 on a stale version) */
  r.put('/articles/:id/segments/:sid', async (req, res) => {
    const body = parse(saveBody, req.body);
    const segment = await services.segments.saveEnglish({
      articleId: idParam(req, 'id'),
      segmentId: idParam(req, 'sid', 'segment'),
      text: body.en,
      baseVersion: body.version,
      note: body.note,
      author: actorOf(req),
    });
    res.json(segment);
  });

  /** GET /api/articles/:id/segments/:sid/revisions — every revision, newest first, with diffs */
  r.get('/articles/:id/segments/:sid/revisions', (req, res) => {
    res.json(services.segments.history(idParam(req, 'id'), idParam(req, 'sid', 'segment')));
  });

  return r;
}
