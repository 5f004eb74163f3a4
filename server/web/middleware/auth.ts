// Who is asking: an API token (Authorization: Bearer …) or a session cookie. Everything but the
// login and first-administrator pages needs one of them: pages send anonymous visitors to the
// login page (or to the setup page on a fresh desk), the API answers 401.
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import type { Services } from '../../services';
import { type Actor, userActor } from '../../services/actor';
import { permissionsOf } from '../../services/permissions';
import { wantsJson } from './errors';

export const SESSION_COOKIE = 'dz_session';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    /** The browser session behind the request (absent for API tokens). */
    sessionId?: number;
  }
}

/** Paths anyone may reach: logging in, setting up a fresh desk. (Static assets are served earlier.) */
const PUBLIC_PATHS = new Set(['/login', '/setup']);

export function sessionCookieOptions(req: Request, config: Config) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    // Behind a TLS-terminating proxy (TRUST_PROXY) req.secure reflects the original scheme.
    secure: req.secure,
    path: '/',
    maxAge: config.sessionAbsoluteMs,
  };
}

function bearer(req: Request): string | undefined {
  const header = req.get('authorization');
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m ? m[1] : undefined;
}

/** Sets req.actor from a bearer token or the session cookie; a wrong token is refused outright. */
export function authenticate(services: Services) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.get('authorization');
    if (header !== undefined) {
      const user = services.tokens.authenticate(bearer(req));
      if (!user) {
        next(new AppError(401, 'invalid_token', 'errors.invalid_token'));
        return;
      }
      req.actor = userActor(user, 'api');
    } else {
      const found = services.sessions.authenticate(req.cookies?.[SESSION_COOKIE]);
      if (found) {
        req.actor = userActor(found.user, 'web');
        req.sessionId = found.session.id;
      }
    }
    res.locals.actor = req.actor ?? null;
    res.locals.user = req.actor?.name ?? '';
    res.locals.can = req.actor ? permissionsOf(req.actor.role) : {};
    res.locals.accountsSince = services.accounts.accountsSince();
    next();
  };
}

/** Anonymous requests stop here, except for the public pages. */
export function requireSignedIn(services: Services) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.actor || PUBLIC_PATHS.has(req.path)) {
      next();
      return;
    }
    if (req.originalUrl.startsWith('/api/') || wantsJson(req) || !['GET', 'HEAD'].includes(req.method)) {
      next(new AppError(401, 'unauthenticated', 'errors.unauthenticated'));
      return;
    }
    if (services.accounts.needsSetup()) {
      res.redirect(303, '/setup');
      return;
    }
    const back = req.originalUrl === '/' ? '' : `?next=${encodeURIComponent(req.originalUrl)}`;
    res.redirect(303, `/login${back}`);
  };
}

/** The signed-in actor of a request that passed requireSignedIn. */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw new AppError(401, 'unauthenticated', 'errors.unauthenticated');
  return req.actor;
}
