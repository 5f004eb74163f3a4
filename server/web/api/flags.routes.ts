import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { currentUser } from '../middleware/locals';
import { idParam, optionalInt, parse } from '../validate';

const filterQuery = z.object({
  status: z.string().max(20).optional(),
  severity: z.string().max(20).optional(),
  category: z.string().max(40).optional(),
  origin: z.string().max(20).optional(),
  type: z.string().max(30).optional(),
});

export const flagBody = z.object({
  segmentId: z.coerce.number().int().positive(),
  relatedSegmentId: optionalInt,
  type: z.string().max(30).optional(),
  category: z.string().max(40),
  severity: z.string().max(20),
  note: z.string().max(5000).optional(),
  suggestion: z.string().max(20000).optional(),
  enStart: optionalInt,
  enEnd: optionalInt,
});

export function flagsApi(services: Services): Router {
  const r = Router();

  /** GET /api/articles/:id/flags — flags of an article, filtered by status/severity/category/origin/type */
  r.get('/articles/:id/flags', (req, res) => {
    const filter = parse(filterQuery, req.query);
    res.json(services.flags.list(idParam(req, 'id'), filter));
  });

  /** POST /api/articles/:id/flags — flag a row or a span of its English */
  r.post('/articles/:id/flags', (req, res) => {
    const body = parse(flagBody, req.body);
    const flag = services.flags.create(idParam(req, 'id'), {
      ...body,
      relatedSegmentId: body.relatedSegmentId || null,
      author: currentUser(req),
    });
    res.status(201).json(flag);
  });

  /** PATCH /api/articles/:id/flags/:fid — open, accept, resolve or dismiss */
  r.patch('/articles/:id/flags/:fid', (req, res) => {
    const { status } = parse(z.object({ status: z.string().max(20) }), req.body);
    res.json(
      services.flags.setStatus(idParam(req, 'id'), idParam(req, 'fid', 'flag'), status, currentUser(req)),
    );
  });

  /** POST /api/articles/:id/flags/:fid/comments — add to a flag's thread */
  r.post('/articles/:id/flags/:fid/comments', (req, res) => {
    const { body } = parse(z.object({ body: z.string().max(5000) }), req.body);
    const flag = services.flags.comment(
      idParam(req, 'id'),
      idParam(req, 'fid', 'flag'),
      currentUser(req),
      body,
    );
    res.status(201).json(flag);
  });

  return r;
}
