// CSRF tokens (csrf-csrf's signed double-submit cookie) on every state-changing request that
// rides on the session cookie — in addition to the Origin check, which runs first. The token is
// bound to the session, so one minted before login is worthless after it. API tokens are sent
// by scripts, not by browsers on their own, and need none.
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors';
import type { Services } from '../../services';

export const CSRF_COOKIE = 'dz_csrf';
export const CSRF_FIELD = '_csrf';

export function csrfProtection(services: Services) {
  const secret = services.accounts.csrfSecret();
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => secret,
    getSessionIdentifier: (req) => (req.sessionId ? `session:${req.sessionId}` : 'anonymous'),
    cookieName: CSRF_COOKIE,
    cookieOptions: { sameSite: 'lax', path: '/', secure: false, httpOnly: true },
    skipCsrfProtection: (req) => req.actor?.via === 'api',
    getCsrfTokenFromRequest: (req) => {
      const header = req.get('x-csrf-token');
      if (header) return header;
      const body = req.body as Record<string, unknown> | undefined;
      if (typeof body?.[CSRF_FIELD] === 'string') return body[CSRF_FIELD] as string;
      // Multipart bodies are parsed later, by the route's upload step: their forms carry the
      // token in the action URL instead.
      const query = req.query[CSRF_FIELD];
      return req.is('multipart/form-data') && typeof query === 'string' ? query : undefined;
    },
  });
  const refuse = new AppError(403, 'csrf_invalid', 'errors.csrf_invalid');
  return (req: Request, res: Response, next: NextFunction): void => {
    doubleCsrfProtection(req, res, (err?: unknown) => {
      if (err) return next(refuse);
      // Pages print the token into their forms; it is minted (and its cookie set) on first use.
      // A page fetched with an API token needs none: its forms cannot ride on that token.
      let token: string | undefined = req.actor?.via === 'api' ? '' : undefined;
      Object.defineProperty(res.locals, 'csrfToken', {
        configurable: true,
        enumerable: true,
        get() {
          token ??= generateCsrfToken(req, res, { cookieOptions: { secure: req.secure } });
          return token;
        },
      });
      next();
    });
  };
}
