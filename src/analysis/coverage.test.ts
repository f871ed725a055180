import { describe, expect, it } from 'vitest';
import { coverageOf, describeCoverage } from './coverage.js';

describe('coverageOf', () => {
  it('counts days with a release as covered and lists the others as gaps', () => {
    const c = coverageOf({ from: '2017-02-19', to: '2017-02-27' }, [
      '2017-02-18', '2017-02-19', '2017-02-20', '2017-02-23', '2017-02-24', '2017-02-25', '2017-02-26', '2017-02-27', '2017-03-01',
    ]);
    expect(c.coveredDays).toBe(7);
    expect(c.totalDays).toBe(9);
    expect(c.missingDays).toEqual(['2017-02-21', '2017-02-22']);
    expect(c.missingRanges).toEqual([{ from: '2017-02-21', to: '2017-02-22' }]);
    expect(c.firstReleaseDay).toBe('2017-02-19');
    expect(c.lastReleaseDay).toBe('2017-02-27');
    expect(describeCoverage(c)).toBe('coverage 2017-02-19..2017-02-27: 7 of 9 days have a release; no release on 2017-02-21..2017-02-22');
  });

  it('reports a window before any release as wholly missing', () => {
    const c = coverageOf({ from: '2014-01-01', to: '2014-01-10' }, ['2014-08-08']);
    expect(c.coveredDays).toBe(0);
    expect(c.missingRanges).toEqual([{ from: '2014-01-01', to: '2014-01-10' }]);
    expect(c.firstReleaseDay).toBeNull();
  });
});
