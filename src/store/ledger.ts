import { openDatabase, type Database } from './db.js';
import { migrate } from './migrations.js';
import { PlaceBook } from './placeBook.js';
import { importSources, type ImportOptions, type ImportSummary } from './importReleases.js';
import { listStrikes, type StrikeFilter, type StrikeRow } from './strikes.js';
import { filterForQuery, type StrikeQuery } from './strikeQuery.js';
import type { Place } from '../places/types.js';

/** Where the ledger lives when nothing says otherwise: a PGlite data directory in the working folder. */
export const DEFAULT_LEDGER = './airledger-data';

/** The ledger: releases, strike records and places in one database, embedded or on a server. */
export class Ledger {
  readonly places: PlaceBook;

  private constructor(readonly db: Database) {
    this.places = new PlaceBook(db);
  }

  /** Opens (creating and migrating as needed) the ledger at a directory, `memory://` or a `postgres://` URL. */
  static async open(spec: string = process.env.AIRLEDGER_DB ?? DEFAULT_LEDGER): Promise<Ledger> {
    const db = await openDatabase(spec);
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return new Ledger(db);
  }

  importSources(inputs: string[], options?: ImportOptions): Promise<ImportSummary> {
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
              (SELECT sum(strikes)::int FROM strike_records) AS strikes,
              (SELECT min(report_date) FROM releases) AS first_day,
              (SELECT max(report_date) FROM releases) AS last_day`,
    );
    const row = rows[0]!;
    return { releases: row.releases, records: row.records, strikes: row.strikes ?? 0, firstDay: row.first_day, lastDay: row.last_day };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
