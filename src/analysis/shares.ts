import type { Day } from './days.js';
import { closed, exactly, type Interval } from './intervals.js';
import { contains, intersect, type Window } from './windows.js';

/** An exact ratio, kept as whole numbers so answers can say "3 of 8". */
export interface Fraction {
  num: number;
  den: number;
}

/** Strikes inside a sub-window against all strikes of the window. */
export interface Share {
  inside: number;
  total: number;
  /** inside / total, or null when the window has no strikes. */
  value: number | null;
}

/** Strikes of `window` that fall in `subWindow` (clipped to `window`), against all strikes of `window`. */
export function shareOf(totals: ReadonlyMap<Day, number>, window: Window, subWindow: Window): Share {
  const sub = intersect(window, subWindow);
  let inside = 0;
  let total = 0;
  for (const [day, strikes] of totals) {
    if (!contains(window, day)) continue;
    total += strikes;
    if (sub && contains(sub, day)) inside += strikes;
  }
  return { inside, total, value: total === 0 ? null : inside / total };
}

export function fractionValue(f: Fraction): number {
  return f.num / f.den;
}

/** The fraction in lowest terms ("3/9" → "1/3"). */
export function reduce(f: Fraction): Fraction {
  const g = gcd(Math.abs(f.num), Math.abs(f.den)) || 1;
  return { num: f.num / g, den: f.den / g };
}

/** How a share was qualified: "a third" is exact, "about a third", "nearly half", "more than half", … */
export type ShareApprox = 'exact' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'fewer-than';

/** A claimed share: the fraction, how it was qualified, and whether it was said as a fraction or a percentage. */
export interface ShareTarget {
  fraction: Fraction;
  approx: ShareApprox;
  /** `'fraction'` for words like "a third", `'percent'` for "40 percent" (digits after the point in `percentDecimals`). */
  wording: 'fraction' | 'percent';
  percentDecimals?: number;
}

/**
 * Tolerances on a share (absolute, on the 0..1 scale):
 * - a named fraction ("a third", "half") is a rounded figure: within 0.05 of it;
 * - a percentage ("40 percent") is within half of its last stated digit (40% → ±0.005);
 * - "about" / "around" / "roughly": within 0.10;
 * - "nearly" / "almost": from 0.10 below up to the figure itself.
 * With a total of N strikes a count can only move in steps of 1/N, so exact and "about" shares also
 * accept the nearest whole count (half a step), and "nearly" accepts one whole step below.
 */
export const SHARE_TOLERANCE = { fraction: 0.05, about: 0.1, nearly: 0.1 } as const;

/** The shares a claimed share accepts, given the window's total (for the whole-count rule) when known. */
export function acceptedShares(target: ShareTarget, total?: number): Interval {
  const f = fractionValue(target.fraction);
  const halfStep = total && total > 0 ? 1 / (2 * total) : 0;
  const base = target.wording === 'percent' ? 0.5 * 10 ** -(2 + (target.percentDecimals ?? 0)) : SHARE_TOLERANCE.fraction;
  switch (target.approx) {
    case 'exact': {
      const tol = Math.max(base, halfStep);
      return closed(Math.max(0, f - tol), Math.min(1, f + tol));
    }
    case 'about': {
      const tol = Math.max(SHARE_TOLERANCE.about, halfStep);
      return closed(Math.max(0, f - tol), Math.min(1, f + tol));
    }
    case 'nearly':
      return closed(Math.max(0, f - Math.max(SHARE_TOLERANCE.nearly, 2 * halfStep)), f);
    case 'at-least':
      return closed(f, 1);
    case 'more-than':
      return { lo: f, hi: 1, loOpen: true, hiOpen: false };
    case 'at-most':
      return closed(0, f);
    case 'fewer-than':
      return { lo: 0, hi: f, loOpen: false, hiOpen: true };
  }
}

/**
 * The shares the truth could have, given what was found and where days are missing: a missing day
 * inside the sub-window could add strikes to both counts, one outside only to the total.
 * Returns null when nothing can be said (no strikes found and no missing days).
 */
export function possibleShares(share: Share, missing: { inside: boolean; outside: boolean }): Interval | null {
  const { inside, total } = share;
  if (missing.inside && missing.outside) return closed(0, 1);
  if (total === 0) {
    if (missing.inside) return exactly(1);
    if (missing.outside) return exactly(0);
    return null;
  }
  const found = inside / total;
  if (missing.inside) return { lo: found, hi: 1, loOpen: false, hiOpen: found < 1 };
  if (missing.outside) return { lo: 0, hi: found, loOpen: found > 0, hiOpen: false };
  return exactly(found);
}

/** `3 of 8 (37.5%)`. */
export function formatShare(share: Share): string {
  if (share.value === null) return `${share.inside} of ${share.total}`;
  return `${share.inside} of ${share.total} (${Number((share.value * 100).toFixed(1))}%)`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
