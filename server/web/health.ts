import type { Request, Response } from 'express';
import type { DB } from '../db/connection';

/**
 * GET /healthz — for a supervisor or load balancer: 200 while the database answers, 503 when
 * it does not or while the desk is shutting down. Needs no login and reads no body.
 */
export function healthz(db: DB) {
  return (req: Request, res: Response): void => {
    res.set('Cache-Control', 'no-store');
    if (req.app.locals.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      const schema = db.pragma('user_version', { simple: true }) as number;
      db.prepare('SELECT 1').get();
      res.json({ status: 'ok', schema, uptime: Math.round(process.uptime()) });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  };
}
