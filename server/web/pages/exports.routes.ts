import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';

export function exportsPages(services: Services): Router {
  const r = Router();

  /** GET /articles/:id/export?format=txt — download the article in one of the service's formats */
  r.get('/articles/:id/export', async (req, res) => {
    const id = idParam(req, 'id');
    const { format } = parse(z.object({ format: z.string().min(1).max(30) }), req.query);
    const file = await services.exports.render(id, format, actorOf(req));
    res.attachment(file.filename);
    res.type(file.contentType);
    res.send(file.body);
  });

  return r;
}
