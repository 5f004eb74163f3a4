import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Services } from '../../services';
import { TABLE_FORMATS } from '../../services/glossary-table';
import { actorOf } from '../middleware/auth';
import { idParam, pageQuery, parse } from '../validate';
import { uploads } from './uploads';

// The edge only bounds sizes (so nothing huge reaches the service); the service's own rules
// (empty sides, lengths, duplicates) answer with codes that name the problem.
const text = (max: number) => z.string().max(max);
const variants = z.union([z.array(text(2000)).max(100), text(20000)]);
export const termBody = z.object({
  zh: text(2000),
  en: text(2000),
  variants: variants.optional(),
  note: text(10000).optional(),
});
const patchBody = termBody.partial();
const exportQuery = z.object({ format: z.enum(TABLE_FORMATS as ['csv', 'tsv']).default('csv') });
const importBody = z.object({
  text: z.string().optional(),
  format: z.enum(TABLE_FORMATS as ['csv', 'tsv']).optional(),
});

type Files = Record<string, Express.Multer.File[]> | undefined;

export function glossaryApi(services: Services, config: Config): Router {
  const r = Router();
  const upload = uploads(config, [{ name: 'file', maxCount: 1 }]);

  /** GET /api/glossary — terms by Chinese, paged, filtered by q (either side, variants, note) */
  r.get('/glossary', (req, res) => {
    const q = parse(pageQuery, req.query);
    res.json(services.glossary.list({ page: q.page, pageSize: q.pageSize, q: q.q }));
  });

  /** POST /api/glossary — add a term {zh, en, variants?, note?} */
  r.post('/glossary', (req, res) => {
    const term = services.glossary.create(parse(termBody, req.body), actorOf(req));
    res.status(201).location(`/api/glossary/${term.id}`).json(term);
  });

  /** GET /api/glossary/export?format=csv|tsv — the whole glossary as a file */
  r.get('/glossary/export', (req, res) => {
    const { format } = parse(exportQuery, req.query);
    const file = services.glossary.exportTable(format);
    res.type(file.contentType).attachment(file.filename).send(file.body);
  });

  /** POST /api/glossary/import — a CSV/TSV file (field "file") or {text, format?}; answers the summary */
  r.post('/glossary/import', upload, (req, res) => {
    const file = (req.files as Files)?.file?.[0];
    const body = parse(importBody, req.body);
    const input =
      file && file.size > 0
        ? { buffer: file.buffer, filename: file.originalname }
        : { text: body.text ?? '', filename: body.format ? `pasted.${body.format}` : undefined };
    res.json(services.glossary.importTable(input, actorOf(req)));
  });

  /** GET /api/glossary/:id — one term */
  r.get('/glossary/:id', (req, res) => {
    res.json(services.glossary.get(idParam(req, 'id', 'glossary_term')));
  });

  /** PATCH /api/glossary/:id — change some fields of a term */
  r.patch('/glossary/:id', (req, res) => {
    const id = idParam(req, 'id', 'glossary_term');
    res.json(services.glossary.update(id, parse(patchBody, req.body), actorOf(req)));
  });

  /** DELETE /api/glossary/:id — remove a term */
  r.delete('/glossary/:id', (req, res) => {
    services.glossary.remove(idParam(req, 'id', 'glossary_term'), actorOf(req));
    res.status(204).end();
  });

  return r;
}
