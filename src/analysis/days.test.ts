import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayDiff, daysBetween, eachDay, fromEpochDay, isDay, lastOfMonth, monthKey, parseDay, startOfWeek, toEpochDay } from './days.js';
import { dayArb } from '../../test/support/analysisArbitraries.js';

describe('days', () => {
  it('accepts real calendar days and rejects impossible ones', () => {
    expect(isDay('2016-02-29')).toBe(true);
    expect(isDay('2015-02-29')).toBe(false);
    expect(isDay('2015-13-01')).toBe(false);
    expect(isDay('2015-5-20')).toBe(false);
  });

  it('explains why a string is not a day', () => {
    expect(parseDay('20 May 2015')).toEqual({ ok: false, reason: '"20 May 2015" is not a day in the form YYYY-MM-DD' });
    expect(parseDay('2017-02-30')).toEqual({ ok: false, reason: '"2017-02-30" is not a calendar day' });
    expect(parseDay(' 2015-05-20 ')).toEqual({ ok: true, day: '2015-05-20' });
  });

  it('counts both ends of a span: 19 to 27 February is nine days', () => {
    expect(daysBetween('2017-02-19', '2017-02-27')).toBe(9);
    expect(daysBetween('2017-02-19', '2017-02-19')).toBe(1);
    expect(daysBetween('2017-02-20', '2017-02-19')).toBe(0);
    expect(eachDay('2016-02-27', '2016-03-01')).toEqual(['2016-02-27', '2016-02-28', '2016-02-29', '2016-03-01']);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
  });

  it('puts a week on its ISO Monday and a day in its month', () => {
    expect(startOfWeek('2017-02-19')).toBe('2017-02-13'); // a Sunday
    expect(startOfWeek('2017-02-20')).toBe('2017-02-20'); // a Monday
    expect(monthKey('2017-02-19')).toBe('2017-02');
    expect(lastOfMonth('2016-02-10')).toBe('2016-02-29');
  });

  it('keeps addDays and dayDiff inverse to each other', () => {
    fc.assert(fc.property(dayArb, fc.integer({ min: -2000, max: 2000 }), (d, n) => dayDiff(d, addDays(d, n)) === n));
  });

  it('returns a Monday on or before the day, at most six days back', () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        const monday = startOfWeek(d);
        const back = dayDiff(monday, d);
        return back >= 0 && back <= 6 && new Date(`${monday}T00:00:00Z`).getUTCDay() === 1;
      }),
    );
  });
});

describe('epoch-day arithmetic', () => {
  it('agrees with the calendar for every day from year 1 to 9999 it is asked about', () => {
    const dayArb = fc.integer({ min: -719_162, max: 2_932_896 });
    fc.assert(fc.property(dayArb, (n) => {
      const viaDate = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromEpochDay(n)).toBe(viaDate);
      expect(toEpochDay(viaDate)).toBe(n);
    }), { numRuns: 5_000 });
  });
});
