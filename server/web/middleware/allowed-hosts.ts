import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors';

/** A Host header's or URL's host name, lower-case, without port or IPv6 brackets; null when unparsable. */
export function hostName(host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * DNS rebinding defence: a page on rebind.evil.example whose name now resolves to this machine
 * sends "Host: rebind.evil.example" and, being same-origin with itself, would pass any check
 * that compares Origin with Host. Only the names the desk is configured for are answered
 * (421 Misdirected Request otherwise), before anything else reads the request.
 */
export function allowedHostsOnly(allowed: readonly string[]) {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return (req: Request, _res: Response, next: NextFunction): void => {
    const name = hostName(req.get('host'));
    if (name && names.has(name)) {
      next();
      return;
    }
    next(new AppError(421, 'host_not_allowed', 'errors.host_not_allowed', { host: req.get('host') ?? '' }));
  };
}
