import { describe, expect, it } from 'vitest';
import { addDays, coverageOf, dailySeries, eachDay, type Window } from '../analysis/index.js';
import { combineVerdicts, findStreak, verdictFor, type CountAsk, type ShareAsk, type StreakAsk } from './verdict.js';
import type { Approx } from './types.js';

const window: Window = { from: '2016-03-01', to: '2016-03-10' };
const all = eachDay(window.from, window.to);
const full = coverageOf(window, all);
const gappy = coverageOf(window, all.filter((d) => d !== '2016-03-05'));
const none = coverageOf(window, []);
const count = (value: number, approx: Approx = 'exact'): CountAsk => ({ kind: 'count', claimed: { value, approx, text: String(value) } });

describe('verdictFor: counts', () => {
  it('supports an exact count only when found exactly, with full coverage', () => {
    expect(verdictFor(count(8), { value: 8, coverage: full })).toBe('supported');
    expect(verdictFor(count(8), { value: 7, coverage: full })).toBe('contradicted');
  });

  it('gives partial-coverage when days are missing and the gaps could still make the claim true or false', () => {
    expect(verdictFor(count(8), { value: 5, coverage: gappy })).toBe('partial-coverage');
    expect(verdictFor(count(8), { value: 8, coverage: gappy })).toBe('partial-coverage');
  });

  it('contradicts a count the record already exceeds, gaps or not', () => {
    expect(verdictFor(count(8), { value: 9, coverage: gappy })).toBe('contradicted');
    expect(verdictFor(count(8, 'fewer-than'), { value: 8, coverage: gappy })).toBe('contradicted');
  });

  it('supports "at least" and "more than" claims the covered days already meet', () => {
    expect(verdictFor(count(8, 'at-least'), { value: 8, coverage: gappy })).toBe('supported');
    expect(verdictFor(count(8, 'more-than'), { value: 8, coverage: full })).toBe('contradicted');
  });

  it('accepts "about 80" within 10% and "nearly 80" up to 10% below', () => {
    expect(verdictFor(count(80, 'about'), { value: 88, coverage: full })).toBe('supported');
    expect(verdictFor(count(80, 'about'), { value: 89, coverage: full })).toBe('contradicted');
    expect(verdictFor(count(80, 'nearly'), { value: 72, coverage: full })).toBe('supported');
    expect(verdictFor(count(80, 'nearly'), { value: 81, coverage: full })).toBe('contradicted');
  });

  it('answers no-coverage when no day of the window has a release', () => {
    expect(verdictFor(count(0), { value: 0, coverage: none })).toBe('no-coverage');
  });
});

describe('verdictFor: shares', () => {
  const share: ShareAsk = {
    kind: 'share',
    claimedShare: { fraction: { num: 1, den: 3 }, approx: 'exact', wording: 'fraction', text: 'a third' },
  };
  const sub = coverageOf({ from: '2016-03-08', to: '2016-03-10' }, all);

  it('supports 3 of 8 as "a third" and contradicts 5 of 8', () => {
    expect(verdictFor(share, { value: { inside: 3, total: 8, value: 3 / 8 }, coverage: full, subCoverage: sub })).toBe('supported');
    expect(verdictFor(share, { value: { inside: 5, total: 8, value: 5 / 8 }, coverage: full, subCoverage: sub })).toBe('contradicted');
  });

  it('leaves a share partial when a missing day outside the sub-window could lower it into range', () => {
    expect(verdictFor(share, { value: { inside: 4, total: 8, value: 0.5 }, coverage: gappy, subCoverage: sub })).toBe('partial-coverage');
  });
});

describe('verdictFor: streaks', () => {
  const feb: Window = { from: '2017-02-19', to: '2017-02-27' };
  const streak = (strikes: number, w: Window = feb, days = 9): StreakAsk => ({
    kind: 'streak', window: w, days, strikes: { value: strikes, approx: 'exact', text: String(strikes) },
  });
  const counts = [3, 2, 4, 1, 2, 3, 2, 4, 2];
  const totals = new Map(counts.map((n, i) => [addDays(feb.from, i), n] as const));
  const days = eachDay('2017-02-01', '2017-02-28');

  it('supports "23 strikes over nine consecutive days between 19 and 27 February" when every day had strikes', () => {
    const points = dailySeries(feb, totals, days);
    const found = findStreak(streak(23), points);
    expect(found).toMatchObject({ strikes: 23, strikeDays: 9, matched: true });
    expect(verdictFor(streak(23), { value: found, coverage: coverageOf(feb, days) })).toBe('supported');
  });

  it('contradicts the streak when a day with a release had no strike', () => {
    const broken = new Map(totals);
    broken.delete('2017-02-23');
    const points = dailySeries(feb, broken, days);
    const found = findStreak(streak(21), points);
    expect(found.zeroDays).toEqual(['2017-02-23']);
    expect(verdictFor(streak(21), { value: found, coverage: coverageOf(feb, days) })).toBe('contradicted');
  });

  it('leaves the streak partial when a day in it has no release', () => {
    const released = days.filter((d) => d !== '2017-02-23');
    const missing = new Map(totals);
    missing.delete('2017-02-23');
    const found = findStreak(streak(23), dailySeries(feb, missing, released));
    expect(verdictFor(streak(23), { value: found, coverage: coverageOf(feb, released) })).toBe('partial-coverage');
  });

  it('finds a nine-day run anywhere in a longer window', () => {
    const month: Window = { from: '2017-02-01', to: '2017-02-28' };
    const found = findStreak(streak(23, month), dailySeries(month, totals, days));
    expect(found).toMatchObject({ window: feb, strikes: 23, matched: true });
  });
});

describe('combineVerdicts', () => {
  it('lets a contradiction win, then gaps, and ignores parts it could not read', () => {
    expect(combineVerdicts(['supported', 'contradicted'])).toBe('contradicted');
    expect(combineVerdicts(['supported', 'partial-coverage'])).toBe('partial-coverage');
    expect(combineVerdicts(['supported', 'unparseable'])).toBe('supported');
    expect(combineVerdicts(['no-coverage', 'no-coverage'])).toBe('no-coverage');
    expect(combineVerdicts(['unparseable'])).toBe('unparseable');
  });
});
