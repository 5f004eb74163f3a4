import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { AppError } from '../../errors';
import type { Services } from '../../services';
import type { GlossaryInput } from '../../services/glossary.service';
import { termBody } from '../api/glossary.routes';
import { actorOf } from '../middleware/auth';
import { idParam, pageQuery, parse } from '../validate';
import { errorMessage, formAction, sideInput, uploadFields, wantsJson } from './forms';
import { buildUrl, renderAsPath } from './view-helpers';

/** Messages after a redirect (?done=…); only these are accepted from the URL. */
const DONE: Record<string, string> = {
  added: 'glossary.notices.added',
  updated: 'glossary.notices.updated',
  deleted: 'glossary.notices.deleted',
};

/** A term form as the person left it, so a refused form comes back filled in. */
interface TermForm {
  zh: string;
  en: string;
  variants: string;
  note: string;
}
const EMPTY_FORM: TermForm = { zh: '', en: '', variants: '', note: '' };

function keptForm(body: unknown): TermForm {
  const b = (body ?? {}) as Record<string, unknown>;
  const str = (k: keyof TermForm) => (typeof b[k] === 'string' ? (b[k] as string).slice(0, 20000) : '');
  return { zh: str('zh'), en: str('en'), variants: str('variants'), note: str('note') };
}

const exportQuery = z.object({ format: z.enum(['csv', 'tsv']).default('csv') });

export function glossaryPages(services: Services, config: Config): Router {
  const r = Router();
  const upload = uploadFields(config, ['file']);

  /** The list page with its two forms; a refused form is shown again with its messages. */
  function renderList(
    req: Request,
    res: Response,
    extra: { form?: TermForm; errors?: string[]; importErrors?: string[]; importText?: string } = {},
    status = 200,
  ) {
    const q = parse(pageQuery, req.query);
    const done = typeof req.query.done === 'string' ? DONE[req.query.done] : undefined;
    res.status(status).render('glossary/list', {
      result: services.glossary.list({ page: q.page, pageSize: q.pageSize, q: q.q }),
      q: q.q ?? '',
      done: done ?? null,
      form: extra.form ?? EMPTY_FORM,
      errors: extra.errors ?? [],
      importErrors: extra.importErrors ?? [],
      importText: extra.importText ?? '',
    });
  }

  /** GET /glossary — the terms the checks enforce, searchable and paged, with add/import/export */
  r.get('/glossary', (req, res) => renderList(req, res));

  /** POST /glossary — add a term */
  r.post('/glossary', async (req, res) => {
    renderAsPath(res, '/glossary');
    await formAction(
      req,
      () => {
        const term = services.glossary.create(parse(termBody, req.body) as GlossaryInput, actorOf(req));
        if (wantsJson(req)) res.status(201).json(term);
        else res.redirect(303, buildUrl('/glossary', { q: term.zh, done: 'added' }));
      },
      (err: AppError) =>
        renderList(req, res, { form: keptForm(req.body), errors: [errorMessage(req, err)] }, err.status),
    );
  });

  /** GET /glossary/export?format=csv|tsv — download the whole glossary */
  r.get('/glossary/export', (req, res) => {
    const { format } = parse(exportQuery, req.query);
    const file = services.glossary.exportTable(format);
    res.type(file.contentType).attachment(file.filename).send(file.body);
  });

  /** POST /glossary/import — a CSV/TSV file or pasted lines; shows what was added, updated, skipped */
  r.post('/glossary/import', upload, async (req, res) => {
    renderAsPath(res, '/glossary');
    const pasted = typeof req.body?.text === 'string' ? (req.body.text as string) : '';
    const refuse = (err: AppError) =>
      renderList(req, res, { importErrors: [errorMessage(req, err)], importText: pasted }, err.status);
    if (req.uploadError) return refuse(req.uploadError);
    await formAction(
      req,
      () => {
        const summary = services.glossary.importTable(sideInput(req, 'file', 'text'), actorOf(req));
        if (wantsJson(req)) res.json(summary);
        else res.render('glossary/import', { summary });
      },
      refuse,
    );
  });

  /** GET /glossary/:id/edit — change or delete one term */
  r.get('/glossary/:id/edit', (req, res) => {
    const term = services.glossary.get(idParam(req, 'id', 'glossary_term'));
    res.render('glossary/edit', {
      term,
      form: { ...term, variants: term.variants.join('; ') },
      errors: [],
    });
  });

  /** POST /glossary/:id — save a changed term */
  r.post('/glossary/:id', async (req, res) => {
    const id = idParam(req, 'id', 'glossary_term');
    renderAsPath(res, `/glossary/${id}/edit`);
    await formAction(
      req,
      () => {
        const term = services.glossary.update(id, parse(termBody, req.body) as GlossaryInput, actorOf(req));
        if (wantsJson(req)) res.json(term);
        else res.redirect(303, buildUrl('/glossary', { q: term.zh, done: 'updated' }));
      },
      (err: AppError) =>
        res.status(err.status).render('glossary/edit', {
          term: services.glossary.get(id),
          form: keptForm(req.body),
          errors: [errorMessage(req, err)],
        }),
    );
  });

  /** POST /glossary/:id/delete — remove a term */
  r.post('/glossary/:id/delete', (req, res) => {
    services.glossary.remove(idParam(req, 'id', 'glossary_term'), actorOf(req));
    if (wantsJson(req)) res.status(204).end();
    else res.redirect(303, '/glossary?done=deleted');
  });

  return r;
}
