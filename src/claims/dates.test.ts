import { describe, expect, it } from 'vitest';
import { dateWindow, findDates, withYear } from './dates.js';

const one = (text: string) => {
  const found = findDates(text.toLowerCase());
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('dates in sentences', () => {
  it('reads a day written day-first, month-first, with an ordinal, or as ISO', () => {
    for (const text of ['20 May 2015', 'May 20, 2015', '20th May 2015', 'the 20th of May 2015', '2015-05-20', 'May 20 2015']) {
      expect(one(text).expr).toEqual({ kind: 'day', year: 2015, month: 5, day: 20 });
    }
  });

  it('reads a month, a year, and days of one month', () => {
    expect(one('in March 2016').expr).toEqual({ kind: 'month', year: 2016, month: 3, part: null });
    expect(one('in 2015').expr).toEqual({ kind: 'year', year: 2015 });
    expect(one('between 19 and 27 February 2017').expr).toEqual({ kind: 'days', year: 2017, month: 2, fromDay: 19, toDay: 27 });
    expect(one('February 19-27').expr).toEqual({ kind: 'days', year: null, month: 2, fromDay: 19, toDay: 27 });
  });

  it('marks "mid-May 2015" as a part of the month', () => {
    const mid = one('in mid-May 2015').expr;
    expect(mid).toEqual({ kind: 'month', year: 2015, month: 5, part: 'mid' });
    expect(dateWindow(mid)).toEqual({ ok: true, window: { from: '2015-05-11', to: '2015-05-20' } });
  });

  it('does not read the verb "may" or a count after a month as dates', () => {
    expect(findDates('the coalition may strike again')).toEqual([]);
    expect(findDates('in march 23 strikes hit raqqa').map((d) => d.text)).toEqual(['march']);
  });

  it('turns dates into inclusive windows once the year is known', () => {
    expect(dateWindow({ kind: 'year', year: 2016 })).toEqual({ ok: true, window: { from: '2016-01-01', to: '2016-12-31' } });
    expect(dateWindow({ kind: 'month', year: 2016, month: 2, part: null })).toEqual({ ok: true, window: { from: '2016-02-01', to: '2016-02-29' } });
    const days = one('19 and 27 February').expr;
    expect(dateWindow(days)).toEqual({ ok: false, reason: 'no year for "19–27 February"' });
    expect(dateWindow(withYear(days, 2017))).toEqual({ ok: true, window: { from: '2017-02-19', to: '2017-02-27' } });
  });

  it('says which day the calendar lacks', () => {
    expect(dateWindow(one('31 February 2017').expr)).toEqual({ ok: false, reason: '31 February 2017 is not a calendar day' });
  });
});
