import type { Day, ExplorePayload, Window } from '../types.js';

/** Index of the first element of sorted `values` that is >= `value`. */
export function lowerBound(values: readonly string[] | readonly number[], value: string | number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as string | number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a window of the explore payload holds: strikes per place, the records' range, coverage. */
export interface WindowSummary {
  window: Window;
  /** Strikes per place of `payload.places`, in the window. */
  placeStrikes: Float64Array;
  strikes: number;
  /** The window's records are records [offset, offset + count) of the payload's ordering. */
  offset: number;
  count: number;
  releaseDays: number;
  totalDays: number;
}

/**
 * The explore payload indexed for sub-windows: prefix sums over days, so that a brush move sums only the
 * cells of its days and finds its records' range in O(log n), without asking the server.
 */
export class ExploreModel {
  readonly days: Day[];
  /** Strikes and records per day of `days`. */
  readonly dayStrikes: Float64Array;
  readonly recordPrefix: Float64Array;
  private readonly strikePrefix: Float64Array;
  private readonly cellStart: Int32Array;

  constructor(readonly payload: ExplorePayload) {
    const { days, cells } = payload;
    this.days = days;
    this.dayStrikes = new Float64Array(days.length);
    const dayRecords = new Float64Array(days.length);
    this.cellStart = new Int32Array(days.length + 1);
    for (let i = 0; i < cells.day.length; i++) {
      const d = cells.day[i]!;
      this.dayStrikes[d]! += cells.strikes[i]!;
      dayRecords[d]! += cells.records[i]!;
    }
    this.recordPrefix = new Float64Array(days.length + 1);
    this.strikePrefix = new Float64Array(days.length + 1);
    for (let d = 0; d < days.length; d++) {
      this.recordPrefix[d + 1] = this.recordPrefix[d]! + dayRecords[d]!;
      this.strikePrefix[d + 1] = this.strikePrefix[d]! + this.dayStrikes[d]!;
    }
    // cells are ordered by day: the first cell of each day
    let c = 0;
    for (let d = 0; d <= days.length; d++) {
      while (c < cells.day.length && cells.day[c]! < d) c++;
      this.cellStart[d] = c;
    }
  }

  get totalRecords(): number {
    return this.recordPrefix[this.days.length]!;
  }

  /** Sums the window (inclusive days) from the loaded cells. */
  summarize(window: Window): WindowSummary {
    const d0 = lowerBound(this.days, window.from);
    const d1 = lowerBound(this.days, nextDay(window.to));
    const placeStrikes = new Float64Array(this.payload.places.length);
    const { cells } = this.payload;
    for (let c = this.cellStart[d0]!, end = this.cellStart[d1]!; c < end; c++) {
      const p = cells.place[c]!;
      if (p >= 0) placeStrikes[p]! += cells.strikes[c]!;
    }
    const releases = this.payload.releaseDays;
    return {
      window,
      placeStrikes,
      strikes: this.strikePrefix[d1]! - this.strikePrefix[d0]!,
      offset: this.recordPrefix[d0]!,
      count: this.recordPrefix[d1]! - this.recordPrefix[d0]!,
      releaseDays: lowerBound(releases, nextDay(window.to)) - lowerBound(releases, window.from),
      totalDays: daysBetween(window.from, window.to) + 1,
    };
  }

  /** Where record `offset` (in the payload's ordering) lies: its day and how many records of that day precede it. */
  locate(offset: number): { day: Day; skip: number } {
    // the last day whose prefix is <= offset
    let lo = 0;
    let hi = this.days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.recordPrefix[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { day: this.days[lo] ?? '', skip: offset - (this.recordPrefix[lo] ?? 0) };
  }
}

const DAY_MS = 86_400_000;

export function dayTime(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function dayOf(time: number): Day {
  return new Date(time).toISOString().slice(0, 10);
}

export function nextDay(day: Day): Day {
  return dayOf(dayTime(day) + DAY_MS);
}

export function addDays(day: Day, n: number): Day {
  return dayOf(dayTime(day) + n * DAY_MS);
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayTime(to) - dayTime(from)) / DAY_MS);
}

/** Spans of days in the window without a release, from the sorted release days. */
export function gapsOf(window: Window, releaseDays: readonly Day[]): Window[] {
  const gaps: Window[] = [];
  let cursor = window.from;
  for (const day of releaseDays) {
    if (day < window.from || day > window.to) continue;
    if (day > cursor) gaps.push({ from: cursor, to: addDays(day, -1) });
    cursor = nextDay(day);
  }
  if (cursor <= window.to) gaps.push({ from: cursor, to: window.to });
  return gaps;
}
