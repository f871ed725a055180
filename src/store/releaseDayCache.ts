import type { DatedBy, Day } from '../ingest/types.js';
import type { Queryable } from './db.js';
import { coveredDays, type DayWindow } from './analysisQueries.js';

/**
 * Every covered day of the ledger under each dating, kept in memory and reloaded when the releases change.
 * Each read costs one small query (the releases' highest id and count change with every import or
 * replacement, in this process or another one on the same server), instead of an index probe per day of a
 * long window.
 */
export class ReleaseDayCache {
  private version: string | null = null;
  private days = new Map<DatedBy, Day[]>();

  constructor(private readonly db: Queryable) {}

  /** Covered days inside the window (ends included) under `datedBy`, ascending. */
  async within(window: DayWindow, datedBy: DatedBy = 'strike'): Promise<Day[]> {
    const { rows } = await this.db.query<{ version: string }>(
      `SELECT coalesce(max(id), 0) || ':' || count(*) AS version FROM releases`,
    );
    const version = rows[0]!.version;
    if (version !== this.version) {
      this.days.clear();
      this.version = version;
    }
    let days = this.days.get(datedBy);
    if (days === undefined) {
      days = await coveredDays(this.db, { from: '0001-01-01', to: '9999-12-31' }, datedBy);
      // another request may have seen a newer version meanwhile; its days are then the ones to keep
      if (this.version === version) this.days.set(datedBy, days);
    }
    return days.slice(firstAtOrAfter(days, window.from), firstAtOrAfter(days, addOne(window.to)));
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
