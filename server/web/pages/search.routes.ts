import { Router } from 'express';
import type { Services } from '../../services';
import type { SearchResult } from '../../services/search.service';
import { searchQuery } from '../api/search.routes';
import { parse } from '../validate';
import { errorMessage, isFormError } from './forms';

export function searchPages(services: Services): Router {
  const r = Router();

  /** GET /search?q=&page= — rows of every article containing q, grouped by article, each linking to its row */
  r.get('/search', (req, res) => {
    const query = parse(searchQuery, req.query);
    let result: SearchResult | null = null;
    const errors: string[] = [];
    // No query yet is just the empty form; a refused one (too long) is shown beside the form.
    if (query.q.trim()) {
      try {
        result = services.search.search(query);
      } catch (err) {
        if (!isFormError(err)) throw err;
        errors.push(errorMessage(req, err));
        res.status(err.status);
      }
    }
    res.render('search/results', { q: query.q, result, errors });
  });

  return r;
}
