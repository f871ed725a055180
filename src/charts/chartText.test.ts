import { describe, expect, it } from 'vitest';
import { bucketChartText, controlChartText, dailyChartText, daysWithoutRelease, longWindow } from './chartText.js';

describe('chart text', () => {
  it('says a daily chart in one sentence: strikes, strike days and days without a release', () => {
    const text = dailyChartText('Strikes per day near Palmyra', { from: '2015-05-20', to: '2016-03-27' }, [
      { day: '2015-05-23', strikes: 1 },
      { day: '2015-09-10', strikes: 2 },
      { day: '2015-05-21', strikes: 0 },
    ], [{ from: '2015-05-26', to: '2015-05-27' }, { from: '2015-05-30', to: '2015-05-30' }]);
    expect(text.summary).toBe('Strikes per day near Palmyra, 20 May 2015 – 27 March 2016: 3 strikes on 2 days; no release on 3 days');
  });

  it('tables the strike days and the spans without a release in date order, with the same numbers', () => {
    const text = dailyChartText('Strikes per day', { from: '2015-05-20', to: '2015-06-10' }, [{ day: '2015-05-23', strikes: 1 }, { day: '2015-06-02', strikes: 4 }], [{ from: '2015-05-26', to: '2015-05-27' }]);
    expect(text.rows).toEqual([['2015-05-23', '1'], ['2015-05-26..2015-05-27', 'no release (2 days)'], ['2015-06-02', '4']]);
    expect(text.rows.reduce((n, r) => n + (Number(r[1]) || 0), 0)).toBe(5);
  });

  it('counts only the strike days inside the window, and says when every day has a release', () => {
    const text = dailyChartText('Strikes per day', { from: '2015-05-23', to: '2015-05-23' }, [{ day: '2015-05-22', strikes: 5 }, { day: '2015-05-23', strikes: 1 }], []);
    expect(text.summary).toBe('Strikes per day, 23 May 2015: 1 strike on 1 day; every day has a release');
  });

  it('says a weekly chart with its weeks that have strikes and its days without a release', () => {
    const text = bucketChartText('Strikes per week near Tadmur', { from: '2015-05-01', to: '2015-05-14' }, 'week', [
      { from: '2015-05-01', to: '2015-05-07', strikes: 2, coveredDays: 5, totalDays: 7 },
      { from: '2015-05-08', to: '2015-05-14', strikes: 0, coveredDays: 7, totalDays: 7 },
    ]);
    expect(text.summary).toBe('Strikes per week near Tadmur, 1 May 2015 – 14 May 2015: 2 strikes in 1 of 2 weeks; no release on 2 days');
    expect(text.rows).toEqual([['2015-05-01..2015-05-07', '2', '5 of 7'], ['2015-05-08..2015-05-14', '0', '7 of 7']]);
  });

  it('names who held a place in each period, an open one "from" its start', () => {
    const text = controlChartText('Who held Palmyra', [
      { holder: 'IS', from: '2015-05-20', to: '2016-03-26' },
      { holder: 'government', from: '2016-03-27', to: null },
    ]);
    expect(text.summary).toBe('Who held Palmyra: IS 20 May 2015 – 26 March 2016; government from 27 March 2016');
    expect(text.rows[1]).toEqual(['government', '2016-03-27', 'open', '', '']);
  });

  it('writes a one-day window as that day', () => {
    expect(longWindow({ from: '2016-01-01', to: '2016-01-01' })).toBe('1 January 2016');
  });

  it('finds the runs of days without a release in a daily series', () => {
    const points = [
      { day: '2015-05-30', strikes: null },
      { day: '2015-05-31', strikes: null },
      { day: '2015-06-01', strikes: 0 },
      { day: '2015-06-02', strikes: null },
      { day: '2015-06-03', strikes: 2 },
    ];
    expect(daysWithoutRelease(points)).toEqual([{ from: '2015-05-30', to: '2015-05-31' }, { from: '2015-06-02', to: '2015-06-02' }]);
  });
});
