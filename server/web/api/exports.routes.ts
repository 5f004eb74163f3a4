import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';

export function exportsApi(services: Services): Router {
  const r = Router();

  /** GET /api/formats — the export formats this build can write */
  r.get('/formats', (_req, res) => {
    res.json({ formats: services.exports.formats() });
  });

  /** GET /api/articles/:id/export?format=… — download an export */
  r.get('/articles/:id/export', async (req, res) => {
    const { format } = parse(z.object({ format: z.string().max(30) }), req.query);
    const out = await services.exports.render(idParam(req, 'id'), format, actorOf(req));
    res.type(out.contentType).attachment(out.filename).send(out.body);
  });

  return r;
}
