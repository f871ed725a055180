import { describe, expect, it } from 'vitest';
import { findFullDate, findMonthDay, parseDay } from './dates.js';

describe('findFullDate', () => {
  it.each([
    ['May 23, 2015', '2015-05-23'], ['23 May 2015', '2015-05-23'], ['Dec. 3, 2016', '2016-12-03'], ['Sept. 30, 2018', '2018-09-30'],
    ['2015-05-23', '2015-05-23'], ['5/23/2015', '2015-05-23'], ['SOUTHWEST ASIA, May 23, 2015 – U.S. forces', '2015-05-23'],
    ['Release No: 20150523-01', '2015-05-23'],
  ])('reads "%s" as %s', (text, day) => {
    expect(findFullDate(text)?.day).toBe(day);
  });

  it('returns null when there is no real calendar date', () => {
    expect(findFullDate('February 30, 2015')).toBeNull();
    expect(findFullDate('Near Mosul, two strikes')).toBeNull();
    expect(findFullDate('On Aug. 20, coalition forces')).toBeNull();
  });
});

describe('parseDay', () => {
  it('reads a whole CSV field and nothing else', () => {
    expect(parseDay('2015-05-23')).toBe('2015-05-23');
    expect(parseDay(' 5/24/2015 ')).toBe('2015-05-24');
    expect(parseDay('2015-05-32')).toBeNull();
    expect(parseDay('2015-05-23 or so')).toBeNull();
  });
});

describe('findMonthDay', () => {
  it('takes the year that puts the day nearest the release date', () => {
    expect(findMonthDay('On Aug. 20, Coalition forces', '2017-08-21')).toBe('2017-08-20');
    expect(findMonthDay('Additionally on Dec. 31, two strikes', '2016-01-02')).toBe('2015-12-31');
  });

  it('returns null for a range or for two days', () => {
    expect(findMonthDay('Between Sept. 30 - Oct. 6, forces', '2018-10-09')).toBeNull();
    expect(findMonthDay('in Iraq on Aug. 18 and 19 that closed', '2017-08-21')).toBeNull();
  });
});
