import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence by checking the standard headers (OWASP "verifying origin"): a state-changing
 * request that names another origin is refused. Browsers always send Origin on cross-site
 * POSTs; API clients and tests that send neither header are let through.
 */
export function sameOriginOnly(req: Request, _res: Response, next: NextFunction): void {
  const origin = req.get('origin') ?? refererOrigin(req.get('referer'));
  if (SAFE_METHODS.has(req.method) || !origin || sameHost(origin, req.get('host'))) {
    next();
    return;
  }
  next(new AppError(403, 'cross_origin_request', 'errors.cross_origin_request'));
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    // An unparsable origin (or the opaque 'null') is not ours.
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
