import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './days.js';
import { longestFirst, runIn, runsOfLength, streaksOf } from './streaks.js';
import type { DailyPoint } from './series.js';
import { seriesArb } from '../../test/support/analysisArbitraries.js';

const series = (start: string, values: Array<number | null>): DailyPoint[] =>
  values.map((strikes, i) => ({ day: addDays(start, i), strikes }));

describe('streaks', () => {
  it('finds runs of consecutive strike days with their length, total and dates', () => {
    const points = series('2017-02-17', [0, 0, 3, 2, 4, 1, 2, 3, 2, 4, 2, 0, 1]);
    expect(streaksOf(points)).toEqual([
      { from: '2017-02-19', to: '2017-02-27', days: 9, strikes: 23, unknownDays: 0 },
      { from: '2017-03-01', to: '2017-03-01', days: 1, strikes: 1, unknownDays: 0 },
    ]);
  });

  it('breaks a run at a day without a release unless asked to bridge it', () => {
    const points = series('2017-02-19', [3, null, 2]);
    expect(streaksOf(points).map((s) => s.days)).toEqual([1, 1]);
    expect(streaksOf(points, { unknownDays: 'bridge' })).toEqual([
      { from: '2017-02-19', to: '2017-02-21', days: 3, strikes: 5, unknownDays: 1 },
    ]);
  });

  it('lists the longest run first', () => {
    const points = series('2017-01-01', [1, 0, 1, 1, 0, 5]);
    expect(longestFirst(streaksOf(points)).map((s) => s.from)).toEqual(['2017-01-03', '2017-01-06', '2017-01-01']);
  });

  it('checks "23 strikes over nine consecutive days between 19 and 27 February"', () => {
    const points = series('2017-02-17', [0, 0, 3, 2, 4, 1, 2, 3, 2, 4, 2, 0]);
    const run = runIn(points, { from: '2017-02-19', to: '2017-02-27' });
    expect(run).toMatchObject({ days: 9, strikes: 23, strikeDays: 9, consecutive: true, zeroDays: [], unknownDays: [] });
  });

  it('slides a k-day window along runs of strike days', () => {
    const points = series('2017-01-01', [1, 2, 3, 0, 4]);
    expect(runsOfLength(points, 2)).toEqual([
      { window: { from: '2017-01-01', to: '2017-01-02' }, strikes: 3 },
      { window: { from: '2017-01-02', to: '2017-01-03' }, strikes: 5 },
    ]);
  });

  it('puts every strike of the series in exactly one streak', () => {
    fc.assert(
      fc.property(seriesArb, (points) => {
        const positive = points.reduce((s, p) => s + ((p.strikes ?? 0) > 0 ? p.strikes! : 0), 0);
        expect(streaksOf(points).reduce((s, k) => s + k.strikes, 0)).toBe(positive);
        expect(streaksOf(points, { unknownDays: 'bridge' }).reduce((s, k) => s + k.strikes, 0)).toBe(positive);
      }),
    );
  });

  it('keeps streaks disjoint, in order, and separated by at least one day without strikes', () => {
    fc.assert(
      fc.property(seriesArb, (points) => {
        const byDay = new Map(points.map((p) => [p.day, p.strikes]));
        const streaks = streaksOf(points);
        streaks.forEach((s, i) => {
          const next = streaks[i + 1];
          if (next) expect(next.from > addDays(s.to, 1)).toBe(true);
          const after = byDay.get(addDays(s.to, 1));
          expect(after === undefined || after === null || after === 0).toBe(true);
          const before = byDay.get(addDays(s.from, -1));
          expect(before === undefined || before === null || before === 0).toBe(true);
          expect(runIn(points, s).consecutive).toBe(true);
        });
      }),
    );
  });

  it('finds a k-day run exactly where a streak is at least k days long', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 1, max: 6 }), (points, k) => {
        const expected = streaksOf(points).reduce((n, s) => n + Math.max(0, s.days - k + 1), 0);
        const runs = runsOfLength(points, k);
        expect(runs.length).toBe(expected);
        for (const r of runs) expect(runIn(points, r.window).strikes).toBe(r.strikes);
      }),
    );
  });
});
