import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from './auth.js';
import { readJson } from './requestBody.js';
import type { AppEnv, Workbench } from './workbench.js';

const settingsSchema = z.object({ private: z.boolean() }).partial();

/** GET and POST /api/settings: an admin reads and changes instance settings (a private workbench). */
export function settingsRoutes(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const answer = async (stored: { private: boolean }) => ({ ...stored, privateByEnvironment: Boolean(w.options.private) });
  app.get('/settings', requireRole('admin'), async (c) => c.json(await answer(await w.settings.read())));
  app.post('/settings', requireRole('admin'), async (c) => {
    const body = await readJson(c, settingsSchema);
    if (!body.ok) return body.response;
    return c.json(await answer(await w.settings.write(body.data)));
  });
  return app;
}
