import { describe, expect, it } from 'vitest';
import { countProblem, tooManyDigits } from './countShape.js';
import { parseRelease } from './index.js';

describe('countProblem', () => {
  it.each([
    ['Near Bayji, -', '5', 'the count "-5" has a minus sign'],
    ['Near Bayji, \u2212', '5', 'the count "\u22125" has a minus sign'],
    ['Near Bayji, minus ', 'five', 'the count "minus five" has a minus sign'],
    ['Near Sinjar, 2.', '5', 'the count "2.5" has a decimal point'],
    ['Near Sinjar, 2,', '5', 'the count "2,5" has a decimal point'],
    ['Near Sinjar, .', '5', 'the count ".5" has a decimal point'],
    ['Near Ramadi, 1/', '2', 'the count "1/2" is a fraction'],
    ['Near Hit, half ', 'a', 'the count "half a" is a fraction'],
    ['Near Hit, two thirds of ', 'a', 'the count "thirds of a" is a fraction'],
    ['Near Hit, 2-', '5', 'the count "2-5" is a range, not a number of strikes'],
    ['Near Mosul, ', '99999999999999999999', 'the count "99999999999999999999" has more than 9 digits'],
    ['Near Mosul, ', '1,000,000,000', 'the count "1,000,000,000" has more than 9 digits'],
  ])('refuses "%s%s"', (before, count, reason) => {
    expect(countProblem(before, count)).toBe(reason);
  });

  it.each([
    ['Near Mosul, ', '999999999'], ['Near Mosul, ', '1,024'], ['In Syria, ', 'two'], ['On Nov. 2, ', '5'],
    ['two F-', '16'], ['', 'An'], ['- Near Hit, ', 'a third'], ['Near Mosul, ', '0000000001'],
  ])('takes "%s%s" as a plain count', (before, count) => {
    expect(countProblem(before, count)).toBeNull();
  });

  it('counts digits without the thousands commas and leading zeros', () => {
    expect(tooManyDigits('999,999,999')).toBe(false);
    expect(tooManyDigits('1000000000')).toBe(true);
    expect(tooManyDigits('twenty')).toBe(false);
  });
});

describe('a release with counts it does not state plainly', () => {
  const release = parseRelease([
    'Military airstrikes continue against ISIL',
    'May 23, 2015',
    'Iraq',
    '- Near Bayji, -5 airstrikes struck an ISIL tactical unit.',
    '- Near Sinjar, 2.5 airstrikes struck an ISIL tactical unit.',
    '- Near Mosul, 99999999999999999999 airstrikes struck an ISIL tactical unit.',
    '- Near Ramadi, 1/2 airstrike struck an ISIL tactical unit.',
    '- Near Hit, two airstrikes struck an ISIL tactical unit, while near Kisik, 2.5 strikes destroyed a vehicle.',
  ].join('\n'), { sourceUri: 'release.txt' });

  it('stores no number the text did not state, and lists each such line as not parsed with its reason', () => {
    expect(release.strikes.map((s) => [s.lineNo, s.placeText, s.strikes])).toEqual([[8, 'Hit', 2]]);
    expect(release.unparsed.map((u) => [u.lineNo, u.reason.replace(/ in ".*/, '')])).toEqual([
      [4, 'the count "-5" has a minus sign'],
      [5, 'the count "2.5" has a decimal point'],
      [6, 'the count "99999999999999999999" has more than 9 digits'],
      [7, 'the count "1/2" is a fraction'],
      [8, 'the count "2.5" has a decimal point'],
    ]);
  });
});
