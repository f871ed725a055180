import type { DateBasis, DatedBy, Day } from '../ingest/types.js';
import type { Queryable } from './db.js';
import { distanceSql, needsRelease, strikeConditions, strikeDay, type StrikeFilter } from './strikes.js';
import { strikeSum, targetCountSum } from './sums.js';

/** An inclusive span of days. */
export interface DayWindow {
  from: Day;
  to: Day;
}

/**
 * Days in the window the record covers under a dating, ascending. `strike`: days a release reports strikes for,
 * or says there were none (a stated total or zero for that day, or for a span of days when the release dates
 * every one of its records); a record dated only by a period of several days makes no day covered. `reported`:
 * days a daily release was issued.
 */
export async function coveredDays(db: Queryable, window: DayWindow, datedBy: DatedBy = 'strike'): Promise<Day[]> {
  if (datedBy === 'reported') {
    const { rows } = await db.query<{ day: Day }>(
      `SELECT DISTINCT report_date AS day FROM releases WHERE kind = 'daily' AND report_date BETWEEN $1::date AND $2::date ORDER BY 1`,
      [window.from, window.to],
    );
    return rows.map((r) => r.day);
  }
  // A loose index scan: one probe of the date index per distinct day, not a read of every record.
  const { rows } = await db.query<{ day: Day }>(
    `WITH RECURSIVE strike_days(day) AS (
       SELECT min(date) FROM strike_records WHERE date BETWEEN $1::date AND $2::date
       UNION ALL
       SELECT (SELECT min(date) FROM strike_records WHERE date > s.day AND date <= $2::date) FROM strike_days s WHERE s.day IS NOT NULL
     ),
     period_days AS (
       -- days whose only records were dated by a period: not known by themselves (only releases stating a period have such records)
       SELECT DISTINCT p.date AS day FROM releases rel JOIN strike_records p ON p.release_id = rel.id
       WHERE rel.period IS NOT NULL AND p.date_basis = 'period' AND p.date BETWEEN $1::date AND $2::date
         AND NOT EXISTS (SELECT 1 FROM strike_records o WHERE o.date = p.date AND o.date_basis <> 'period')
     )
     SELECT day FROM strike_days WHERE day IS NOT NULL AND day NOT IN (SELECT day FROM period_days)
     UNION
     SELECT t.from_day FROM release_totals t WHERE t.from_day = t.to_day AND t.date_basis <> 'period' AND t.from_day BETWEEN $1::date AND $2::date
     UNION
     SELECT d::date FROM release_totals t
       CROSS JOIN LATERAL generate_series(greatest(t.from_day, $1::date), least(t.to_day, $2::date), interval '1 day') AS d
       WHERE t.strikes = 0 AND t.to_day >= $1::date AND t.from_day <= $2::date
         AND NOT EXISTS (SELECT 1 FROM strike_records r WHERE r.release_id = t.release_id AND r.date_basis = 'period')
     ORDER BY 1`,
    [window.from, window.to],
  );
  return rows.map((r) => r.day);
}

/** The FROM clause for `filter`: mentions and places are joined only when the country needs them, releases only for their day. */
function fromFor(filter: StrikeFilter): string {
  const release = needsRelease(filter) ? ' JOIN releases rel ON rel.id = r.release_id' : '';
  return filter.countryCode
    ? `strike_records r${release} JOIN place_mentions m ON m.id = r.mention_id LEFT JOIN places p ON p.id = m.place_id`
    : `strike_records r${release}`;
}

/** Strikes per day of the records matching `filter`; days without records are absent (not 0). */
export async function dailyTotals(db: Queryable, filter: StrikeFilter): Promise<Map<Day, number>> {
  const params: unknown[] = [];
  const where = strikeConditions(filter, params);
  const { rows } = await db.query<{ date: Day; strikes: number }>(
    `SELECT ${strikeDay(filter)} AS date, ${strikeSum()} AS strikes FROM ${fromFor(filter)} ${where} GROUP BY 1 ORDER BY 1`,
    params,
  );
  return new Map(rows.map((r) => [r.date, r.strikes]));
}

/** Strikes and records per day of the records matching `filter`: one pass for a series and its total. */
export async function dailyCounts(db: Queryable, filter: StrikeFilter): Promise<Map<Day, { strikes: number; records: number }>> {
  const params: unknown[] = [];
  const where = strikeConditions(filter, params);
  const { rows } = await db.query<{ date: Day; strikes: number; records: number }>(
    `SELECT ${strikeDay(filter)} AS date, ${strikeSum()} AS strikes, count(*)::int AS records FROM ${fromFor(filter)} ${where} GROUP BY 1 ORDER BY 1`,
    params,
  );
  return new Map(rows.map((r) => [r.date, { strikes: r.strikes, records: r.records }]));
}

/** Strikes and records matching `filter` (its `limit` is ignored). */
export async function countStrikes(db: Queryable, filter: StrikeFilter): Promise<{ strikes: number; records: number }> {
  const params: unknown[] = [];
  const where = strikeConditions(filter, params);
  const { rows } = await db.query<{ strikes: number | null; records: number }>(
    `SELECT ${strikeSum()} AS strikes, count(*)::int AS records FROM ${fromFor(filter)} ${where}`,
    params,
  );
  return { strikes: rows[0]?.strikes ?? 0, records: rows[0]?.records ?? 0 };
}

/** Targets as the releases list them ("destroyed", "fighting position"), summed over the matching records. */
export interface TargetTotal {
  effect: string;
  target: string;
  /** Sum of the targets' counts. */
  count: number;
  /** Records naming this target. */
  records: number;
}

/** Targets of the records matching `filter`, most counted first. */
export async function targetTotals(db: Queryable, filter: StrikeFilter): Promise<TargetTotal[]> {
  const params: unknown[] = [];
  const where = strikeConditions(filter, params);
  const { rows } = await db.query<TargetTotal>(
    `SELECT t->>'effect' AS effect, t->>'target' AS target, ${targetCountSum()} AS count, count(DISTINCT r.id)::int AS records
     FROM ${fromFor(filter)} CROSS JOIN LATERAL jsonb_array_elements(r.targets) AS t
     ${where}
     GROUP BY 1, 2
     ORDER BY 3 DESC, 2, 1`,
    params,
  );
  return rows;
}

/** A strike record as an answer cites it: when, where as written, how many, and the source line. */
export interface RecordCitation {
  /** The day the strikes happened (see `dateBasis`). */
  date: Day;
  /** The day of the release that reported them. */
  reportedOn: Day;
  /** How `date` was known: stated, yesterday, weekday, period (its last day), or assumed (the release's day). */
  dateBasis: DateBasis;
  placeText: string;
  placeKey: string | null;
  /** Distance in km from the query's centre, when it has one. */
  distanceKm: number | null;
  strikes: number;
  /** `file-or-url:line`. */
  source: string;
}

/**
 * The records matching `filter` as a claim's answer cites them, by date then source line (the first
 * `filter.limit` of them when it is set). With `center`, each carries its distance in km (one decimal) from that point.
 */
export async function recordRefs(db: Queryable, filter: StrikeFilter, center?: { lat: number; lon: number }): Promise<RecordCitation[]> {
  const params: unknown[] = [];
  const where = strikeConditions(filter, params);
  const distance = center ? `round(${distanceSql('p.lat', 'p.lon', `$${params.push(center.lat)}`, `$${params.push(center.lon)}`)}::numeric, 1)` : 'NULL';
  const { rows } = await db.query<{
    date: Day; reported_on: Day; date_basis: DateBasis; place_text: string; place_key: string | null; distance_km: number | null;
    strikes: number; source_uri: string; line_no: number;
  }>(
    `SELECT r.date, rel.report_date AS reported_on, r.date_basis, m.place_text, p.key AS place_key, ${distance} AS distance_km, r.strikes,
            rel.source_uri, r.line_no
     FROM strike_records r
     JOIN releases rel ON rel.id = r.release_id
     JOIN place_mentions m ON m.id = r.mention_id
     LEFT JOIN places p ON p.id = m.place_id
     ${where}
     ORDER BY ${strikeDay(filter)}, r.date, rel.source_uri, r.line_no, r.id
     ${filter.limit !== undefined ? `LIMIT $${params.push(filter.limit)}` : ''}`,
    params,
  );
  return rows.map((r) => ({
    date: r.date,
    reportedOn: r.reported_on,
    dateBasis: r.date_basis,
    placeText: r.place_text,
    placeKey: r.place_key,
    distanceKm: r.distance_km === null ? null : Number(r.distance_km),
    strikes: r.strikes,
    source: `${r.source_uri}:${r.line_no}`,
  }));
}

/**
 * First and last day the ledger knows under a dating: with `strike`, of its strike days and stated totals; with
 * `reported`, of its daily releases. Nulls when it is empty.
 */
export async function recordSpan(db: Queryable, datedBy: DatedBy = 'strike'): Promise<{ first: Day | null; last: Day | null }> {
  const { rows } = await db.query<{ first: Day | null; last: Day | null }>(datedBy === 'reported'
    ? `SELECT min(report_date) AS first, max(report_date) AS last FROM releases WHERE kind = 'daily'`
    : `SELECT least((SELECT min(date) FROM strike_records), (SELECT min(from_day) FROM release_totals)) AS first,
              greatest((SELECT max(date) FROM strike_records), (SELECT max(to_day) FROM release_totals)) AS last`);
  return { first: rows[0]?.first ?? null, last: rows[0]?.last ?? null };
}

/**
 * Countries of the places the ledger's records resolved to, and of its release sections; Syria and Iraq
 * when the ledger is empty, so that a fresh install still knows the campaign's places.
 */
export async function ledgerCountries(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT DISTINCT p.country_code AS code FROM place_mentions m JOIN places p ON p.id = m.place_id
     UNION SELECT DISTINCT section_code FROM place_mentions WHERE section_code IS NOT NULL`,
  );
  return new Set(rows.length ? rows.map((r) => r.code) : ['SY', 'IQ']);
}
