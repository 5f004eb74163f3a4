import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors';

// The body types some route understands; anything else (text/plain, XML, raw bytes) is
// refused before a handler could mistake an absent body for an empty form.
const ACCEPTED_BODIES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

function hasBody(req: Request): boolean {
  const length = req.get('content-length');
  return req.get('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

/** 415 for a body of a type no route reads; an absent body becomes `{}` for the handlers. */
export function acceptedBodies(req: Request, _res: Response, next: NextFunction): void {
  if (hasBody(req) && !req.is(ACCEPTED_BODIES)) {
    next(new AppError(415, 'unsupported_media_type', 'errors.unsupported_media_type'));
    return;
  }
  next();
}

export function defaultBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.body === undefined || req.body === null) req.body = {};
  next();
}

// In unicode mode a surrogate range only matches a surrogate that is not part of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** True when some string in the value (nested objects and arrays included) holds a lone surrogate. */
export function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value)) {
    if (LONE_SURROGATE.test(k) || hasLoneSurrogate(v, depth + 1)) return true;
  }
  return false;
}

/**
 * JSON can carry "\ud800" escapes that UTF-8 cannot store: SQLite would keep a replacement
 * character and the editor would read back something else than was saved. Refused instead.
 * Form and multipart bodies decode from UTF-8 bytes and so never hold one.
 */
export function wellFormedText(req: Request, _res: Response, next: NextFunction): void {
  if (hasLoneSurrogate(req.body) || hasLoneSurrogate(req.query)) {
    next(new AppError(400, 'malformed_text', 'errors.malformed_text'));
    return;
  }
  next();
}
