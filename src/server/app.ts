import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { QueryError, type Ledger } from '../store/index.js';
import { placesRoutes } from './placesRoutes.js';
import { strikesRoutes } from './strikesRoutes.js';
import { problem } from './problem.js';
import { homePage } from './homePage.js';

/** The HTTP application over one ledger: JSON API under /api, a summary page at /. */
export function createApp(ledger: Ledger): Hono {
  const app = new Hono();
  app.use('*', secureHeaders());
  app.get('/', async (c) => c.html(homePage(await ledger.stats())));
  app.get('/api/stats', async (c) => c.json(await ledger.stats()));
  app.route('/api/strikes', strikesRoutes(ledger));
  app.route('/api/places', placesRoutes(ledger));
  app.notFound((c) => problem(c, 404, 'not found', `no route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof QueryError) return problem(c, 400, 'invalid query', error.message);
    console.error(error);
    return problem(c, 500, 'internal error', 'the server could not answer; the ledger is unchanged');
  });
  return app;
}
