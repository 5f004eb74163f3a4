import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import { ValidationError } from '../../errors';
import type { Services } from '../../services';
import { userActor } from '../../services/actor';
import type { LoginLimiter } from '../login-limiter';
import { SESSION_COOKIE, sessionCookieOptions } from '../middleware/auth';
import { errorMessage, formAction, safeReturnPath } from './forms';

const loginBody = z.object({
  login: z.string().max(200).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).optional(),
});

const setupBody = z.object({
  login: z.string().max(200).default(''),
  displayName: z.string().max(200).default(''),
  password: z.string().max(1000).default(''),
  password2: z.string().max(1000).default(''),
});

export function authPages(services: Services, config: Config, limiter: LoginLimiter): Router {
  const r = Router();

  /** Starts a session for `user` (ending the one the browser had) and sets its cookie. */
  function startSession(req: Request, res: Response, user: Parameters<typeof userActor>[0]): void {
    if (req.sessionId && req.actor) services.sessions.end(req.sessionId, req.actor);
    const row = services.accounts.row(user.id)!;
    const { token } = services.sessions.create(
      row,
      { address: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
      userActor(row, 'web'),
    );
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(req, config));
  }

  /** GET /login — the login form (a fresh desk goes to the setup page instead) */
  r.get('/login', (req, res) => {
    if (services.accounts.needsSetup()) return res.redirect(303, '/setup');
    const next = safeReturnPath(req.query.next);
    if (req.actor) return res.redirect(303, next);
    res.render('auth/login', { title: req.t('auth.login_title'), form: { login: '' }, next, errors: [] });
  });

  /** POST /login — same answer for an unknown login and a wrong password; failures are rate-limited */
  r.post('/login', async (req, res) => {
    const body = loginBody.safeParse(req.body ?? {});
    const input = body.success ? body.data : { login: '', password: '', next: undefined };
    const next = safeReturnPath(input.next);
    const address = req.ip ?? 'unknown';
    await formAction(
      req,
      async () => {
        await limiter.check(address, input.login);
        const user = await services.accounts.verifyLogin(input.login, input.password);
        if (!user) {
          await limiter.failed(address, input.login);
          services.accounts.recordFailedLogin(input.login, address);
          throw new ValidationError('login_failed');
        }
        await limiter.succeeded(input.login);
        startSession(req, res, user);
        res.redirect(303, next);
      },
      (err) =>
        res.status(err.code === 'login_failed' ? 401 : err.status).render('auth/login', {
          title: req.t('auth.login_title'),
          form: { login: input.login },
          next,
          errors: [errorMessage(req, err)],
        }),
      res,
    );
  });

  /** POST /logout — ends this browser's session */
  r.post('/logout', (req, res) => {
    if (req.sessionId && req.actor) services.sessions.end(req.sessionId, req.actor);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/login');
  });

  /** GET /setup — the one-time form for the first administrator of a fresh desk */
  r.get('/setup', (req, res) => {
    if (!services.accounts.needsSetup()) return res.redirect(303, '/login');
    res.render('auth/setup', {
      title: req.t('auth.setup_title'),
      form: { login: '', displayName: '' },
      errors: [],
    });
  });

  /** POST /setup — creates the first administrator and logs them in; refused once any account exists */
  r.post('/setup', async (req, res) => {
    const body = setupBody.safeParse(req.body ?? {});
    const input = body.success ? body.data : { login: '', displayName: '', password: '', password2: '' };
    await formAction(
      req,
      async () => {
        if (input.password !== input.password2) throw new ValidationError('passwords_differ');
        const user = await services.accounts.setupFirstAdmin(
          { login: input.login, displayName: input.displayName, password: input.password },
          (u) => userActor(u, 'web'),
        );
        startSession(req, res, {
          id: user.id,
          login: user.login,
          display_name: user.displayName,
          role: user.role,
        });
        res.redirect(303, '/articles');
      },
      (err) =>
        res.status(err.status).render('auth/setup', {
          title: req.t('auth.setup_title'),
          form: { login: input.login, displayName: input.displayName },
          errors: [errorMessage(req, err)],
        }),
      res,
    );
  });

  return r;
}
