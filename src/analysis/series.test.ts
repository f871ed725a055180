import { describe, expect, it } from 'vitest';
import { bucketSeries, dailySeries, knownTotal, totalsByDay } from './series.js';

describe('series', () => {
  const totals = totalsByDay([
    { date: '2017-02-26', strikes: 2 },
    { date: '2017-02-26', strikes: 1 },
    { date: '2017-03-01', strikes: 4 },
  ]);

  it('marks days without a release as unknown (null), not zero', () => {
    const points = dailySeries({ from: '2017-02-26', to: '2017-03-02' }, totals, ['2017-02-26', '2017-02-27', '2017-03-01']);
    expect(points).toEqual([
      { day: '2017-02-26', strikes: 3 },
      { day: '2017-02-27', strikes: 0 },
      { day: '2017-02-28', strikes: null },
      { day: '2017-03-01', strikes: 4 },
      { day: '2017-03-02', strikes: null },
    ]);
    expect(knownTotal(points)).toBe(7);
  });

  it('buckets by month and ISO week with per-bucket coverage, clipped to the window', () => {
    const points = dailySeries({ from: '2017-02-26', to: '2017-03-02' }, totals, ['2017-02-26', '2017-02-27', '2017-03-01']);
    expect(bucketSeries(points, 'month')).toEqual([
      { key: '2017-02', window: { from: '2017-02-26', to: '2017-02-28' }, strikes: 3, coveredDays: 2, totalDays: 3 },
      { key: '2017-03', window: { from: '2017-03-01', to: '2017-03-02' }, strikes: 4, coveredDays: 1, totalDays: 2 },
    ]);
    expect(bucketSeries(points, 'week')).toEqual([
      { key: '2017-02-20', window: { from: '2017-02-26', to: '2017-02-26' }, strikes: 3, coveredDays: 1, totalDays: 1 },
      { key: '2017-02-27', window: { from: '2017-02-27', to: '2017-03-02' }, strikes: 4, coveredDays: 2, totalDays: 4 },
    ]);
  });
});
