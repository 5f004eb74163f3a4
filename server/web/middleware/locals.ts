import type { NextFunction, Request, Response } from 'express';
import { uiLanguage } from '../../i18n';
import { sharedTranslator } from '../pages/labels';

/** The login of whoever is acting (authenticate() ran; anonymous requests never reach a route that asks). */
export function currentUser(req: Request): string {
  return req.actor?.name ?? '';
}

/** Values every view needs: t(), the UI language, the current path (the actor comes from authenticate()). */
export function localsMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.locals.t = sharedTranslator(req.t);
  res.locals.lang = uiLanguage(req.language);
  res.locals.currentPath = req.originalUrl;
  next();
}
