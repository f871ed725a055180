import { describe, expect, it } from 'vitest';
import { findAnchors, readNumber, readShare } from './quantities.js';

const only = (sentence: string) => {
  const anchors = findAnchors(sentence.toLowerCase());
  expect(anchors).toHaveLength(1);
  return anchors[0]!;
};

describe('numbers and quantities', () => {
  it('reads numbers in digits and in words', () => {
    expect(readNumber('eighty-two')).toBe(82);
    expect(readNumber('twenty three')).toBe(23);
    expect(readNumber('1,024')).toBe(1024);
    expect(readNumber('a hundred and two')).toBe(102);
    expect(readNumber('two thousand three hundred')).toBe(2300);
    expect(readNumber('many')).toBeNull();
  });

  it('finds a count of strikes with its qualifier', () => {
    expect(only('OIR launched eighty-two airstrikes').count).toMatchObject({ value: 82, approx: 'exact' });
    expect(only('nearly 100 air strikes').count).toMatchObject({ value: 100, approx: 'nearly' });
    expect(only('more than 20 coalition strikes').count).toMatchObject({ value: 20, approx: 'more-than' });
    expect(only('at least a dozen strikes').count).toMatchObject({ value: 12, approx: 'at-least' });
    expect(only('about 40 raids').count).toMatchObject({ value: 40, approx: 'about' });
    expect(only('the coalition conducted no airstrikes').count).toMatchObject({ value: 0, approx: 'exact' });
    expect(only('dozens of strikes').count).toMatchObject({ value: 24, approx: 'at-least' });
  });

  it('reads "a third of those strikes", "nearly half of them" and "40 percent of the strikes" as shares', () => {
    expect(only('a third of those strikes').share).toMatchObject({ fraction: { num: 1, den: 3 }, approx: 'exact', wording: 'fraction' });
    expect(only('nearly half of them').share).toMatchObject({ fraction: { num: 1, den: 2 }, approx: 'nearly' });
    expect(only('40 percent of the strikes').share).toMatchObject({ fraction: { num: 40, den: 100 }, wording: 'percent', percentDecimals: 0 });
    expect(only('two thirds of them').share).toMatchObject({ fraction: { num: 2, den: 3 } });
    expect(only('a quarter of the airstrikes').share).toMatchObject({ fraction: { num: 1, den: 4 } });
    expect(only('the majority of those strikes').share).toMatchObject({ fraction: { num: 1, den: 2 }, approx: 'more-than' });
    expect(readShare('37.5%', undefined)).toMatchObject({ fraction: { num: 375, den: 1000 }, percentDecimals: 1 });
    expect(readShare('one in three', 'about')).toMatchObject({ fraction: { num: 1, den: 3 }, approx: 'about' });
  });

  it('reads "twenty-three strikes over nine consecutive days" as one streak claim', () => {
    const streak = only('including twenty-three strikes over nine consecutive days between 19 and 27 February');
    expect(streak).toMatchObject({ kind: 'streak', days: 9, count: { value: 23, approx: 'exact' } });
    expect(only('strikes on five days in a row')).toMatchObject({ kind: 'streak', days: 5, count: null });
  });

  it('reads "most of the 82 strikes" as a share that also claims the count', () => {
    expect(only('Most of the 82 strikes came in February')).toMatchObject({ kind: 'share', count: { value: 82 }, share: { approx: 'more-than' } });
  });

  it('does not take a year or a vague word for a count', () => {
    expect(findAnchors('in 2015 strikes near raqqa rose')).toEqual([]);
    expect(findAnchors('oir launched many strikes')).toEqual([]);
    expect(findAnchors('the coalition struck several targets')).toEqual([]);
  });
});
