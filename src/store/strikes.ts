import { displayName } from '../places/englishNames.js';
import type { DateBasis, DatedBy, Day, Target } from '../ingest/types.js';
import type { Queryable } from './db.js';
import type { StrikeRow } from './strikeRow.js';

export type { StrikeRow };

/** Which strike records to read. Bounds are inclusive; absent fields do not filter. */
export interface StrikeFilter {
  from?: Day;
  to?: Day;
  /** ISO country code of the place (or of the release section when the place is unresolved). */
  countryCode?: string;
  /** Records resolved to exactly this place (under any of its names). */
  placeKey?: string;
  /** Records resolved to a place within `radiusKm` of a point. */
  near?: { lat: number; lon: number; radiusKm: number };
  /** Which day `from`/`to` bound: the strike day (default) or the release's day. */
  datedBy?: DatedBy;
  limit?: number;
}


const EARTH_RADIUS_KM = 6371.0088;

/**
 * The SQL expression of the day a record is counted on under the filter's dating: the strike day (`r.date`)
 * or its release's day (`rel.report_date`, which needs `releases rel` joined: see `needsRelease`).
 */
export function strikeDay(filter: Pick<StrikeFilter, 'datedBy'>): string {
  return filter.datedBy === 'reported' ? 'rel.report_date' : 'r.date';
}

/** True when the filter's conditions read the release (`rel`), which the query must then join. */
export function needsRelease(filter: Pick<StrikeFilter, 'datedBy'>): boolean {
  return filter.datedBy === 'reported';
}

/**
 * Builds the WHERE clause shared by record listings and counts; `r` is strike_records, `m` its mention, `p` the
 * place, and with `reported` dating `rel` its release.
 */
export function strikeConditions(filter: StrikeFilter, params: unknown[]): string {
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const day = strikeDay(filter);
  if (filter.from) where.push(`${day} >= ${param(filter.from)}::date`);
  if (filter.to) where.push(`${day} <= ${param(filter.to)}::date`);
  if (filter.countryCode) where.push(`coalesce(p.country_code, m.section_code) = ${param(filter.countryCode.toUpperCase())}`);
  // Places narrow to mentions first, so that the (mention_id, date) index does the rest.
  if (filter.placeKey) {
    where.push(`r.mention_id IN (SELECT pm.id FROM place_mentions pm JOIN places pp ON pp.id = pm.place_id WHERE pp.key = ${param(filter.placeKey)})`);
  }
  if (filter.near) {
    const { lat, lon, radiusKm } = filter.near;
    // A bounding box first lets the (lat, lon) index cut the candidates; the haversine test is exact.
    const dLat = radiusKm / 111.0;
    const dLon = radiusKm / (111.0 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
    const la = param(lat);
    const lo = param(lon);
    where.push(`r.mention_id IN (SELECT pm.id FROM place_mentions pm JOIN places pp ON pp.id = pm.place_id
      WHERE pp.lat BETWEEN ${param(lat - dLat)} AND ${param(lat + dLat)} AND pp.lon BETWEEN ${param(lon - dLon)} AND ${param(lon + dLon)}
        AND ${distanceSql('pp.lat', 'pp.lon', la, lo)} <= ${param(radiusKm)})`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** Great-circle distance in km between two points given as SQL expressions in degrees. */
export function distanceSql(lat1: string, lon1: string, lat2: string, lon2: string): string {
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(${lat1} - ${lat2}::float8) / 2), 2)
    + cos(radians(${lat2}::float8)) * cos(radians(${lat1})) * power(sin(radians(${lon1} - ${lon2}::float8) / 2), 2)))))`;
}

/** Strike records matching `filter`, by date then source line. */
export async function listStrikes(db: Queryable, filter: StrikeFilter): Promise<StrikeRow[]> {
  const params: unknown[] = [];
  const where = strikeConditions(filter, params);
  const limit = filter.limit ? `LIMIT ${Math.max(0, Math.floor(filter.limit))}` : '';
  const { rows } = await db.query<DbStrikeRow>(
    `SELECT ${STRIKE_ROW_COLUMNS}
     FROM strike_records r
     JOIN releases rel ON rel.id = r.release_id
     JOIN place_mentions m ON m.id = r.mention_id
     LEFT JOIN places p ON p.id = m.place_id
     ${where}
     ORDER BY ${strikeDay(filter)}, r.date, rel.source_uri, r.line_no, r.id
     ${limit}`,
    params,
  );
  return rows.map(strikeRowFrom);
}

/** The columns a StrikeRow is read from; `r` strike_records, `m` its mention, `p` its place, `rel` its release. */
export const STRIKE_ROW_COLUMNS = `r.id, r.date, rel.report_date AS reported_on, r.date_basis, m.section AS country, m.place_text, p.name AS place,
  p.key AS place_key, p.lat, p.lon, r.strikes, r.engagements, r.effects, r.targets, m.status AS resolution, m.country_mismatch, rel.source_uri,
  r.line_no, r.raw_line`;

/** A StrikeRow from a row selected with STRIKE_ROW_COLUMNS. */
export function strikeRowFrom(row: DbStrikeRow): StrikeRow {
  return {
    id: Number(row.id),
    date: row.date,
    reportedOn: row.reported_on,
    dateBasis: row.date_basis,
    country: row.country,
    placeText: row.place_text,
    // ledgers stored before places were named in English still hold the gazetteer's name
    place: row.place === null ? null : displayName(row.place_key, row.place),
    placeKey: row.place_key,
    lat: row.lat,
    lon: row.lon,
    strikes: row.strikes,
    engagements: row.engagements,
    effects: row.effects,
    targets: typeof row.targets === 'string' ? (JSON.parse(row.targets) as Target[]) : row.targets,
    resolution: row.resolution,
    countryMismatch: row.country_mismatch,
    source: `${row.source_uri}:${row.line_no}`,
    rawLine: row.raw_line,
  };
}

export interface DbStrikeRow {
  id: number; date: Day; reported_on: Day; date_basis: DateBasis; engagements: number | null; country: string; place_text: string; place: string | null; place_key: string | null;
  lat: number | null; lon: number | null; strikes: number; effects: string; targets: Target[] | string;
  resolution: StrikeRow['resolution']; country_mismatch: boolean; source_uri: string; line_no: number; raw_line: string;
}
