import type { Config } from '../config';
import { createRepos } from '../db';
import type { DB } from '../db/connection';
import { createAccountsService } from './accounts.service';
import { createActivityService } from './activity.service';
import { createArticlesService } from './articles.service';
import { createEngine, type Engine } from './engine';
import { createExportsService } from './exports.service';
import { createFlagsService } from './flags.service';
import { createGlossaryService } from './glossary.service';
import type { ScryptCost } from './passwords';
import { createRealignService } from './realign.service';
import { createRenderingsService } from './renderings.service';
import { createSearchService } from './search.service';
import { createSegmentsService } from './segments.service';
import { createSessionsService } from './sessions.service';
import { createTokensService } from './tokens.service';

export interface ServiceOptions {
  /** The clock sessions expire by (tests move it). */
  now?: () => number;
  passwordCost?: ScryptCost;
}

import { createTriageService } from './triage.service';

/** Every use case of the desk over one database; routes and the CLI call these. */
export function createServices(
  db: DB,
  config: Config,
  engine: Engine = createEngine(),
  opts: ServiceOptions = {},
) {
  const repos = createRepos(db);
  const articles = createArticlesService(db, repos, engine, config);
  const triage = createTriageService(db, repos);
  return {
    articles,
    segments: createSegmentsService(db, repos, engine),
    flags: createFlagsService(db, repos, triage),
    triage,
    renderings: createRenderingsService(db, repos, engine, config),
    exports: createExportsService(repos, engine, articles),
    realign: createRealignService(db, repos, engine),
    glossary: createGlossaryService(db, repos, config),
    search: createSearchService(repos),
    accounts: createAccountsService(db, repos, { cost: opts.passwordCost }),
    sessions: createSessionsService(db, repos, {
      idleMs: config.sessionIdleMs,
      absoluteMs: config.sessionAbsoluteMs,
      now: opts.now,
    }),
    tokens: createTokensService(db, repos),
    activity: createActivityService(repos),
    engine,
  };
}
export type Services = ReturnType<typeof createServices>;
export type { TextInput } from './engine';
