import { Hono } from 'hono';
import { z } from 'zod';
import { parseDay } from '../analysis/index.js';
import type { Ledger } from '../store/index.js';
import { problem } from './problem.js';

const day = z.string().refine((s) => parseDay(s).ok, 'expected a real day as YYYY-MM-DD');
const listSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  flagged: z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true').optional(),
});

/**
 * GET /api/releases (by report day; `flagged=1`: only those whose stated totals differ from their lines, or with
 * lines not parsed) and GET /api/releases/:which (an id, or a report day for its daily release), as `releases
 * list` and `releases show` give them.
 */
export function releasesRoutes(ledger: Ledger): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const parsed = listSchema.safeParse(c.req.query());
    if (!parsed.success) return problem(c, 400, 'invalid query', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return c.json({ releases: await ledger.releases(parsed.data) });
  });
  app.get('/:which', async (c) => {
    const which = c.req.param('which');
    const selector = /^\d{1,15}$/.test(which) ? { id: Number(which) } : parseDay(which).ok ? { day: which } : null;
    if (selector === null) return problem(c, 400, 'invalid release', 'give a release id or a report day as YYYY-MM-DD');
    const release = await ledger.release(selector);
    return release === null ? problem(c, 404, 'no such release', `no release ${'id' in selector ? `with id ${which}` : `issued on ${which}`}`) : c.json(release);
  });
  return app;
}
