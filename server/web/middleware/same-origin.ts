import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors';
import { hostName } from './allowed-hosts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence by checking the standard headers (OWASP "verifying origin"): a state-changing
 * request whose Origin (or Referer) names a host the desk is not configured for is refused.
 * The allowed names come from the configuration, never from the request's own Host header,
 * which an attacker controls under DNS rebinding. Browsers always send Origin on cross-site
 * POSTs; API clients and tests that send neither header are let through.
 */
export function sameOriginOnly(allowed: readonly string[]) {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return (req: Request, _res: Response, next: NextFunction): void => {
    const origin = req.get('origin') ?? refererOrigin(req.get('referer'));
    if (SAFE_METHODS.has(req.method) || !origin || ours(origin, names)) {
      next();
      return;
    }
    next(new AppError(403, 'cross_origin_request', 'errors.cross_origin_request'));
  };
}

function ours(origin: string, names: ReadonlySet<string>): boolean {
  try {
    // An unparsable origin (or the opaque 'null') is not ours.
    const url = new URL(origin);
    const name = hostName(url.host);
    return (url.protocol === 'http:' || url.protocol === 'https:') && name !== null && names.has(name);
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
