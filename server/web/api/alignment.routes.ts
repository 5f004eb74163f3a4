import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import type { RowEdit } from '../../services/realign.service';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';

const side = z.enum(['zh', 'en']);
export const rowEditBody = z.discriminatedUnion('op', [
  z.object({ op: z.literal('merge'), segmentId: z.coerce.number().int().positive() }),
  z.object({
    op: z.literal('split'),
    segmentId: z.coerce.number().int().positive(),
    zh: z.coerce.number().int().min(0).optional(),
    en: z.coerce.number().int().min(0).optional(),
  }),
  z.object({
    op: z.literal('move'),
    segmentId: z.coerce.number().int().positive(),
    side,
    direction: z.enum(['previous', 'next']),
  }),
  z.object({
    op: z.literal('unmatch'),
    segmentId: z.coerce.number().int().positive(),
    side,
    sentence: z.coerce.number().int().min(0),
  }),
]);

export function alignmentApi(services: Services): Router {
  const r = Router();

  /** POST /api/articles/:id/alignment/edits — merge, split, move a sentence, or unmatch one */
  r.post('/articles/:id/alignment/edits', async (req, res) => {
    const id = idParam(req, 'id');
    const edit = parse(rowEditBody, req.body) as RowEdit;
    await services.realign.edit(id, edit, actorOf(req));
    res.json(services.articles.get(id));
  });

  /** POST /api/articles/:id/alignment/undo — undo the latest realignment */
  r.post('/articles/:id/alignment/undo', async (req, res) => {
    const id = idParam(req, 'id');
    const result = await services.realign.undo(id, actorOf(req));
    res.json({ ...result, article: services.articles.get(id) });
  });

  /** POST /api/articles/:id/alignment/rerun — re-run the aligner around rows fixed by hand */
  r.post('/articles/:id/alignment/rerun', async (req, res) => {
    const id = idParam(req, 'id');
    await services.realign.rerun(id, actorOf(req));
    res.json(services.articles.get(id));
  });

  /** GET /api/articles/:id/alignment/history — realignment operations, newest first */
  r.get('/articles/:id/alignment/history', (req, res) => {
    res.json(services.realign.history(idParam(req, 'id')));
  });

  /** GET /api/articles/:id/alignment/map.svg — the alignment map */
  r.get('/articles/:id/alignment/map.svg', (req, res) => {
    const id = idParam(req, 'id');
    const article = services.articles.get(id);
    const svg = services.realign.map(id, {
      title: req.t('alignment.map_title', { title: article.titleEn }),
      zhLabel: req.t('alignment.zh_axis'),
      enLabel: req.t('alignment.en_axis'),
    });
    res.type('image/svg+xml').send(svg);
  });

  return r;
}
