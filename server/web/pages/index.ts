import { Router } from 'express';
import type { Config } from '../../config';
import type { Services } from '../../services';
import type { LoginLimiter } from '../login-limiter';
import { accountsPages } from './accounts.routes';
import { activityPages } from './activity.routes';
import { alignmentPages } from './alignment.routes';
import { articlesPages } from './articles.routes';
import { authPages } from './auth.routes';
import { exportsPages } from './exports.routes';
import { flagsPages } from './flags.routes';
import { glossaryPages } from './glossary.routes';
import { renderingsPages } from './renderings.routes';
import { searchPages } from './search.routes';
import { segmentsPages } from './segments.routes';
import { settingsPages } from './settings.routes';
import { triagePages } from './triage.routes';
import { helpersMiddleware } from './view-helpers';

/**
 * The server-rendered desk. Every action is a plain form (POST, then redirect); the same routes
 * answer JSON to desk.js when it asks with Accept: application/json.
 */
export function pagesRouter(services: Services, config: Config, limiter: LoginLimiter): Router {
  const r = Router();
  r.use(helpersMiddleware);
  /** GET /favicon.ico — browsers and bookmark tools ask here whatever the page links */
  r.get('/favicon.ico', (_req, res) => res.redirect(301, '/assets/favicon.svg'));
  r.use(authPages(services, config, limiter));
  r.use(articlesPages(services, config));
  r.use(segmentsPages(services));
  r.use(alignmentPages(services));
  r.use(triagePages(services));
  r.use(flagsPages(services));
  r.use(renderingsPages(services, config));
  r.use(exportsPages(services));
  r.use(settingsPages(services, config));
  r.use(glossaryPages(services, config));
  r.use(searchPages(services));
  r.use(activityPages(services));
  r.use(accountsPages(services));
  return r;
}
