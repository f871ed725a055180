import { lastOfMonth, maxDay, minDay, monthKey, startOfWeek, addDays, type Day } from './days.js';
import { daysOf, type Window } from './windows.js';

/** One day of a series: strikes that day, or null when no release covers the day (unknown, not zero). */
export interface DailyPoint {
  day: Day;
  strikes: number | null;
}

/** Strikes per day, summed from anything dated with a strike count (strike records). */
export function totalsByDay(records: Iterable<{ date: Day; strikes: number }>): Map<Day, number> {
  const totals = new Map<Day, number>();
  for (const r of records) totals.set(r.date, (totals.get(r.date) ?? 0) + r.strikes);
  return totals;
}

/**
 * One point per day of the window. A day with recorded strikes counts them; a day with a release and no
 * strikes is 0; a day with neither is null. Strikes recorded on a day without a listed release still
 * count: the record itself shows the day was reported.
 */
export function dailySeries(window: Window, totals: ReadonlyMap<Day, number>, releaseDays: Iterable<Day>): DailyPoint[] {
  const released = new Set(releaseDays);
  return daysOf(window).map((day) => {
    const strikes = totals.get(day);
    if (strikes !== undefined) return { day, strikes };
    return { day, strikes: released.has(day) ? 0 : null };
  });
}

/** Sum of the known days of a series (unknown days add nothing). */
export function knownTotal(points: readonly DailyPoint[]): number {
  return points.reduce((sum, p) => sum + (p.strikes ?? 0), 0);
}

export type BucketUnit = 'week' | 'month';

/** A week (ISO, from Monday) or calendar month of a series, clipped to the series' window. */
export interface Bucket {
  /** The week's Monday (`YYYY-MM-DD`) or the month (`YYYY-MM`). */
  key: string;
  window: Window;
  /** Strikes on the bucket's known days. */
  strikes: number;
  /** Days of the bucket with a release (or a record). */
  coveredDays: number;
  /** Days of the bucket inside the series' window. */
  totalDays: number;
}

/** Groups a daily series (in day order) into weeks or months; buckets at the edges hold only the window's days. */
export function bucketSeries(points: readonly DailyPoint[], unit: BucketUnit): Bucket[] {
  const buckets: Bucket[] = [];
  for (const p of points) {
    const key = unit === 'week' ? startOfWeek(p.day) : monthKey(p.day);
    let last = buckets[buckets.length - 1];
    if (!last || last.key !== key) {
      const end = unit === 'week' ? addDays(key, 6) : lastOfMonth(p.day);
      last = { key, window: { from: p.day, to: p.day }, strikes: 0, coveredDays: 0, totalDays: 0 };
      last.window.to = minDay(end, maxDay(p.day, points[points.length - 1]?.day ?? p.day));
      buckets.push(last);
    }
    last.totalDays += 1;
    if (p.strikes !== null) {
      last.coveredDays += 1;
      last.strikes += p.strikes;
    }
  }
  return buckets;
}
