import type { Day } from './days.js';
import { coverageOf, type Coverage } from './coverage.js';
import { contains, splitWindow, windowDays, type Span, type Window } from './windows.js';

/** Strikes in the part of a window held by one period (or by no known holder, when `period` is null). */
export interface PeriodTotal<P extends Span> {
  period: P | null;
  /** The period's days inside the window. */
  window: Window;
  strikes: number;
  totalDays: number;
  /** Coverage of this piece; null when no release days were given. */
  coverage: Coverage | null;
}

/**
 * Splits a window's per-day strike totals by periods of control (any spans with a start and an
 * optional end). Every day of the window lands in exactly one piece, so the pieces' strikes add up to
 * the window's; days no period covers form pieces with `period: null`. Periods should belong to one
 * place; where they overlap, the earlier one in the list wins.
 */
export function splitByControl<P extends Span>(
  window: Window,
  totals: ReadonlyMap<Day, number>,
  periods: readonly P[],
  releaseDays?: Iterable<Day>,
): Array<PeriodTotal<P>> {
  const released = releaseDays ? [...releaseDays] : null;
  return splitWindow(window, periods).map((piece) => {
    let strikes = 0;
    for (const [day, n] of totals) if (contains(piece.window, day)) strikes += n;
    return {
      period: piece.index === null ? null : (periods[piece.index] ?? null),
      window: piece.window,
      strikes,
      totalDays: windowDays(piece.window),
      coverage: released ? coverageOf(piece.window, released) : null,
    };
  });
}
