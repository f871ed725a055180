import { Hono } from 'hono';
import { z } from 'zod';
import { parseDay } from '../analysis/index.js';
import { hasRole, SLUG_PATTERN, type Analysis } from '../store/index.js';
import { renderAnalysisBody } from './analysisRender.js';
import { renderArticle } from './analysisPages.js';
import { requireRole } from './auth.js';
import { problem } from './problem.js';
import { readJson } from './requestBody.js';
import type { AppEnv, Workbench } from './workbench.js';

const day = z.string().refine((s) => parseDay(s).ok, 'expected a real day as YYYY-MM-DD');
const fields = {
  title: z.string().trim().min(1).max(300),
  bodyMd: z.string().max(1_000_000),
  date: day,
  series: z.string().trim().max(200),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
};
const createSchema = z.object({ slug: z.string().regex(SLUG_PATTERN, 'lowercase letters, digits and single hyphens').max(100).optional(), ...fields })
  .partial({ series: true, tags: true });
const updateSchema = z.object(fields).partial();
const previewSchema = z.object({ bodyMd: z.string().max(1_000_000) });

/** /api/analyses: editors write and publish analyses; everyone reads the published ones. */
export function analysesRoutes(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const isEditor = (c: { get(key: 'visitor'): { member: { role: 'viewer' | 'editor' | 'admin' } | null } }) => {
    const member = c.get('visitor').member;
    return member !== null && hasRole(member.role, 'editor');
  };

  app.get('/', async (c) => c.json({ analyses: await w.analyses.list({ drafts: isEditor(c) }) }));

  app.post('/preview', requireRole('editor'), async (c) => {
    const body = await readJson(c, previewSchema);
    if (!body.ok) return body.response;
    return c.json({ html: await renderAnalysisBody(w.ledger, body.data.bodyMd, w.today()) });
  });

  app.post('/', requireRole('editor'), async (c) => {
    const body = await readJson(c, createSchema);
    if (!body.ok) return body.response;
    const result = await w.analyses.create(body.data, c.get('visitor').member!.id);
    if (!result.ok) return problem(c, 409, 'slug taken', result.reason);
    return c.json(result.analysis, 201);
  });

  app.get('/:slug', async (c) => {
    const analysis = await w.analyses.get(c.req.param('slug'));
    if (!analysis || (analysis.status !== 'published' && !isEditor(c))) return notFound(c, c.req.param('slug'));
    return c.json(analysis);
  });

  app.put('/:slug', requireRole('editor'), async (c) => {
    const body = await readJson(c, updateSchema);
    if (!body.ok) return body.response;
    const analysis = await w.analyses.update(c.req.param('slug'), body.data);
    return analysis ? c.json(analysis) : notFound(c, c.req.param('slug'));
  });

  app.post('/:slug/publish', requireRole('editor'), async (c) => {
    const slug = c.req.param('slug');
    const draft = await w.analyses.get(slug);
    if (!draft) return notFound(c, slug);
    const html = await renderArticle(w.ledger, draft, w.today());
    const published: Analysis | null = await w.analyses.publish(slug, html);
    return published ? c.json(published) : notFound(c, slug);
  });

  return app;
}

const notFound = (c: Parameters<typeof problem>[0], slug: string) => problem(c, 404, 'not found', `no analysis "${slug}"`);
