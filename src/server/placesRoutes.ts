import { Hono } from 'hono';
import { z } from 'zod';
import type { Ledger } from '../store/index.js';
import { problem } from './problem.js';

const resolveSchema = z.object({ name: z.string().min(1).max(200), country: z.string().max(100).optional() });

/** GET /api/places/resolve and /api/places/review: how names resolve, and the names waiting for an editor. */
export function placesRoutes(ledger: Ledger): Hono {
  const app = new Hono();
  app.get('/resolve', async (c) => {
    const parsed = resolveSchema.safeParse(c.req.query());
    if (!parsed.success) return problem(c, 400, 'invalid query', 'name is required');
    return c.json(await ledger.places.resolve(parsed.data.name, parsed.data.country ?? ''));
  });
  app.get('/review', async (c) => c.json(await ledger.places.reviewQueue()));
  return app;
}
