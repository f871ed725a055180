import type { Day } from './days.js';
import { contains, daysOf, formatWindow, rangesOf, windowDays, type Window } from './windows.js';

/**
 * What the ledger can say about a window. A day with a release is known: no strike near a place on
 * that day is a real zero. A day without a release is unknown, never zero.
 */
export interface Coverage {
  from: Day;
  to: Day;
  /** Days of the window with a release. */
  coveredDays: number;
  /** Days of the window, ends included. */
  totalDays: number;
  /** Days of the window without a release, in order. */
  missingDays: Day[];
  /** The missing days as maximal runs, for reading. */
  missingRanges: Window[];
  /** First and last release day inside the window; null when there is none. */
  firstReleaseDay: Day | null;
  lastReleaseDay: Day | null;
}

/** Coverage of a window by release days; release days outside the window are ignored. */
export function coverageOf(window: Window, releaseDays: Iterable<Day>): Coverage {
  const released = new Set<Day>();
  for (const day of releaseDays) if (contains(window, day)) released.add(day);
  const missingDays = daysOf(window).filter((day) => !released.has(day));
  const sorted = [...released].sort();
  return {
    from: window.from,
    to: window.to,
    coveredDays: released.size,
    totalDays: windowDays(window),
    missingDays,
    missingRanges: rangesOf(missingDays),
    firstReleaseDay: sorted[0] ?? null,
    lastReleaseDay: sorted[sorted.length - 1] ?? null,
  };
}

export function isComplete(c: Coverage): boolean {
  return c.missingDays.length === 0;
}

export function hasNoCoverage(c: Coverage): boolean {
  return c.coveredDays === 0;
}

/** One line for an answer: "coverage 2015-05-20..2016-03-27: 310 of 313 days; no release on 2015-06-01..2015-06-03". */
export function describeCoverage(c: Coverage, maxRanges = 8): string {
  const head = `coverage ${formatWindow(c)}: ${c.coveredDays} of ${c.totalDays} days have a release`;
  if (c.missingRanges.length === 0) return `${head}; no gaps`;
  const shown = c.missingRanges.slice(0, maxRanges).map(formatWindow).join(', ');
  const more = c.missingRanges.length > maxRanges ? ` and ${c.missingRanges.length - maxRanges} more gaps` : '';
  return `${head}; no release on ${shown}${more}`;
}
