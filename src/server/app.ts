import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { QueryError, type Ledger } from '../store/index.js';
import { analysesRoutes } from './analysesRoutes.js';
import { analysisPages } from './analysisPages.js';
import { csrfGuard, visitorMiddleware } from './auth.js';
import { authRoutes } from './authRoutes.js';
import { controlRoutes } from './controlRoutes.js';
import { homePage } from './homePage.js';
import { importRoutes } from './importRoutes.js';
import { openApiDocument } from './openapi.js';
import { placesRoutes } from './placesRoutes.js';
import { problem } from './problem.js';
import { readCache } from './readCache.js';
import { reviewRoutes } from './reviewRoutes.js';
import { settingsRoutes } from './settingsRoutes.js';
import { strikesRoutes } from './strikesRoutes.js';
import { releasesRoutes } from './releasesRoutes.js';
import { checkRoutes } from './checkRoutes.js';
import { exploreRoutes } from './exploreRoutes.js';
import { staticAssets } from './staticAssets.js';
import { storableText } from './storableText.js';
import { workbenchFor, type AppEnv, type AppOptions, type Workbench } from './workbench.js';

/** Largest request body outside imports (an analysis's Markdown is the biggest). */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

/**
 * The HTTP application over one ledger: JSON API under /api, published analyses under /analyses.
 * Every request passes, in order: security headers, the visitor (session or anonymous cookie, private
 * instance gate), the CSRF check for writes under /api, the cache of public reads, the body limit, the check
 * for text the database would refuse, then the route, which checks the role it needs.
 */
export function createApp(ledger: Ledger, options: AppOptions = {}): Hono<AppEnv> {
  const w = workbenchFor(ledger, options);
  const app = new Hono<AppEnv>();
  app.use('*', secureHeaders({
    xFrameOptions: 'DENY',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'https:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  }));
  app.use('*', visitorMiddleware(w));
  app.use('/api/*', csrfGuard());
  app.use('/api/*', readCache({ maxBytes: options.readCacheBytes }));
  const smallBodies = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: (c) => problem(c, 413, 'body too large', `at most ${MAX_JSON_BYTES} bytes`) });
  app.use('/api/*', (c, next) => (c.req.path === '/api/import' ? next() : smallBodies(c, next)));
  // text the database would refuse (NUL) is a 400 naming the field, on every route; imports check their body later
  app.use('*', storableText('/api/import'));

  app.use('*', staticAssets());
  app.get('/', async (c) => c.html(homePage(await ledger.stats())));
  app.get('/api/stats', async (c) => c.json(await ledger.stats()));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api', authRoutes(w));
  app.route('/api/strikes', strikesRoutes(ledger));
  app.route('/api/releases', releasesRoutes(ledger));
  app.route('/api/places', placesRoutes(ledger));
  app.route('/api', reviewRoutes(w));
  app.route('/api', controlRoutes(w));
  app.route('/api', importRoutes(w));
  app.route('/api', settingsRoutes(w));
  app.route('/api/analyses', analysesRoutes(w));
  app.route('/', analysisPages(w));
  mountExploreRoutes(app, w);

  app.notFound((c) => problem(c, 404, 'not found', `no route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof QueryError) return problem(c, 400, 'invalid query', error.message);
    console.error(error);
    return problem(c, 500, 'internal error', 'the server could not answer; the ledger is unchanged');
  });
  return app;
}

/**
 * The workbench's read-only routes (counts, series, place pages, claim checks) and its pages. They sit behind
 * the same headers, visitor and CSRF middleware as everything else; document new ones in openapi.ts.
 */
function mountExploreRoutes(app: Hono<AppEnv>, w: Workbench): void {
  // read-only explore routes are mounted by mountExploreRoutes
  app.route('/api', exploreRoutes(w.ledger));
  app.route('/api', checkRoutes(w));
}
