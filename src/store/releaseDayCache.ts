import type { Day } from '../ingest/types.js';
import type { Queryable } from './db.js';
import { releaseDays, type DayWindow } from './analysisQueries.js';

/**
 * Every release day of the ledger, kept in memory and reloaded when the releases change. Each read costs
 * one small query (the releases' highest id and count change with every import or replacement, in this
 * process or another one on the same server), instead of an index probe per day of a long window.
 */
export class ReleaseDayCache {
  private version: string | null = null;
  private days: Day[] = [];

  constructor(private readonly db: Queryable) {}

  /** Release days inside the window (ends included), ascending. */
  async within(window: DayWindow): Promise<Day[]> {
    const { rows } = await this.db.query<{ version: string }>(
      `SELECT coalesce(max(id), 0) || ':' || count(*) AS version FROM releases`,
    );
    const version = rows[0]!.version;
    if (version !== this.version) {
      this.days = await releaseDays(this.db, { from: '0001-01-01', to: '9999-12-31' });
      this.version = version;
    }
    return this.days.slice(firstAtOrAfter(this.days, window.from), firstAtOrAfter(this.days, addOne(window.to)));
  }
}

/** Index of the first day not before `day` in a sorted list. */
function firstAtOrAfter(days: Day[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ISO days sort as strings; appending a character gives the smallest string after `day` and its equals.
const addOne = (day: Day) => `${day}\u0000`;
