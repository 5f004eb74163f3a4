import type { NextFunction, Request, Response } from 'express';
import { AppError, BusyError } from '../../errors';

interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
}

/** Maps errors of the libraries we use (body parser, multer) to our stable codes. */
function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as HttpishError;
  if (e.type === 'entity.too.large' || e.code === 'LIMIT_FILE_SIZE' || e.code === 'LIMIT_FIELD_VALUE')
    return new AppError(413, 'payload_too_large', 'errors.payload_too_large');
  if (e.type === 'entity.parse.failed') return new AppError(400, 'bad_json', 'errors.bad_json');
  if (typeof e.code === 'string' && e.code.startsWith('LIMIT_'))
    return new AppError(400, 'bad_upload', 'errors.bad_upload');
  if (e.type === 'charset.unsupported' || e.type === 'encoding.unsupported')
    return new AppError(415, 'unsupported_encoding', 'errors.unsupported_encoding');
  const status = e.status ?? e.statusCode;
  if (status && status >= 400 && status < 500)
    return new AppError(status, 'bad_request', 'errors.bad_request');
  return new AppError(500, 'internal_error', 'errors.internal_error');
}

export function wantsJson(req: Request): boolean {
  return req.originalUrl.startsWith('/api/') || req.accepts(['html', 'json']) === 'json';
}

export function notFoundHandler(_req: Request, _res: Response, next: NextFunction): void {
  next(new AppError(404, 'not_found', 'errors.not_found'));
}

/** The one error handler: a JSON body for the API and fetch(), a page for browsers. */
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  const appErr = toAppError(err);
  // a stack only for real failures; a busy pool is expected under load
  if (appErr.status >= 500 && !(appErr instanceof BusyError)) console.error(err);
  const message = req.t ? req.t(appErr.i18nKey, appErr.params) : appErr.code;
  if (res.headersSent) return;
  res.status(appErr.status);
  if (appErr instanceof BusyError) res.set('Retry-After', String(appErr.retryAfter));
  if (wantsJson(req)) {
    res.json({ error: { code: appErr.code, message, params: appErr.params } });
    return;
  }
  res.render('error', { status: appErr.status, code: appErr.code, message, title: message });
}
