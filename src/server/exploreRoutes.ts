import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { countReport, parseDay, type Window } from '../analysis/index.js';
import { exploreCells, exploreRecords, exploreTargets, type ExploreFilter, type Ledger } from '../store/index.js';
import { problem } from './problem.js';
import { datedBySchema } from './dating.js';

const day = z.string().refine((s) => parseDay(s).ok, 'expected a real day as YYYY-MM-DD');
const flag = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true');
const filterShape = {
  from: day.optional(),
  to: day.optional(),
  country: z.string().min(1).max(100).optional(),
  near: z.string().min(1).max(200).optional(),
  radius_km: z.coerce.number().min(0).max(20_000).optional(),
  dated_by: datedBySchema,
};
const countSchema = z.object({
  ...filterShape,
  by: z.enum(['day', 'week', 'month']).optional(),
  split_control: flag.optional(),
  streaks: z.coerce.number().int().min(1).max(100).optional(),
  targets: flag.optional(),
});
const exploreSchema = z.object({ ...filterShape, target: z.string().min(1).max(100).optional(), limit: z.coerce.number().int().min(0).max(1000).default(200) });
const recordsSchema = z.object({
  ...filterShape,
  target: z.string().min(1).max(100).optional(),
  start: day.optional(),
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
/** A place page's view: a window of the record and a radius, as its link carries them. */
const placeViewSchema = z.object({ from: day.optional(), to: day.optional(), radius_km: z.coerce.number().min(0).max(500).optional() });

function invalid(c: Context, error: z.ZodError) {
  return problem(c, 400, 'invalid query', error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
}

/**
 * Read-only routes of the workbench: counts, a place's page and the explore payload (claim checks are in
 * checkRoutes.ts). None writes to the ledger; a QueryError becomes the app's 400 problem.
 */
export function exploreRoutes(ledger: Ledger): Hono {
  const app = new Hono();

  app.get('/count', async (c) => {
    const parsed = countSchema.safeParse(c.req.query());
    if (!parsed.success) return invalid(c, parsed.error);
    const q = parsed.data;
    const report = await countReport(
      ledger,
      { from: q.from, to: q.to, country: q.country, near: q.near, radiusKm: q.radius_km, datedBy: q.dated_by },
      { by: q.by, splitControl: q.split_control, streaks: q.streaks, targets: q.targets },
    );
    return c.json(report);
  });

  app.get('/places/:name', async (c) => {
    // Hono has already decoded the path parameter; decoding again would turn "%41" into "A" and throw on "100%".
    const name = c.req.param('name').trim();
    if (!name || name.length > 200) return problem(c, 400, 'invalid place', 'give a place name, at most 200 characters');
    const dating = z.object({ dated_by: datedBySchema }).safeParse(c.req.query());
    if (!dating.success) return invalid(c, dating.error);
    const datedBy = dating.data.dated_by;
    const view = placeViewSchema.safeParse(c.req.query());
    if (!view.success) return invalid(c, view.error);
    const known = await ledger.knownPlace(name);
    const resolution = await ledger.places.resolve(known?.name ?? name, '');
    if (!resolution.place || resolution.status === 'unresolved') {
      return problem(c, 404, 'unknown place', `no place called "${name}" in the gazetteer; try another spelling, or GET /api/places/resolve?name=${encodeURIComponent(name)}`);
    }
    const place = resolution.place;
    const entry = (await ledger.places.gazetteer()).entry(place.key);
    const names = [...new Set([place.name, ...(known?.key === place.key ? [known.name, ...known.aliases] : []), ...(entry?.aliases ?? []), ...(entry?.names ?? [])])];
    const control = await ledger.controlTimeline([place.key]);
    const span = await ledger.recordSpan(datedBy);
    const base = { place, names, datedBy, control: { periods: control.periods, events: control.events, overridden: control.overridden } };
    if (!span.first || !span.last) return c.json({ ...base, window: null, radiusKm: null, periods: [], streaks: [], series: [], strikes: 0, records: 0 });
    const from = view.data.from ?? span.first;
    const to = view.data.to ?? span.last;
    if (to < from) return problem(c, 400, 'invalid query', `the window ends (${to}) before it starts (${from})`);
    // countReport refuses a control split for a place without periods; the page then shows the bars alone
    const report = await countReport(ledger, { near: place.name, from, to, radiusKm: view.data.radius_km, datedBy }, { by: 'day', splitControl: control.periods.length > 0, streaks: 5 });
    // The missing days of a whole record run to thousands; their ranges say the same in a few lines.
    const { missingDays: _missingDays, ...coverage } = report.coverage;
    return c.json({
      ...base,
      window: report.window,
      radiusKm: report.radiusKm,
      periods: report.control ?? [],
      streaks: report.streaks ?? [],
      series: report.series?.unit === 'day' ? report.series.points : [],
      strikes: report.strikes,
      records: report.records,
      coverage,
    });
  });

  app.get('/explore', async (c) => {
    const parsed = exploreSchema.safeParse(c.req.query());
    if (!parsed.success) return invalid(c, parsed.error);
    const q = parsed.data;
    const { filter, place } = await ledger.filterFor({ from: q.from, to: q.to, country: q.country, near: q.near, radiusKm: q.radius_km, datedBy: q.dated_by });
    const span = q.from && q.to ? null : await ledger.recordSpan(q.dated_by);
    const from = q.from ?? span?.first ?? null;
    const to = q.to ?? span?.last ?? null;
    const window: Window | null = from && to ? { from, to } : null;
    const explore: ExploreFilter = { ...filter, from: from ?? undefined, to: to ?? undefined, limit: undefined, target: q.target };
    const [cells, targets, releaseDays, control, records] = await Promise.all([
      exploreCells(ledger.db, explore),
      exploreTargets(ledger.db, explore),
      window ? ledger.coveredDays(window, q.dated_by) : Promise.resolve([]),
      place ? ledger.controlTimeline([place.key]) : Promise.resolve(null),
      q.limit > 0 ? exploreRecords(ledger.db, explore, undefined, 0, q.limit) : Promise.resolve([]),
    ]);
    return c.json({
      datedBy: q.dated_by,
      window,
      place,
      radiusKm: q.radius_km ?? null,
      countryCode: filter.countryCode ?? null,
      target: q.target ?? null,
      ...cells,
      releaseDays,
      targets,
      control: control ? { periods: control.periods, events: control.events } : null,
      records,
    });
  });

  app.get('/explore/records', async (c) => {
    const parsed = recordsSchema.safeParse(c.req.query());
    if (!parsed.success) return invalid(c, parsed.error);
    const q = parsed.data;
    const { filter } = await ledger.filterFor({ from: q.from, to: q.to, country: q.country, near: q.near, radiusKm: q.radius_km, datedBy: q.dated_by });
    const rows = await exploreRecords(ledger.db, { ...filter, limit: undefined, target: q.target }, q.start, q.skip, q.limit);
    return c.json({ records: rows });
  });

  return app;
}
