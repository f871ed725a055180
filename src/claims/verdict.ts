import {
  acceptedShares,
  atLeast,
  exactly,
  isComplete,
  possibleShares,
  runIn,
  runsOfLength,
  within,
  windowDays,
  type Coverage,
  type DailyPoint,
  type Day,
  type Share,
  type Window,
} from '../analysis/index.js';
import { acceptedCount, judge } from './tolerance.js';
import type { ClaimedNumber, ClaimedShare, Verdict } from './types.js';

/** What a count claims. */
export interface CountAsk {
  kind: 'count';
  claimed: ClaimedNumber;
}

/** What a share claims. */
export interface ShareAsk {
  kind: 'share';
  claimedShare: ClaimedShare;
}

/** What a streak claims: `days` consecutive strike days in `window`, with `strikes` in all when it says. */
export interface StreakAsk {
  kind: 'streak';
  window: Window;
  days: number;
  strikes: ClaimedNumber | null;
}

export interface FoundCount {
  value: number;
  coverage: Coverage;
}

export interface FoundShare {
  value: Share;
  /** Coverage of the whole window. */
  coverage: Coverage;
  /** Coverage of the sub-window's days inside the window. */
  subCoverage: Coverage;
}

/** The run of strike days that best answers a streak claim. */
export interface StreakFound {
  /** The run's days: the claim's window itself, or the best k-day run inside it; null when none exists. */
  window: Window | null;
  strikes: number;
  /** Days of `window` with strikes. */
  strikeDays: number;
  /** Known days without strikes in `window`, and days without a release. */
  zeroDays: Day[];
  unknownDays: Day[];
  /** True when this run has every day with strikes and the strikes the claim accepts. */
  matched: boolean;
}

export interface FoundStreak {
  value: StreakFound;
  coverage: Coverage;
}

/**
 * The verdict on one claim, given what the record holds over its window:
 * - no-coverage when no day of the window has a release;
 * - counts: the truth is what was found when coverage is complete, and at least that when days are
 *   missing; supported / contradicted / partial-coverage by `judge` (so an exact "8" with 9 found is
 *   contradicted even with gaps, and with 5 found and gaps is partial-coverage);
 * - shares: missing days inside the sub-window could raise the share, outside it lower it; same rule;
 * - streaks: a known day without strikes in the claimed run contradicts it; days without a release
 *   leave it partial-coverage unless the strikes found already exceed what the claim accepts.
 */
export function verdictFor(claim: CountAsk, found: FoundCount): Verdict;
export function verdictFor(claim: ShareAsk, found: FoundShare): Verdict;
export function verdictFor(claim: StreakAsk, found: FoundStreak): Verdict;
export function verdictFor(claim: CountAsk | ShareAsk | StreakAsk, found: FoundCount | FoundShare | FoundStreak): Verdict {
  if (found.coverage.coveredDays === 0) return 'no-coverage';
  switch (claim.kind) {
    case 'count': {
      const { value, coverage } = found as FoundCount;
      return judge(acceptedCount(claim.claimed), isComplete(coverage) ? exactly(value) : atLeast(value));
    }
    case 'share': {
      const { value, coverage, subCoverage } = found as FoundShare;
      const missingInside = subCoverage.missingDays.length > 0;
      const missingOutside = coverage.missingDays.length > subCoverage.missingDays.length;
      const possible = possibleShares(value, { inside: missingInside, outside: missingOutside });
      if (possible === null) return 'contradicted';
      return judge(acceptedShares(claim.claimedShare, value.total), possible);
    }
    case 'streak':
      return streakVerdict(claim, found as FoundStreak);
  }
}

function streakVerdict(claim: StreakAsk, { value, coverage }: FoundStreak): Verdict {
  if (value.matched) return 'supported';
  const accepted = claim.strikes ? acceptedCount(claim.strikes) : atLeast(0);
  if (windowDays(claim.window) === claim.days) {
    if (value.zeroDays.length > 0) return 'contradicted';
    if (value.unknownDays.length > 0) return value.strikes > accepted.hi ? 'contradicted' : 'partial-coverage';
    return 'contradicted';
  }
  return isComplete(coverage) ? 'contradicted' : 'partial-coverage';
}

/**
 * Looks for the run a streak claim describes in a daily series of its window: the window itself when it
 * is exactly `days` long, otherwise every run of `days` consecutive strike days inside it, preferring one
 * whose strikes the claim accepts, then the closest.
 */
export function findStreak(claim: StreakAsk, points: readonly DailyPoint[]): StreakFound {
  const accepted = claim.strikes ? acceptedCount(claim.strikes) : atLeast(0);
  if (windowDays(claim.window) === claim.days) {
    const run = runIn(points, claim.window);
    return {
      window: claim.window,
      strikes: run.strikes,
      strikeDays: run.strikeDays,
      zeroDays: run.zeroDays,
      unknownDays: run.unknownDays,
      matched: run.consecutive && within(run.strikes, accepted),
    };
  }
  const runs = runsOfLength(points, claim.days);
  const target = claim.strikes?.value ?? Infinity;
  const best = runs.find((r) => within(r.strikes, accepted)) ?? [...runs].sort((a, b) => Math.abs(a.strikes - target) - Math.abs(b.strikes - target))[0];
  if (!best) return { window: null, strikes: 0, strikeDays: 0, zeroDays: [], unknownDays: [], matched: false };
  return { window: best.window, strikes: best.strikes, strikeDays: claim.days, zeroDays: [], unknownDays: [], matched: within(best.strikes, accepted) };
}

/**
 * One verdict for a sentence from its parts: contradicted if any part is; else partial-coverage if any
 * part is partial or lacks coverage (no-coverage if all do); else supported. Unparseable parts do not
 * change the verdict of the others; a sentence with only unparseable parts is unparseable.
 */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  const checked = verdicts.filter((v) => v !== 'unparseable');
  if (checked.length === 0) return 'unparseable';
  if (checked.includes('contradicted')) return 'contradicted';
  if (checked.every((v) => v === 'no-coverage')) return 'no-coverage';
  if (checked.some((v) => v === 'partial-coverage' || v === 'no-coverage')) return 'partial-coverage';
  return 'supported';
}
