import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import { ValidationError } from '../../errors';
import type { Services } from '../../services';
import { actorOf, SESSION_COOKIE } from '../middleware/auth';
import { idParam, parse } from '../validate';
import { errorMessage, formAction } from './forms';

const passwordBody = z.object({
  current: z.string().max(1000).default(''),
  password: z.string().max(1000).default(''),
  password2: z.string().max(1000).default(''),
});

/** The signed-in person's own account: password, API tokens, sessions. */
export function settingsPages(services: Services, _config: Config): Router {
  const r = Router();

  function render(req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200): void {
    const actor = actorOf(req);
    const userId = actor.userId!;
    res.status(status).render('settings/account', {
      title: req.t('settings.title'),
      account: services.accounts.get(userId),
      tokens: services.tokens.list(userId),
      sessions: services.sessions.list(userId),
      currentSession: req.sessionId ?? null,
      newToken: null,
      passwordErrors: [],
      tokenErrors: [],
      ...extra,
    });
  }

  /** GET /settings — account, password, API tokens, sessions */
  r.get('/settings', (req, res) => render(req, res));

  /** POST /settings/password — change one's own password (ends every other session too) */
  r.post('/settings/password', async (req, res) => {
    const body = parse(passwordBody, req.body);
    const actor = actorOf(req);
    await formAction(
      req,
      async () => {
        if (body.password !== body.password2) throw new ValidationError('passwords_differ');
        await services.accounts.changeOwnPassword(actor.userId!, body.current, body.password, actor);
        res.clearCookie(SESSION_COOKIE, { path: '/' });
        res.redirect(303, '/login?notice=password_changed');
      },
      (err) => render(req, res, { passwordErrors: [errorMessage(req, err)] }, err.status),
      res,
    );
  });

  /** POST /settings/tokens — make an API token; the page shows it this once */
  r.post('/settings/tokens', async (req, res) => {
    const { label } = parse(z.object({ label: z.string().max(1000).default('') }), req.body);
    const actor = actorOf(req);
    await formAction(
      req,
      () => {
        const { token } = services.tokens.create(actor.userId!, label, actor);
        res.set('Cache-Control', 'no-store');
        render(req, res, { newToken: token }, 201);
      },
      (err) => render(req, res, { tokenErrors: [errorMessage(req, err)] }, err.status),
      res,
    );
  });

  /** POST /settings/tokens/:id/revoke — the token stops working at once */
  r.post('/settings/tokens/:id/revoke', (req, res) => {
    const actor = actorOf(req);
    services.tokens.revoke(actor.userId!, idParam(req, 'id', 'token'), actor);
    res.redirect(303, '/settings?notice=token_revoked');
  });

  /** POST /settings/logout-all — end every session of this account, this one included */
  r.post('/settings/logout-all', (req, res) => {
    const actor = actorOf(req);
    services.sessions.endAll(actor.userId!, actor);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/login?notice=logged_out_everywhere');
  });

  return r;
}
