import { createApiTokensRepo } from './api-tokens.repo';
import { createArticlesRepo } from './articles.repo';
import { createAuditRepo } from './audit.repo';
import type { DB } from './connection';
import { createFlagsRepo } from './flags.repo';
import { createGlossaryRepo } from './glossary.repo';
import { createMetaRepo } from './meta.repo';
import { createNotesRepo } from './notes.repo';
import { createRealignRepo } from './realign.repo';
import { createRenderingsRepo } from './renderings.repo';
import { createRevisionsRepo } from './revisions.repo';
import { createSearchRepo } from './search.repo';
import { createSegmentsRepo } from './segments.repo';
import { createSessionsRepo } from './sessions.repo';
import { createSourcesRepo } from './sources.repo';
import { createTriageRepo } from './triage.repo';
import { createUsersRepo } from './users.repo';

/** Every repository over one connection; statements are prepared once here. */
export function createRepos(db: DB) {
  return {
    articles: createArticlesRepo(db),
    sources: createSourcesRepo(db),
    segments: createSegmentsRepo(db),
    revisions: createRevisionsRepo(db),
    flags: createFlagsRepo(db),
    renderings: createRenderingsRepo(db),
    notes: createNotesRepo(db),
    realign: createRealignRepo(db),
    audit: createAuditRepo(db),
    glossary: createGlossaryRepo(db),
    search: createSearchRepo(db),
    users: createUsersRepo(db),
    sessions: createSessionsRepo(db),
    apiTokens: createApiTokensRepo(db),
    meta: createMetaRepo(db),
    triage: createTriageRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
