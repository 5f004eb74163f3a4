import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Services } from '../../services';
import { actorOf } from '../middleware/auth';
import { idParam, parse } from '../validate';
import { articleUrl, renderArticlePage } from './article-page';
import { errorMessage, formAction, sideInput, uploadFields, wantsJson } from './forms';

const renderingBody = z.object({ label: z.string().max(200) });

export function renderingsPages(services: Services, config: Config): Router {
  const r = Router();
  const upload = uploadFields(config, ['file']);

  /** POST /articles/:id/renderings — attach a second English rendering, then show the comparison */
  r.post('/articles/:id/renderings', upload, async (req, res) => {
    const articleId = idParam(req, 'id');
    const kept = () => ({
      label: typeof req.body?.label === 'string' ? req.body.label : '',
      text: typeof req.body?.text === 'string' ? req.body.text : '',
    });
    const showForm = (status: number, message: string) =>
      renderArticlePage(
        res,
        services,
        articleId,
        {},
        { rendering: { ...kept(), errors: [message] } },
        status,
      );
    if (req.uploadError) return showForm(req.uploadError.status, errorMessage(req, req.uploadError));
    await formAction(
      req,
      async () => {
        const { label } = parse(renderingBody, req.body);
        const { id } = await services.renderings.add(articleId, {
          label,
          input: sideInput(req, 'file', 'text'),
          author: actorOf(req),
        });
        if (wantsJson(req)) res.status(201).json({ id });
        else res.redirect(303, articleUrl(articleId, `r${id}`, { notice: 'rendering_added' }));
      },
      (err) => showForm(err.status, errorMessage(req, err)),
    );
  });

  return r;
}
