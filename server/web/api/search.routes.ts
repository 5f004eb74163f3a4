import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services';
import { optionalInt, parse } from '../validate';

// Generous at the edge; the service answers search_empty_query / search_query_too_long.
export const searchQuery = z.object({
  q: z.string().max(2000).default(''),
  page: optionalInt,
  pageSize: optionalInt,
  /** Keyset paging: the `next` of the previous page. */
  after: optionalInt,
});

export function searchApi(services: Services): Router {
  const r = Router();

  /** GET /api/search?q=&page=&pageSize=&after= — rows of every article containing q, grouped by article */
  r.get('/search', (req, res) => {
    const q = parse(searchQuery, req.query);
    res.json(services.search.search(q));
  });

  return r;
}
