import { Hono } from 'hono';
import { z } from 'zod';
import { csvText, exploreRecords, type Ledger } from '../store/index.js';
import { problem } from './problem.js';
import { datedBySchema } from './dating.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const strikeQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  country: z.string().min(1).max(100).optional(),
  near: z.string().min(1).max(200).optional(),
  radius_km: z.coerce.number().min(0).max(20_000).optional(),
  /** A target category, as the explore view filters it ("vehicle", "fighting position"). */
  target: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
  format: z.enum(['json', 'csv', 'geojson']).default('json'),
  dated_by: datedBySchema,
});

const ALL_RECORDS = 100_000_000;

/** GET /api/strikes: strike records with their sources, filtered by window, country, place, radius and target; as JSON, CSV or GeoJSON. */
export function strikesRoutes(ledger: Ledger): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const parsed = strikeQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return problem(c, 400, 'invalid query', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const q = parsed.data;
    // The explore view's filters, target included, so that any view it shows downloads as it is.
    const { filter, place } = await ledger.filterFor({ from: q.from, to: q.to, country: q.country, near: q.near, radiusKm: q.radius_km, datedBy: q.dated_by });
    const rows = await exploreRecords(ledger.db, { ...filter, target: q.target }, undefined, 0, q.limit ?? ALL_RECORDS);
    if (q.format === 'csv') {
      const header = ['date', 'reported_on', 'date_basis', 'country', 'place_text', 'place_name', 'place_key', 'lat', 'lon', 'strikes', 'engagements', 'source'];
      const body = csvText([header, ...rows.map((r) => [r.date, r.reportedOn, r.dateBasis, r.country, r.placeText, r.place, r.placeKey, r.lat, r.lon, r.strikes, r.engagements, r.source])]);
      return c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="strikes.csv"' });
    }
    if (q.format === 'geojson') {
      // Records whose place is not on the map yet keep their place in the collection with a null geometry.
      const features = rows.map((r) => ({
        type: 'Feature' as const,
        geometry: r.lat !== null && r.lon !== null ? { type: 'Point' as const, coordinates: [r.lon, r.lat] } : null,
        properties: { date: r.date, reported_on: r.reportedOn, date_basis: r.dateBasis, place_text: r.placeText, place_name: r.place, place_key: r.placeKey, strikes: r.strikes, source: r.source },
      }));
      return c.body(JSON.stringify({ type: 'FeatureCollection', features }), 200, {
        'content-type': 'application/geo+json; charset=utf-8',
        'content-disposition': 'attachment; filename="strikes.geojson"',
      });
    }
    return c.json({ datedBy: q.dated_by, place, total: rows.reduce((n, r) => n + r.strikes, 0), records: rows });
  });
  return app;
}
