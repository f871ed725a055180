import { countryCodeOf } from '../places/countries.js';
import type { Place } from '../places/types.js';
import type { DatedBy, Day } from '../ingest/types.js';
import type { PlaceBook } from './placeBook.js';
import type { StrikeFilter } from './strikes.js';

/** A strike query as people write it: names, not keys. Bounds are inclusive. */
export interface StrikeQuery {
  from?: Day;
  to?: Day;
  /** "Syria", "SY". */
  country?: string;
  /** A place under any of its names: "Palmyra", "Tadmur". */
  near?: string;
  /** With `near`: every place within this many km; without it, only the place itself. */
  radiusKm?: number;
  /** Which day `from`/`to` bound and records are counted on: the strike day (default) or the release's day. */
  datedBy?: DatedBy;
  limit?: number;
}

/** A query that cannot be answered as asked; the message says which part. */
export class QueryError extends Error {}

/** Turns names into keys and points: the place through the gazetteer, the country into its ISO code. */
export async function filterForQuery(places: PlaceBook, query: StrikeQuery): Promise<{ filter: StrikeFilter; place: Place | null }> {
  const filter: StrikeFilter = { from: query.from, to: query.to, limit: query.limit, datedBy: query.datedBy ?? 'strike' };
  if (query.from && query.to && query.to < query.from) throw new QueryError(`window ends (${query.to}) before it starts (${query.from})`);
  if (query.country) {
    const code = countryCodeOf(query.country);
    if (!code) throw new QueryError(`unknown country "${query.country}"`);
    filter.countryCode = code;
  }
  if (query.radiusKm !== undefined && !query.near) throw new QueryError('a radius needs a place to measure from');
  let place: Place | null = null;
  if (query.near) {
    const resolution = await places.resolve(query.near, query.country ?? '');
    if (!resolution.place || resolution.status === 'unresolved') throw new QueryError(`no place called "${query.near}" in the gazetteer`);
    place = resolution.place;
    if (query.radiusKm !== undefined) filter.near = { lat: place.lat, lon: place.lon, radiusKm: query.radiusKm };
    else filter.placeKey = place.key;
  }
  return { filter, place };
}
