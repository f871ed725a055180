import { displayName } from '../places/englishNames.js';
import type { Day } from '../ingest/types.js';
import type { Queryable } from './db.js';
import type { PlaceAggregate } from './placeAggregate.js';
import { needsRelease, STRIKE_ROW_COLUMNS, strikeConditions, strikeDay, strikeRowFrom, type DbStrikeRow, type StrikeFilter, type StrikeRow } from './strikes.js';
import { strikeSum, targetCountSum } from './sums.js';

export type { PlaceAggregate };

/** A strike filter for the workbench: the store filter plus a target named by the records ("vehicle"). */
export interface ExploreFilter extends StrikeFilter {
  /** Matches records naming this target, compared case-insensitively with the target as the releases list it. */
  target?: string;
}

/**
 * The matching records summed per day and place, in columns: the workbench sums any sub-window of these
 * without asking again. `place` indexes `places`; -1 is a record whose place is not resolved.
 */
export interface ExploreCells {
  days: Day[];
  places: PlaceAggregate[];
  cells: { day: number[]; place: number[]; strikes: number[]; records: number[] };
}

function conditions(filter: ExploreFilter, params: unknown[]): string {
  let where = strikeConditions(filter, params);
  if (filter.target) {
    params.push(filter.target.toLowerCase());
    const test = `EXISTS (SELECT 1 FROM jsonb_array_elements(r.targets) AS t WHERE lower(t->>'target') = $${params.length})`;
    where = where ? `${where} AND ${test}` : `WHERE ${test}`;
  }
  return where;
}

const FROM = `strike_records r
  JOIN place_mentions m ON m.id = r.mention_id
  LEFT JOIN places p ON p.id = m.place_id`;

/** FROM with the release joined when the dating reads its day. */
const fromFor = (filter: ExploreFilter) => (needsRelease(filter) ? `${FROM} JOIN releases rel ON rel.id = r.release_id` : FROM);

/** Strikes and records of the matching records per day (under the filter's dating) and place, summed in SQL; days ascending. */
export async function exploreCells(db: Queryable, filter: ExploreFilter): Promise<ExploreCells> {
  const params: unknown[] = [];
  const where = conditions(filter, params);
  const { rows } = await db.query<{ date: Day; key: string | null; name: string | null; lat: number | null; lon: number | null; strikes: number; records: number }>(
    `SELECT ${strikeDay(filter)} AS date, p.key, min(p.name) AS name, min(p.lat) AS lat, min(p.lon) AS lon, ${strikeSum()} AS strikes, count(*)::int AS records
     FROM ${fromFor(filter)} ${where}
     GROUP BY 1, p.key
     ORDER BY 1, p.key`,
    params,
  );
  const days: Day[] = [];
  const places: PlaceAggregate[] = [];
  const placeIndex = new Map<string, number>();
  const cells: ExploreCells['cells'] = { day: [], place: [], strikes: [], records: [] };
  for (const row of rows) {
    if (days[days.length - 1] !== row.date) days.push(row.date);
    let index = -1;
    if (row.key !== null && row.lat !== null && row.lon !== null) {
      index = placeIndex.get(row.key) ?? -1;
      if (index < 0) {
        index = places.push({ placeKey: row.key, name: displayName(row.key, row.name ?? row.key), lat: row.lat, lon: row.lon, strikes: 0, records: 0 }) - 1;
        placeIndex.set(row.key, index);
      }
      places[index]!.strikes += row.strikes;
      places[index]!.records += row.records;
    }
    cells.day.push(days.length - 1);
    cells.place.push(index);
    cells.strikes.push(row.strikes);
    cells.records.push(row.records);
  }
  return { days, places, cells };
}

/** Targets the matching records name (without the target filter), most counted first; at most `limit`. */
export async function exploreTargets(db: Queryable, filter: ExploreFilter, limit = 40): Promise<Array<{ target: string; count: number; records: number }>> {
  const params: unknown[] = [];
  const where = conditions({ ...filter, target: undefined }, params);
  const { rows } = await db.query<{ target: string; count: number; records: number }>(
    `SELECT lower(t->>'target') AS target, ${targetCountSum()} AS count, count(DISTINCT r.id)::int AS records
     FROM ${fromFor(filter)} CROSS JOIN LATERAL jsonb_array_elements(r.targets) AS t
     ${where}
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${Math.max(1, Math.floor(limit))}`,
    params,
  );
  return rows;
}

/**
 * One page of the matching records in ledger order (day under the filter's dating, source, line), starting `skip` records into day
 * `start`: the workbench knows how many records each day holds, so a page never needs a long OFFSET.
 */
export async function exploreRecords(db: Queryable, filter: ExploreFilter, start: Day | undefined, skip: number, limit: number): Promise<StrikeRow[]> {
  const params: unknown[] = [];
  const from = start && (!filter.from || start > filter.from) ? start : filter.from;
  const where = conditions({ ...filter, from }, params);
  const { rows } = await db.query<DbStrikeRow>(
    `SELECT ${STRIKE_ROW_COLUMNS}
     FROM ${FROM} JOIN releases rel ON rel.id = r.release_id
     ${where}
     ORDER BY ${strikeDay(filter)}, r.date, rel.source_uri, r.line_no, r.id
     LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(skip))}`,
    params,
  );
  return rows.map(strikeRowFrom);
}
