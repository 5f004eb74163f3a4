import { Router } from 'express';
import type { Config } from '../../config';
import type { Services } from '../../services';
import { alignmentApi } from './alignment.routes';
import { articlesApi } from './articles.routes';
import { exportsApi } from './exports.routes';
import { flagsApi } from './flags.routes';
import { glossaryApi } from './glossary.routes';
import { searchApi } from './search.routes';
import { segmentsApi } from './segments.routes';

/** The JSON API under /api/ (documented in the README); errors are {error:{code,message}}. */
export function apiRouter(services: Services, config: Config): Router {
  const r = Router();
  r.use(articlesApi(services, config));
  r.use(segmentsApi(services));
  r.use(flagsApi(services));
  r.use(exportsApi(services));
  r.use(alignmentApi(services));
  r.use(glossaryApi(services, config));
  r.use(searchApi(services));
  return r;
}
