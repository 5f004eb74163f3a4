import { Router } from 'express';
import { z } from 'zod';
import { MQM_CATEGORIES, SEVERITIES } from '../../engine/checks/types';
import type { Services } from '../../services';
import { FLAG_STATUSES, PERSON_FLAG_TYPES } from '../../services/flags.service';
import { actorOf } from '../middleware/auth';
import { closedListQuery, idParam, optionalInt, parse } from '../validate';

/** The flag filters' accepted values (documented in the README; an unknown value is a 400). */
export const FLAG_FILTERS = {
  status: FLAG_STATUSES,
  severity: SEVERITIES,
  category: MQM_CATEGORIES,
  origin: ['person', 'check'],
  type: PERSON_FLAG_TYPES,
} as const;

export const flagBody = z.object({
  segmentId: z.coerce.number().int().positive(),
  relatedSegmentId: optionalInt,
  type: z.string().max(30).optional(),
  category: z.string().max(40),
  severity: z.string().max(20),
  note: z.string().max(5000).optional(),
  suggestion: z.string().max(20000).optional(),
  enStart: optionalInt,
  enEnd: optionalInt,
});

const statusBody = z.object({ status: z.string().max(20), reason: z.string().max(2000).optional() });

export const bulkBody = z.object({
  status: z.string().max(20),
  type: z.string().max(30).optional(),
  severity: z.string().max(20).optional(),
  origin: z.string().max(20).optional(),
  category: z.string().max(40).optional(),
  fromRow: optionalInt,
  toRow: optionalInt,
  possible: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['only', 'hide']).optional()),
  reason: z.string().max(2000).optional(),
});

export const recurringBody = z.object({
  status: z.string().max(20).optional(),
  scope: z.string().max(20).optional(),
  reason: z.string().max(2000).optional(),
});

/** A bulk selection from a body, its closed-list values checked like the list filters. */
export function bulkInput(body: unknown) {
  const { type: _t, severity: _v, origin: _o, category: _c, ...rest } = parse(bulkBody, body);
  const { status: _s, ...lists } = FLAG_FILTERS;
  return { ...rest, ...closedListQuery(body, lists) };
}

export function flagsApi(services: Services): Router {
  const r = Router();

  /** GET /api/articles/:id/flags — flags of an article, filtered by status/severity/category/origin/type */
  r.get('/articles/:id/flags', (req, res) => {
    const filter = closedListQuery(req.query, FLAG_FILTERS);
    res.json(services.flags.list(idParam(req, 'id'), filter));
  });

  /** POST /api/articles/:id/flags — flag a row or a span of its English */
  r.post('/articles/:id/flags', (req, res) => {
    const body = parse(flagBody, req.body);
    const flag = services.flags.create(idParam(req, 'id'), {
      ...body,
      relatedSegmentId: body.relatedSegmentId || null,
      author: actorOf(req),
    });
    res.status(201).json(flag);
  });

  /** POST /api/articles/:id/flags/bulk — accept, dismiss or resolve every open flag a selection takes */
  r.post('/articles/:id/flags/bulk', (req, res) => {
    res.json(services.triage.bulk(idParam(req, 'id'), bulkInput(req.body), actorOf(req)));
  });

  /** PATCH /api/articles/:id/flags/:fid — open, accept, resolve or dismiss (with a reason) */
  r.patch('/articles/:id/flags/:fid', (req, res) => {
    const { status, reason } = parse(statusBody, req.body);
    res.json(
      services.flags.setStatus(idParam(req, 'id'), idParam(req, 'fid', 'flag'), status, actorOf(req), reason),
    );
  });

  /** GET /api/articles/:id/flags/:fid/recurrences — open findings with the same evidence, here and elsewhere */
  r.get('/articles/:id/flags/:fid/recurrences', (req, res) => {
    res.json(services.triage.recurrenceCounts(idParam(req, 'id'), idParam(req, 'fid', 'flag')));
  });

  /** POST /api/articles/:id/flags/:fid/recurring — dismiss (or accept) a finding wherever its evidence recurs */
  r.post('/articles/:id/flags/:fid/recurring', (req, res) => {
    const body = parse(recurringBody, req.body);
    res.json(services.triage.recurring(idParam(req, 'id'), idParam(req, 'fid', 'flag'), body, actorOf(req)));
  });

  /** POST /api/articles/:id/flags/:fid/comments — add to a flag's thread */
  r.post('/articles/:id/flags/:fid/comments', (req, res) => {
    const { body } = parse(z.object({ body: z.string().max(5000) }), req.body);
    const flag = services.flags.comment(idParam(req, 'id'), idParam(req, 'fid', 'flag'), actorOf(req), body);
    res.status(201).json(flag);
  });

  /** POST /api/articles/:id/triage/undo — undo the article's latest triage action */
  r.post('/articles/:id/triage/undo', (req, res) => {
    res.json(services.triage.undo(idParam(req, 'id'), actorOf(req)));
  });

  /** GET /api/articles/:id/triage/history — triage actions, newest first */
  r.get('/articles/:id/triage/history', (req, res) => {
    res.json(services.triage.history(idParam(req, 'id')));
  });

  return r;
}
