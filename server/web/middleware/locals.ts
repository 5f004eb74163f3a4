import type { NextFunction, Request, Response } from 'express';
import { uiLanguage } from '../../i18n';
import { cachedTranslator } from '../pages/labels';

export const USER_COOKIE = 'dz_user';
const USER_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;

/** Who is working: the X-User header (API clients), the name cookie, else "editor". */
export function currentUser(req: Request): string {
  const fromHeader = req.get('x-user');
  const candidate = fromHeader ?? (req.cookies?.[USER_COOKIE] as string | undefined);
  return candidate && USER_NAME.test(candidate) ? candidate : 'editor';
}

export function isValidUserName(name: string): boolean {
  return USER_NAME.test(name);
}

/** Values every view needs: t(), the UI language, the user, the current path. */
export function localsMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.locals.t = cachedTranslator(req.t);
  res.locals.lang = uiLanguage(req.language);
  res.locals.user = currentUser(req);
  res.locals.currentPath = req.originalUrl;
  next();
}
