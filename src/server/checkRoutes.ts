import { Hono } from 'hono';
import { z } from 'zod';
import { parseDay } from '../analysis/index.js';
import { checkClaim, checkDocument, claimDepsFor, fetchArticle, type CheckDeps } from '../claims/index.js';
import { fetchUnder, publicAddressesOnly, type DatedBy } from '../ingest/index.js';
import { datedBySchema } from './dating.js';
import { problem } from './problem.js';
import { readJson } from './requestBody.js';
import type { AppEnv, Workbench } from './workbench.js';

const day = z.string().refine((s) => parseDay(s).ok, 'expected a real day as YYYY-MM-DD');
const checkSchema = z.object({ sentence: z.string().trim().min(1, 'sentence is empty').max(2000), as_of: day.optional(), dated_by: datedBySchema });
const articleSchema = z
  .object({ text: z.string().trim().min(1, 'text is empty').max(200_000).optional(), url: z.url({ protocol: /^https?$/ }).max(2000).optional(), as_of: day.optional(), dated_by: datedBySchema })
  .refine((b) => (b.text === undefined) !== (b.url === undefined), { message: 'give either text or url' });

/**
 * The claim checker's routes: a sentence (POST /check) and an article, pasted or fetched from a URL (POST
 * /check/article). Both only read the ledger; they are POSTs because sentences and articles are long. A URL
 * is fetched only from public addresses unless the instance allows private ones, as imports are.
 */
export function checkRoutes(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const fetchImpl = w.options.allowPrivateUrls ? fetch : fetchUnder(w.options.urlPolicy ?? publicAddressesOnly());
  const depsFor = async (asOf: string | undefined, source: string, datedBy: DatedBy): Promise<CheckDeps> => {
    const deps = await claimDepsFor(w.ledger, w.today(), datedBy);
    return asOf ? { ...deps, asOf: { day: asOf, source } } : deps;
  };
  const future = (asOf: string | undefined) => asOf !== undefined && asOf > w.today();

  app.post('/check', async (c) => {
    const body = await readJson(c, checkSchema);
    if (!body.ok) return body.response;
    if (future(body.data.as_of)) return problem(c, 400, 'invalid body', `as_of: ${body.data.as_of} is after today (${w.today()})`);
    return c.json(await checkClaim(body.data.sentence, await depsFor(body.data.as_of, 'as_of', body.data.dated_by)));
  });

  app.post('/check/article', async (c) => {
    const body = await readJson(c, articleSchema);
    if (!body.ok) return body.response;
    const { text, url, as_of, dated_by } = body.data;
    if (future(as_of)) return problem(c, 400, 'invalid body', `as_of: ${as_of} is after today (${w.today()})`);
    let document = text ?? '';
    let title: string | null = null;
    let pageDate: { day: string; source: string } | null = null;
    if (url !== undefined) {
      const page = await fetchArticle(url, fetchImpl);
      if (!page.ok) return problem(c, 422, 'cannot read the page', page.reason);
      document = page.article.text;
      title = page.article.title;
      if (page.article.date && page.article.date <= w.today()) pageDate = { day: page.article.date, source: page.article.dateSource ?? 'the page' };
    }
    const deps = await depsFor(as_of, 'as_of', dated_by);
    const answer = await checkDocument(document, as_of || !pageDate ? deps : { ...deps, asOf: pageDate });
    const summary: Record<string, number> = {};
    for (const claim of answer.claims) summary[claim.verdict] = (summary[claim.verdict] ?? 0) + 1;
    return c.json({ ...(url !== undefined ? { url } : {}), title, as_of: answer.as_of, summary, claims: answer.claims });
  });

  return app;
}
