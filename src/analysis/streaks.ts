import type { Day } from './days.js';
import type { DailyPoint } from './series.js';
import { contains, windowDays, type Window } from './windows.js';

/** A run of consecutive days with strikes. */
export interface Streak {
  from: Day;
  to: Day;
  /** Calendar days from `from` to `to`, both included. */
  days: number;
  strikes: number;
  /** Days inside the run without a release; always 0 under the default `'break'` rule. */
  unknownDays: number;
}

/**
 * What a day without a release does to a run. `'break'` (default): it ends the run, because the ledger
 * cannot show a strike that day. `'bridge'`: it neither ends nor extends the run on its own; the run
 * continues if strikes resume the next known day, and the unknown days are counted in `unknownDays`.
 */
export type UnknownDayRule = 'break' | 'bridge';

/**
 * Maximal runs of consecutive days with strikes > 0 in a daily series (given in day order, one point per
 * day). A day with 0 strikes always ends a run. Runs come in day order and never touch: between two runs
 * lies at least one day without strikes (zero, or unknown under `'break'`).
 */
export function streaksOf(points: readonly DailyPoint[], options: { unknownDays?: UnknownDayRule } = {}): Streak[] {
  const rule = options.unknownDays ?? 'break';
  const streaks: Streak[] = [];
  let current: Streak | null = null;
  let pendingUnknown = 0;
  for (const p of points) {
    if (p.strikes !== null && p.strikes > 0) {
      if (current) {
        current.to = p.day;
        current.days += 1 + pendingUnknown;
        current.unknownDays += pendingUnknown;
        current.strikes += p.strikes;
      } else {
        current = { from: p.day, to: p.day, days: 1, strikes: p.strikes, unknownDays: 0 };
        streaks.push(current);
      }
      pendingUnknown = 0;
    } else if (p.strikes === null && rule === 'bridge' && current) {
      pendingUnknown += 1;
    } else {
      current = null;
      pendingUnknown = 0;
    }
  }
  return streaks;
}

/** Longest runs first; ties by more strikes, then earlier start. */
export function longestFirst(streaks: readonly Streak[]): Streak[] {
  return [...streaks].sort((a, b) => b.days - a.days || b.strikes - a.strikes || (a.from < b.from ? -1 : 1));
}

/** Runs with the most strikes first; ties by fewer days, then earlier start. */
export function heaviestFirst(streaks: readonly Streak[]): Streak[] {
  return [...streaks].sort((a, b) => b.strikes - a.strikes || a.days - b.days || (a.from < b.from ? -1 : 1));
}

/** How the days of one window look, for checking "N strikes over K consecutive days between A and B". */
export interface RunCheck {
  window: Window;
  /** Days in the window. */
  days: number;
  /** Strikes on its known days. */
  strikes: number;
  /** Days with strikes > 0. */
  strikeDays: number;
  /** Known days without strikes: each one breaks the run. */
  zeroDays: Day[];
  /** Days without a release: they might or might not have had strikes. */
  unknownDays: Day[];
  /** True when every day of the window is known and had strikes. */
  consecutive: boolean;
}

/** Reads one window of a daily series as a candidate run of consecutive strike days. */
export function runIn(points: readonly DailyPoint[], window: Window): RunCheck {
  const inside = points.filter((p) => contains(window, p.day));
  const zeroDays = inside.filter((p) => p.strikes === 0).map((p) => p.day);
  const unknownDays = inside.filter((p) => p.strikes === null).map((p) => p.day);
  const strikeDays = inside.filter((p) => (p.strikes ?? 0) > 0).length;
  const strikes = inside.reduce((s, p) => s + (p.strikes ?? 0), 0);
  const days = windowDays(window);
  // Days of the window missing from the series count as unknown, never as strike days.
  const unseen = days - inside.length;
  return {
    window,
    days,
    strikes,
    strikeDays,
    zeroDays,
    unknownDays,
    consecutive: zeroDays.length === 0 && unknownDays.length === 0 && unseen === 0,
  };
}

/**
 * Every window of exactly `k` consecutive days, inside the series, in which each day had strikes;
 * in day order, with the strikes of each. A run of n ≥ k strike days yields n − k + 1 windows.
 */
export function runsOfLength(points: readonly DailyPoint[], k: number): Array<{ window: Window; strikes: number }> {
  const out: Array<{ window: Window; strikes: number }> = [];
  if (k < 1) return out;
  for (const streak of streaksOf(points)) {
    if (streak.days < k) continue;
    const run = points.filter((p) => streak.from <= p.day && p.day <= streak.to);
    let sum = 0;
    run.forEach((p, i) => {
      sum += p.strikes ?? 0;
      if (i >= k) sum -= run[i - k]?.strikes ?? 0;
      if (i >= k - 1) out.push({ window: { from: run[i - k + 1]!.day, to: p.day }, strikes: sum });
    });
  }
  return out;
}
