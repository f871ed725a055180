import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from './auth.js';
import { problem } from './problem.js';
import { readJson } from './requestBody.js';
import type { AppEnv, Workbench } from './workbench.js';

const aliasSchema = z.object({ name: z.string().trim().min(1).max(200), placeKey: z.string().trim().min(1).max(200) });
const pinSchema = z.object({
  name: z.string().trim().min(1).max(200),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  countryCode: z.string().regex(/^[A-Za-z]{2}$/, 'expected a two-letter ISO country code'),
});

/**
 * GET /api/review and POST /api/places/alias, /api/places/pin: names waiting for an editor, and settling them;
 * GET /api/review/counts and POST /api/review/counts/:id/accept: lines held for their count, and accepting one.
 */
export function reviewRoutes(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const places = w.ledger.places;

  app.get('/review', async (c) => c.json(await places.reviewQueue()));

  app.get('/review/counts', async (c) => c.json(await w.ledger.heldCounts()));

  app.post('/review/counts/:id/accept', requireRole('editor'), async (c) => {
    const id = Number(c.req.param('id'));
    if (!/^\d{1,15}$/.test(c.req.param('id'))) return problem(c, 400, 'invalid id', 'expected the numeric id of a line held for review (GET /api/review/counts)');
    const result = await w.ledger.acceptHeldCount(id);
    if (!result.ok) return problem(c, 404, 'not held', result.reason);
    return c.json({ accepted: result.accepted });
  });

  app.post('/places/alias', requireRole('editor'), async (c) => {
    const body = await readJson(c, aliasSchema);
    if (!body.ok) return body.response;
    const gazetteer = await places.gazetteer();
    if (!gazetteer.get(body.data.placeKey)) return problem(c, 404, 'unknown place', `no place with key "${body.data.placeKey}" in the gazetteer`);
    const changed = await places.addAlias(body.data.name, body.data.placeKey);
    return c.json({ changed });
  });

  app.post('/places/pin', requireRole('editor'), async (c) => {
    const body = await readJson(c, pinSchema);
    if (!body.ok) return body.response;
    const { place, changed } = await places.pin(body.data.name, body.data.lat, body.data.lon, body.data.countryCode);
    return c.json({ changed, place });
  });

  return app;
}
