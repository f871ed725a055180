import { atLeast, closed, disjoint, isSubset, type Interval } from '../analysis/index.js';
import type { ClaimedNumber, Verdict } from './types.js';

/**
 * Tolerance for counts said approximately: "about 80" accepts 80 ± 10% (at least ± 1, rounded);
 * "nearly 80" accepts from 10% (at least 1) below up to 80 itself. Exact numbers accept only themselves.
 */
export const COUNT_TOLERANCE = { about: 0.1, nearly: 0.1 } as const;

/** The counts a claimed number accepts. */
export function acceptedCount(n: ClaimedNumber): Interval {
  const slack = (f: number) => Math.max(1, Math.round(n.value * f));
  switch (n.approx) {
    case 'exact':
      return closed(n.value, n.value);
    case 'about':
      return closed(Math.max(0, n.value - slack(COUNT_TOLERANCE.about)), n.value + slack(COUNT_TOLERANCE.about));
    case 'nearly':
      return closed(Math.max(0, n.value - slack(COUNT_TOLERANCE.nearly)), n.value);
    case 'at-least':
      return atLeast(n.value);
    case 'more-than':
      return { lo: n.value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-most':
      return closed(0, n.value);
    case 'fewer-than':
      return { lo: 0, hi: n.value, loOpen: false, hiOpen: true };
  }
}

/**
 * Compares what a claim accepts with what the truth could be given the record: supported when every
 * possible truth is accepted, contradicted when none is, partial-coverage in between (the record's gaps
 * could go either way). With full coverage the truth is what was found, so the answer is yes or no.
 */
export function judge(accepted: Interval, possible: Interval): Extract<Verdict, 'supported' | 'contradicted' | 'partial-coverage'> {
  if (isSubset(possible, accepted)) return 'supported';
  if (disjoint(possible, accepted)) return 'contradicted';
  return 'partial-coverage';
}
