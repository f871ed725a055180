import {
  bucketSeries,
  coverageOf,
  dailySeries,
  longestFirst,
  splitByControl,
  streaksOf,
  type Bucket,
  type Coverage,
  type DailyPoint,
  type PeriodTotal,
  type Streak,
  type Window,
} from './index.js';
import type { ControlPeriod } from '../control/index.js';
import type { Place } from '../places/types.js';
// from the store's modules, not its index: a count loads neither the importers nor the server's needs
import { QueryError, type StrikeQuery } from '../store/strikeQuery.js';
import type { Ledger } from '../store/ledger.js';
import type { TargetTotal } from '../store/analysisQueries.js';
import type { DatedBy } from '../ingest/types.js';

export type SeriesUnit = 'day' | 'week' | 'month';

/** What to add to a count besides its total and coverage. */
export interface CountOptions {
  /** A series of strikes per day, week or month over the window. */
  by?: SeriesUnit;
  /** Strikes per period of control of the query's place (needs `near`). */
  splitControl?: boolean;
  /** The longest runs of consecutive strike days, this many (days without a release break a run). */
  streaks?: number;
  /** Targets named by the counted records. */
  targets?: boolean;
}

/** A count over a window, with the coverage that says how far it can be trusted. */
export interface CountReport {
  /** The day each record is counted on, and the days coverage reads: the strike day or the release's day. */
  datedBy: DatedBy;
  window: Window;
  /** Where the window's ends came from: the query, or the ledger's first and last release day. */
  windowFrom: 'query' | 'record';
  place: Place | null;
  /** With a place: null means the place under all its names; a number, every place within it. */
  radiusKm: number | null;
  countryCode: string | null;
  strikes: number;
  records: number;
  coverage: Coverage;
  /** Daily points (null strikes = no release that day), or weekly/monthly buckets. */
  series?: { unit: 'day'; points: DailyPoint[] } | { unit: 'week' | 'month'; buckets: Bucket[] };
  control?: Array<PeriodTotal<ControlPeriod>>;
  streaks?: Streak[];
  targets?: TargetTotal[];
}

/**
 * Counts strikes for a query written with names, over its window (or the whole record when it gives no
 * bounds), and states the window's coverage. Throws QueryError for a query that cannot be answered.
 */
export async function countReport(ledger: Ledger, query: StrikeQuery, options: CountOptions = {}): Promise<CountReport> {
  const { filter, place } = await ledger.filterFor(query);
  const datedBy = filter.datedBy ?? 'strike';
  const span = query.from && query.to ? null : await ledger.recordSpan(datedBy);
  const from = query.from ?? span?.first;
  const to = query.to ?? span?.last;
  if (!from || !to) throw new QueryError('the ledger holds no release yet: give --from and --to, or import releases first');
  if (to < from) throw new QueryError(`window ends (${to}) before it starts (${from}); the ledger's releases run ${span?.first}..${span?.last}`);
  const window: Window = { from, to };
  const windowed = { ...filter, from, to, limit: undefined };
  const needTotals = options.by !== undefined || options.splitControl || options.streaks !== undefined;
  const released = await ledger.coveredDays(window, datedBy);
  const totals = new Map<string, number>();
  let counted = { strikes: 0, records: 0 };
  if (needTotals) {
    // One pass gives the series and the total.
    for (const [day, c] of await ledger.dailyCounts(windowed)) {
      totals.set(day, c.strikes);
      counted.strikes += c.strikes;
      counted.records += c.records;
    }
  } else counted = await ledger.countStrikes(windowed);
  const report: CountReport = {
    datedBy,
    window,
    windowFrom: query.from && query.to ? 'query' : 'record',
    place,
    radiusKm: place ? (query.radiusKm ?? null) : null,
    countryCode: filter.countryCode ?? null,
    ...counted,
    coverage: coverageOf(window, released),
  };
  if (options.by !== undefined || options.streaks !== undefined) {
    const points = dailySeries(window, totals, released);
    if (options.by === 'day') report.series = { unit: 'day', points };
    else if (options.by) report.series = { unit: options.by, buckets: bucketSeries(points, options.by) };
    if (options.streaks !== undefined) report.streaks = longestFirst(streaksOf(points)).slice(0, options.streaks);
  }
  if (options.splitControl) {
    if (!place) throw new QueryError('splitting by control needs a place (--near)');
    const { periods } = await ledger.controlTimeline([place.key]);
    if (periods.length === 0) throw new QueryError(`no control periods for ${place.name} (${place.key}): add them with "control add" or "control import"`);
    report.control = splitByControl(window, totals, periods, released);
  }
  if (options.targets) report.targets = await ledger.targetTotals(windowed);
  return report;
}
