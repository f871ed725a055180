import { openDatabase, type Database, type OpenOptions } from './db.js';
import { migrate } from './migrations.js';
import { restoreDeferredSchema } from './bulkLoad.js';
import { PlaceBook } from './placeBook.js';
import type { ImportOptions, ImportSummary } from './importReleases.js';
import { listStrikes, type StrikeFilter, type StrikeRow } from './strikes.js';
import { filterForQuery, type StrikeQuery } from './strikeQuery.js';
import type { Place } from '../places/types.js';
import type { DatedBy, Day } from '../ingest/types.js';
import type { ControlProblem, MergedTimeline } from '../control/types.js';
import { exactPlaceNames, type NamedPlace } from '../places/index.js';
import {
  countStrikes, dailyCounts, dailyTotals, ledgerCountries, recordRefs, recordSpan, targetTotals,
  type DayWindow, type RecordCitation, type TargetTotal,
} from './analysisQueries.js';
import { ReleaseDayCache } from './releaseDayCache.js';
import {
  listReleases, releaseDetail, statedTotals, type ReleaseDetail, type ReleaseListQuery, type ReleaseSummary, type StatedDayTotal,
} from './releaseQueries.js';
import type { ControlPeriodInput, ControlWrite } from './control.js';
import { controlTimeline } from './controlTimeline.js';
import { strikeSum } from './sums.js';
import { acceptHeldCount, heldCounts } from './heldCounts.js';
import type { HeldCount } from './reviewItem.js';

import { DEFAULT_LEDGER } from './location.js';

export { DEFAULT_LEDGER };

/** The ledger: releases, strike records and places in one database, embedded or on a server. */
export class Ledger {
  readonly places: PlaceBook;
  private readonly releaseDayCache: ReleaseDayCache;

  private constructor(readonly db: Database) {
    this.places = new PlaceBook(db);
    this.releaseDayCache = new ReleaseDayCache(db);
  }

  /** Opens (creating and migrating as needed) the ledger at a directory, `memory://` or a `postgres://` URL. */
  static async open(spec: string = process.env.AIRLEDGER_DB ?? DEFAULT_LEDGER, options: OpenOptions = {}): Promise<Ledger> {
    const db = await openDatabase(spec, options);
    try {
      await migrate(db);
      await restoreDeferredSchema(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return new Ledger(db);
  }

  // Importing and control writes load the parsers only when used: a command that reads starts without them.
  async importSources(inputs: string[], options?: ImportOptions): Promise<ImportSummary> {
    const { importSources } = await import('./importReleases.js');
    return importSources(this.db, this.places, inputs, options);
  }

  strikes(filter: StrikeFilter = {}): Promise<StrikeRow[]> {
    return listStrikes(this.db, filter);
  }

  /** Strike records for a query written with names; throws QueryError when a name or bound is wrong. */
  async findStrikes(query: StrikeQuery): Promise<{ rows: StrikeRow[]; place: Place | null }> {
    const { filter, place } = await filterForQuery(this.places, query);
    return { rows: await listStrikes(this.db, filter), place };
  }

  /** Number of releases and records, and the span of report days. */
  async stats(): Promise<{ releases: number; records: number; strikes: number; firstDay: string | null; lastDay: string | null }> {
    const { rows } = await this.db.query<{ releases: number; records: number; strikes: number | null; first_day: string | null; last_day: string | null }>(
      `SELECT (SELECT count(*)::int FROM releases) AS releases,
              (SELECT count(*)::int FROM strike_records) AS records,
              (SELECT ${strikeSum('strikes')} FROM strike_records) AS strikes,
              (SELECT min(report_date) FROM releases) AS first_day,
              (SELECT max(report_date) FROM releases) AS last_day`,
    );
    const row = rows[0]!;
    return { releases: row.releases, records: row.records, strikes: row.strikes ?? 0, firstDay: row.first_day, lastDay: row.last_day };
  }

  /** The store filter for a query written with names; throws QueryError when a name or bound is wrong. */
  filterFor(query: StrikeQuery): Promise<{ filter: StrikeFilter; place: Place | null }> {
    return filterForQuery(this.places, query);
  }

  /** The days the record covers by strike day (see `coveredDays`); kept for callers written before datings. */
  releaseDays(window: DayWindow): Promise<Day[]> {
    return this.coveredDays(window, 'strike');
  }

  /**
   * Days in the window the record covers, ascending: with `strike` dating, days a release reports strikes
   * for or says there were none (a day known only as part of a period of several days is not covered); with
   * `reported`, days a daily release was issued.
   */
  coveredDays(window: DayWindow, datedBy: DatedBy = 'strike'): Promise<Day[]> {
    return this.releaseDayCache.within(window, datedBy);
  }

  /**
   * The totals releases state for single days in the window, summed per day and section ('' for a release's
   * total over every section), with the lines they were read from. With `strike` dating the day is the strike
   * day the total is for; with `reported`, the day of the release (its totals of any day). Explicit zeros are
   * totals of 0 strikes and 0 engagements; `engagements` is null when a release stated none.
   */
  statedTotals(window: DayWindow, datedBy: DatedBy = 'strike'): Promise<StatedDayTotal[]> {
    return statedTotals(this.db, window, datedBy);
  }

  /** First and last day the ledger knows under a dating (see recordSpan); nulls when it is empty. */
  recordSpan(datedBy: DatedBy = 'strike'): Promise<{ first: Day | null; last: Day | null }> {
    return recordSpan(this.db, datedBy);
  }

  /** The ledger's releases in a window of report days, with what flags them; see ReleaseSummary. */
  releases(query: ReleaseListQuery = {}): Promise<ReleaseSummary[]> {
    return listReleases(this.db, query);
  }

  /** One release by its id, or the daily release of a report day, with its sources, totals, statements and lines not parsed; null when none. */
  release(selector: { id: number } | { day: Day; issuer?: string }): Promise<ReleaseDetail | null> {
    return releaseDetail(this.db, selector);
  }

  /** Strikes per day of the matching records; days without records are absent. */
  dailyTotals(filter: StrikeFilter): Promise<Map<Day, number>> {
    return dailyTotals(this.db, filter);
  }

  /** Strikes and records per day of the matching records; days without records are absent. */
  dailyCounts(filter: StrikeFilter): Promise<Map<Day, { strikes: number; records: number }>> {
    return dailyCounts(this.db, filter);
  }

  /** Strikes and records matching `filter`. */
  countStrikes(filter: StrikeFilter): Promise<{ strikes: number; records: number }> {
    return countStrikes(this.db, filter);
  }

  /** Targets the matching records name, most counted first. */
  targetTotals(filter: StrikeFilter): Promise<TargetTotal[]> {
    return targetTotals(this.db, filter);
  }

  /** The matching records as an answer cites them; with `center`, each with its distance from it. */
  recordCitations(filter: StrikeFilter, center?: { lat: number; lon: number }): Promise<RecordCitation[]> {
    return recordRefs(this.db, filter, center);
  }

  /** Countries the ledger's places and sections lie in: where a reader's place names are looked up. */
  theatre(): Promise<Set<string>> {
    return ledgerCountries(this.db);
  }

  /** A place in the ledger's theatre by one of its names or its key, matched exactly after folding; null when none. */
  async knownPlace(name: string): Promise<NamedPlace | null> {
    const names = exactPlaceNames(await this.places.gazetteer(), await this.theatre());
    return names.placeByKey(name.trim()) ?? names.knownPlace(name);
  }

  /** Stores a control CSV: every row, or none when any row has a problem (reported as `file:line`). */
  async importControl(text: string, sourceUri: string): Promise<ControlWrite> {
    const names = exactPlaceNames(await this.places.gazetteer(), await this.theatre());
    const { importControlCsv } = await import('./control.js');
    return importControlCsv(this.db, text, sourceUri, (name) => (names.placeByKey(name.trim()) ?? names.knownPlace(name))?.key ?? null);
  }

  /** Adds one period of control for a place given by key. */
  async addControlPeriod(input: ControlPeriodInput): Promise<ControlWrite> {
    const { addControlPeriod } = await import('./control.js');
    return addControlPeriod(this.db, input);
  }

  /**
   * Control periods (closed, in order) and events for some places or all: the built-in ones with the ledger's
   * own laid over them; the built-in ones those replace are in `overridden`, campaign-wide events in `campaign`.
   */
  controlTimeline(placeKeys?: string[]): Promise<MergedTimeline & { problems: ControlProblem[] }> {
    return controlTimeline(this.db, placeKeys);
  }

  /** Lines held for review because their count is above COUNT_REVIEW_ABOVE; in no count until accepted. */
  heldCounts(): Promise<HeldCount[]> {
    return heldCounts(this.db);
  }

  /** An editor accepts a held line's count: it becomes a strike record, and counts from now on. */
  acceptHeldCount(id: number): Promise<{ ok: true; accepted: HeldCount } | { ok: false; reason: string }> {
    return acceptHeldCount(this.db, id);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
