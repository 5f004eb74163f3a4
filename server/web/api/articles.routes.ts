import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Services, TextInput } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, optionalInt, pageQuery, parse } from '../validate';
import { uploads } from './uploads';

type Files = Record<string, Express.Multer.File[]> | undefined;

/** A language side from a JSON/form field or an uploaded file of the same name + "File". */
export function textInput(body: Record<string, unknown>, files: Files, field: string): TextInput {
  const file = files?.[`${field}File`]?.[0];
  if (file && file.size > 0) return { buffer: file.buffer, filename: file.originalname };
  const text = body[field];
  return { text: typeof text === 'string' ? text : '' };
}

const createBody = z.object({
  sourceName: z.string().max(300).optional(),
  sourceUrl: z.union([z.literal(''), z.url().max(2000)]).optional(),
  // JSON true, or a form field "true"/"1": import texts the desk already holds once more
  allowDuplicate: z.union([z.boolean(), z.enum(['true', '1', 'false', '0'])]).optional(),
});

export function articlesApi(services: Services, config: Config): Router {
  const r = Router();
  const upload = uploads(config, [
    { name: 'zhFile', maxCount: 1 },
    { name: 'enFile', maxCount: 1 },
  ]);

  /** GET /api/articles — newest first, paged, filtered by q and status */
  r.get('/articles', (req, res) => {
    const q = parse(pageQuery, req.query);
    res.json(services.articles.list(q));
  });

  /** POST /api/articles/preview — what an import would produce, nothing written */
  r.post('/articles/preview', upload, async (req, res) => {
    const files = req.files as Files;
    const preview = await services.articles.preview({
      zh: textInput(req.body, files, 'zh'),
      en: textInput(req.body, files, 'en'),
    });
    res.json(preview);
  });

  /** POST /api/articles — import a Chinese source and its English rendering (409 duplicate_article unless allowDuplicate) */
  r.post('/articles', upload, async (req, res) => {
    const files = req.files as Files;
    const meta = parse(createBody, req.body);
    const { id } = await services.articles.create({
      zh: textInput(req.body, files, 'zh'),
      en: textInput(req.body, files, 'en'),
      author: actorOf(req),
      sourceName: meta.sourceName || null,
      sourceUrl: meta.sourceUrl || null,
      refuseDuplicate: !(
        meta.allowDuplicate === true ||
        meta.allowDuplicate === 'true' ||
        meta.allowDuplicate === '1'
      ),
    });
    res.status(201).location(`/api/articles/${id}`).json(services.articles.get(id));
  });

  /** GET /api/articles/:id — the article with rows, flags and (with ?compare=) a second rendering */
  r.get('/articles/:id', (req, res) => {
    const { compare } = parse(z.object({ compare: optionalInt }), req.query);
    res.json(services.articles.get(idParam(req, 'id'), { compare }));
  });

  /** PATCH /api/articles/:id — change the review status (approval with critical flags open needs overrideReason) */
  r.patch('/articles/:id', (req, res) => {
    const id = idParam(req, 'id');
    const { status, overrideReason } = parse(
      z.object({ status: z.string().max(20), overrideReason: z.string().max(2000).optional() }),
      req.body,
    );
    services.articles.setStatus(id, status, actorOf(req), overrideReason);
    res.json(services.articles.get(id));
  });

  /** DELETE /api/articles/:id — remove the article and everything in it */
  r.delete('/articles/:id', (req, res) => {
    services.articles.remove(idParam(req, 'id'), actorOf(req));
    res.status(204).end();
  });

  /** POST /api/articles/:id/checks — run the automatic checks again */
  r.post('/articles/:id/checks', async (req, res) => {
    res.json(await services.articles.recheck(idParam(req, 'id'), actorOf(req)));
  });

  /** POST /api/articles/:id/renderings — attach a second English rendering (field en or file enFile) */
  r.post('/articles/:id/renderings', upload, async (req, res) => {
    const id = idParam(req, 'id');
    const { label } = parse(z.object({ label: z.string().min(1).max(200) }), req.body);
    const created = await services.renderings.add(id, {
      label,
      input: textInput(req.body, req.files as Files, 'en'),
      author: actorOf(req),
    });
    res.status(201).json({ ...created, article: services.articles.get(id, { compare: created.id }) });
  });

  /** DELETE /api/articles/:id/renderings/:rid — detach a second rendering */
  r.delete('/articles/:id/renderings/:rid', (req, res) => {
    services.renderings.remove(idParam(req, 'id'), idParam(req, 'rid', 'rendering'), actorOf(req));
    res.status(204).end();
  });

  return r;
}
