import type { DateBasis, DatedBy, Day, ReleaseFormat, ReleaseKind } from '../ingest/types.js';
import type { Queryable } from './db.js';
import type { DayWindow } from './analysisQueries.js';
import { strikeSum } from './sums.js';

/** What releases state for one day and section, summed over them. */
export interface StatedDayTotal {
  day: Day;
  /** The country the total is for, or '' for a release's total over every section. */
  section: string;
  strikes: number;
  /** Null when some release stating a total for this day and section gave no engagements. */
  engagements: number | null;
  /** What the releases' own lines add up to for the same day and section. */
  lineStrikes: number;
  /** `file-or-url:line` of each stated total. */
  sources: string[];
}

/** Stated totals of single days in the window, summed per day and section (see Ledger.statedTotals). */
export async function statedTotals(db: Queryable, window: DayWindow, datedBy: DatedBy): Promise<StatedDayTotal[]> {
  const day = datedBy === 'reported' ? 'rel.report_date' : 't.from_day';
  const span = datedBy === 'reported' ? '' : 'AND t.from_day = t.to_day';
  const { rows } = await db.query<{ day: Day; section: string; strikes: number; engagements: number | null; line_strikes: number; sources: string[] }>(
    `SELECT ${day} AS day, t.section, ${strikeSum('t.strikes')} AS strikes,
            CASE WHEN bool_and(t.engagements IS NOT NULL) THEN ${strikeSum('t.engagements')} END AS engagements,
            ${strikeSum('t.line_strikes')} AS line_strikes,
            array_agg(rel.source_uri || ':' || t.line_no ORDER BY rel.source_uri, t.line_no) AS sources
     FROM release_totals t JOIN releases rel ON rel.id = t.release_id
     WHERE ${day} BETWEEN $1::date AND $2::date ${span}
     GROUP BY 1, 2
     ORDER BY 1, 2`,
    [window.from, window.to],
  );
  return rows.map((r) => ({ day: r.day, section: r.section, strikes: r.strikes, engagements: r.engagements, lineStrikes: r.line_strikes, sources: r.sources }));
}

export interface ReleaseListQuery {
  /** Report days, inclusive. */
  from?: Day;
  to?: Day;
  /** Only releases with a stated total that differs from their lines, or with lines not parsed. */
  flagged?: boolean;
}

/** A release as the ledger lists it. */
export interface ReleaseSummary {
  id: number;
  issuer: string;
  reportDate: Day;
  kind: ReleaseKind;
  format: ReleaseFormat;
  title: string | null;
  /** The period the release states ("Between 8 a.m. yesterday and 8 a.m. today"); null when none. */
  period: string | null;
  sourceUri: string;
  /** Every source the release was read from: the first, then copies from other sites. */
  sources: string[];
  records: number;
  strikes: number;
  /** First and last strike day of its records; nulls when it has none. */
  firstStrikeDay: Day | null;
  lastStrikeDay: Day | null;
  /** Stated totals that differ from the release's own lines. */
  totalMismatches: number;
  unparsed: number;
}

export interface ReleaseTotalRow {
  from: Day;
  to: Day;
  section: string;
  strikes: number;
  engagements: number | null;
  dateBasis: DateBasis;
  lineStrikes: number;
  lineEngagements: number | null;
  agrees: boolean;
  lineNo: number;
}

export interface ReleaseDetail extends ReleaseSummary {
  totals: ReleaseTotalRow[];
  statements: Array<{ date: Day; dateBasis: DateBasis; section: string; placeText: string; summary: string; lineNo: number }>;
  /** Strikes per strike day and how the day was known. */
  days: Array<{ date: Day; dateBasis: DateBasis; records: number; strikes: number }>;
  unparsedLines: Array<{ lineNo: number; reason: string }>;
}

const SUMMARY_COLUMNS = `rel.id, rel.issuer, rel.report_date, rel.kind, rel.format, rel.title, rel.period, rel.source_uri,
  ARRAY(SELECT s.source_uri FROM release_sources s WHERE s.release_id = rel.id ORDER BY s.id) AS copies,
  (SELECT count(*)::int FROM strike_records r WHERE r.release_id = rel.id) AS records,
  (SELECT coalesce(${strikeSum()}, 0) FROM strike_records r WHERE r.release_id = rel.id) AS strikes,
  (SELECT min(r.date) FROM strike_records r WHERE r.release_id = rel.id) AS first_strike_day,
  (SELECT max(r.date) FROM strike_records r WHERE r.release_id = rel.id) AS last_strike_day,
  (SELECT count(*)::int FROM release_totals t WHERE t.release_id = rel.id AND NOT t.agrees) AS total_mismatches,
  (SELECT count(*)::int FROM unparsed_lines u WHERE u.release_id = rel.id) AS unparsed`;

interface SummaryRow {
  id: number; issuer: string; report_date: Day; kind: ReleaseKind; format: ReleaseFormat; title: string | null; period: string | null;
  source_uri: string; copies: string[]; records: number; strikes: number; first_strike_day: Day | null; last_strike_day: Day | null;
  total_mismatches: number; unparsed: number;
}

function summaryOf(r: SummaryRow): ReleaseSummary {
  return {
    id: Number(r.id), issuer: r.issuer, reportDate: r.report_date, kind: r.kind, format: r.format, title: r.title, period: r.period,
    sourceUri: r.source_uri, sources: [r.source_uri, ...r.copies], records: r.records, strikes: r.strikes,
    firstStrikeDay: r.first_strike_day, lastStrikeDay: r.last_strike_day, totalMismatches: r.total_mismatches, unparsed: r.unparsed,
  };
}

/** Releases by report day (then issuer and kind), optionally only the flagged ones. */
export async function listReleases(db: Queryable, query: ReleaseListQuery): Promise<ReleaseSummary[]> {
  const { rows } = await db.query<SummaryRow>(
    `SELECT * FROM (SELECT ${SUMMARY_COLUMNS} FROM releases rel
       WHERE ($1::date IS NULL OR rel.report_date >= $1::date) AND ($2::date IS NULL OR rel.report_date <= $2::date)) s
     WHERE NOT $3::boolean OR s.total_mismatches > 0 OR s.unparsed > 0
     ORDER BY report_date, issuer, kind, id`,
    [query.from ?? null, query.to ?? null, query.flagged ?? false],
  );
  return rows.map(summaryOf);
}

/** One release with everything the ledger keeps about it; null when there is none. */
export async function releaseDetail(db: Queryable, selector: { id: number } | { day: Day; issuer?: string }): Promise<ReleaseDetail | null> {
  const { rows } = 'id' in selector
    ? await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM releases rel WHERE rel.id = $1`, [selector.id])
    : await db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM releases rel WHERE rel.report_date = $1::date AND ($2::text IS NULL OR rel.issuer = $2)
       ORDER BY rel.kind = 'daily' DESC, rel.id LIMIT 1`,
      [selector.day, selector.issuer ?? null],
    );
  const row = rows[0];
  if (row === undefined) return null;
  const id = Number(row.id);
  const [totals, statements, days, unparsed] = await Promise.all([
    db.query<{ from_day: Day; to_day: Day; section: string; strikes: number; engagements: number | null; date_basis: DateBasis; line_strikes: number; line_engagements: number | null; agrees: boolean; line_no: number }>(
      `SELECT from_day, to_day, section, strikes, engagements, date_basis, line_strikes, line_engagements, agrees, line_no
       FROM release_totals WHERE release_id = $1 ORDER BY line_no, id`, [id]),
    db.query<{ date: Day; date_basis: DateBasis; section: string; place_text: string; summary: string; line_no: number }>(
      'SELECT date, date_basis, section, place_text, summary, line_no FROM special_statements WHERE release_id = $1 ORDER BY line_no', [id]),
    db.query<{ date: Day; date_basis: DateBasis; records: number; strikes: number }>(
      `SELECT date, date_basis, count(*)::int AS records, ${strikeSum('strikes')} AS strikes FROM strike_records WHERE release_id = $1
       GROUP BY 1, 2 ORDER BY 1, 2`, [id]),
    db.query<{ line_no: number; reason: string }>('SELECT line_no, reason FROM unparsed_lines WHERE release_id = $1 ORDER BY line_no, id', [id]),
  ]);
  return {
    ...summaryOf(row),
    totals: totals.rows.map((t) => ({
      from: t.from_day, to: t.to_day, section: t.section, strikes: t.strikes, engagements: t.engagements, dateBasis: t.date_basis,
      lineStrikes: t.line_strikes, lineEngagements: t.line_engagements, agrees: t.agrees, lineNo: t.line_no,
    })),
    statements: statements.rows.map((st) => ({ date: st.date, dateBasis: st.date_basis, section: st.section, placeText: st.place_text, summary: st.summary, lineNo: st.line_no })),
    days: days.rows.map((d) => ({ date: d.date, dateBasis: d.date_basis, records: d.records, strikes: d.strikes })),
    unparsedLines: unparsed.rows.map((u) => ({ lineNo: u.line_no, reason: u.reason })),
  };
}
