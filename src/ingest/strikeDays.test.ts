import { describe, expect, it } from 'vitest';
import { datingOf } from './strikeDays.js';

const day = (sentence: string, release = '2017-02-21') => {
  const d = datingOf(sentence, release);
  return d === null ? null : `${d.from === d.to ? d.from : `${d.from}..${d.to}`} ${d.basis}`;
};

describe('datingOf', () => {
  it('dates "yesterday" and the 24 hours to 8 a.m. today by the day before the release', () => {
    expect(day('U.S. and coalition military forces continued to attack the Islamic State of Iraq and Syria yesterday, officials reported today.')).toBe('2017-02-20 yesterday');
    expect(day('Between 8 a.m. yesterday and 8 a.m. today, coalition forces conducted 17 strikes.')).toBe('2017-02-20 yesterday');
  });

  it('dates a stated day, with or without its weekday, in the year that puts it before the release', () => {
    expect(day('On Dec. 9, Coalition military forces conducted 20 strikes', '2016-12-10')).toBe('2016-12-09 stated');
    expect(day('On Thursday, Dec. 15, Coalition aircraft destroyed 14 tanks', '2016-12-16')).toBe('2016-12-15 stated');
    expect(day('On Dec. 31, one strike', '2018-01-02')).toBe('2017-12-31 stated');
  });

  it('reads a weekday as the last such day on or before the release', () => {
    expect(day('forces conducted 18 strikes on Monday', '2016-06-14')).toBe('2016-06-13 weekday');
  });

  it('reads spans of days as a period', () => {
    expect(day('between March 9-15, conducting 23 strikes', '2018-03-16')).toBe('2018-03-09..2018-03-15 period');
    expect(day('Between Sept. 30 - Oct. 6, Coalition military forces conducted 14 strikes', '2018-10-09')).toBe('2018-09-30..2018-10-06 period');
    expect(day('There were no strikes reported in Iraq Dec. 4-7.', '2017-12-08')).toBe('2017-12-04..2017-12-07 period');
    expect(day('conducting 18 strikes between Dec. 4 and yesterday', '2017-12-08')).toBe('2017-12-04..2017-12-07 period');
    expect(day('continued to attack ISIS over the last three days', '2017-12-11')).toBe('2017-12-08..2017-12-10 period');
  });

  it('finds no day where the sentence names none', () => {
    expect(day('Coalition military forces conducted 17 strikes consisting of 28 engagements in Syria:')).toBeNull();
    expect(datingOf('yesterday', null)).toBeNull();
  });
});
