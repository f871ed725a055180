import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeast, closed, disjoint, formatInterval, isSubset, within, type Interval } from './intervals.js';

const intervalArb: fc.Arbitrary<Interval> = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([a, b, loOpen, hiOpen, unbounded]) => ({ lo: Math.min(a, b), hi: unbounded ? Infinity : Math.max(a, b), loOpen, hiOpen: unbounded || hiOpen }));

describe('intervals', () => {
  it('keeps every member of a subset inside the superset', () => {
    fc.assert(
      fc.property(intervalArb, intervalArb, fc.integer({ min: 0, max: 20 }), (a, b, x) => {
        if (isSubset(a, b) && within(x, a)) expect(within(x, b)).toBe(true);
        if (disjoint(a, b)) expect(within(x, a) && within(x, b)).toBe(false);
      }),
    );
  });

  it('tells open from closed ends', () => {
    expect(isSubset(atLeast(8), closed(8, 8))).toBe(false);
    expect(disjoint({ lo: 0, hi: 8, loOpen: false, hiOpen: true }, closed(8, 9))).toBe(true);
    expect(formatInterval(atLeast(8))).toBe('≥ 8');
    expect(formatInterval(closed(72, 88))).toBe('[72, 88]');
  });
});
