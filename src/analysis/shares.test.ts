import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptedShares, possibleShares, shareOf, type ShareTarget } from './shares.js';
import { totalsByDay } from './series.js';
import { isSubset, within } from './intervals.js';
import { windowArb } from '../../test/support/analysisArbitraries.js';
import { addDays } from './days.js';

const third: ShareTarget = { fraction: { num: 1, den: 3 }, approx: 'exact', wording: 'fraction' };

describe('shares', () => {
  const totals = totalsByDay([
    { date: '2015-06-01', strikes: 2 },
    { date: '2016-02-10', strikes: 1 },
    { date: '2016-03-15', strikes: 2 },
    { date: '2016-03-20', strikes: 3 },
  ]);

  it('counts the strikes of a sub-window against the whole window', () => {
    const share = shareOf(totals, { from: '2015-05-20', to: '2016-03-27' }, { from: '2016-03-07', to: '2016-03-27' });
    expect(share).toEqual({ inside: 5, total: 8, value: 5 / 8 });
  });

  it('accepts 3 of 8 as "a third" but not 2 of 8', () => {
    expect(within(3 / 8, acceptedShares(third, 8))).toBe(true);
    expect(within(2 / 8, acceptedShares(third, 8))).toBe(false);
  });

  it('reads "nearly half" as a little under half, and "40 percent" within half a point', () => {
    const nearlyHalf: ShareTarget = { fraction: { num: 1, den: 2 }, approx: 'nearly', wording: 'fraction' };
    expect(within(0.45, acceptedShares(nearlyHalf))).toBe(true);
    expect(within(0.55, acceptedShares(nearlyHalf))).toBe(false);
    const forty: ShareTarget = { fraction: { num: 40, den: 100 }, approx: 'exact', wording: 'percent' };
    expect(within(0.404, acceptedShares(forty))).toBe(true);
    expect(within(0.41, acceptedShares(forty))).toBe(false);
  });

  it('keeps a share between 0 and 1, and the share of a window in itself at 1', () => {
    fc.assert(
      fc.property(windowArb, windowArb, fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 130 }), (w, sub, counts) => {
        const t = new Map(counts.map((n, i) => [addDays(w.from, i), n] as const).filter(([d]) => d <= w.to));
        const share = shareOf(t, w, sub);
        if (share.value !== null) expect(share.value >= 0 && share.value <= 1).toBe(true);
        expect(share.inside).toBeLessThanOrEqual(share.total);
        const whole = shareOf(t, w, w);
        expect(whole.inside).toBe(whole.total);
        if (whole.total > 0) expect(whole.value).toBe(1);
      }),
    );
  });

  it('widens what the truth could be only in the direction missing days allow', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), fc.boolean(), fc.boolean(), (inside, outside, mi, mo) => {
        const share = { inside, total: inside + outside, value: inside + outside ? inside / (inside + outside) : null };
        const range = possibleShares(share, { inside: mi, outside: mo });
        if (range === null) {
          expect(share.total).toBe(0);
          return;
        }
        expect(range.lo >= 0 && range.hi <= 1).toBe(true);
        if (share.value !== null) expect(within(share.value, range)).toBe(true);
        if (!mi && !mo && share.value !== null) expect(isSubset(range, { lo: share.value, hi: share.value, loOpen: false, hiOpen: false })).toBe(true);
      }),
    );
  });
});
