import { Hono } from 'hono';
import { z } from 'zod';
import { parseDay } from '../analysis/index.js';
import { requireRole } from './auth.js';
import { problem } from './problem.js';
import { readJson } from './requestBody.js';
import type { AppEnv, Workbench } from './workbench.js';

const day = z.string().refine((s) => parseDay(s).ok, 'expected a real day as YYYY-MM-DD');
const periodSchema = z
  .object({
    place: z.string().trim().min(1).max(200),
    holder: z.string().trim().min(1).max(100),
    from: day,
    to: day.optional(),
    note: z.string().max(2000).optional(),
    source: z.string().max(2000).optional(),
  })
  .refine((p) => !p.to || p.to >= p.from, { message: 'to is before from', path: ['to'] });

/** POST /api/control: an editor adds a period of control for a place. */
export function controlRoutes(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/control', requireRole('editor'), async (c) => {
    const body = await readJson(c, periodSchema);
    if (!body.ok) return body.response;
    const { place: name, ...period } = body.data;
    const place = await w.ledger.knownPlace(name);
    if (!place) return problem(c, 404, 'unknown place', `no place called "${name}" in the ledger's countries (names match exactly, ignoring case, accents and "al-")`);
    const result = await w.ledger.addControlPeriod({ placeKey: place.key, ...period });
    if (!result.ok) return c.json({ error: 'period not stored', detail: result.problems.map((p) => p.message).join('; '), problems: result.problems }, 422);
    return c.json({ place, periods: result.periods });
  });
  return app;
}
