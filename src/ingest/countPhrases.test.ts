import { describe, expect, it } from 'vitest';
import { findCountPhrases, mentionsStrike, parseStrikeCount } from './countPhrases.js';

describe('parseStrikeCount', () => {
  it.each([
    ['an', 1], ['a', 1], ['one', 1], ['17', 17], ['twenty-three', 23], ['a hundred and two', 102], ['eleven', 11],
    ['another', 1], ['a third', 1], ['An', 1],
  ])('reads "%s" as %i strikes', (words, n) => {
    expect(parseStrikeCount(words)).toBe(n);
  });

  it.each(['zero', '0', 'multiple', 'several', '', 'strikes'])('returns null for "%s", which is no count of strikes', (words) => {
    expect(parseStrikeCount(words)).toBeNull();
  });
});

describe('findCountPhrases', () => {
  it('finds every count phrase in a prose sentence, in order', () => {
    const phrases = findCountPhrases('Two strikes west of Ramadi damaged a building, while one strike northeast of Sinjar destroyed a tank.');
    expect(phrases.map((p) => [p.countText, p.strikes])).toEqual([['Two', 2], ['one', 1]]);
  });

  it('accepts misspelt strike words, a comma after the count and "a U.S. airstrike"', () => {
    expect(findCountPhrases('an airstike struck').map((p) => p.strikes)).toEqual([1]);
    expect(findCountPhrases('Near Al Qaim, an airstrike, struck').map((p) => p.strikes)).toEqual([1]);
    expect(findCountPhrases('Near Aleppo, a U.S. airstrike struck').map((p) => p.strikes)).toEqual([1]);
    expect(findCountPhrases('Near Sinjar, four  airstrikes struck').map((p) => p.strikes)).toEqual([4]);
  });

  it('does not take "these strikes" or "an additional seven staging areas" for a count', () => {
    expect(findCountPhrases('These strikes also struck an additional seven ISIL staging areas.')).toEqual([]);
  });
});

describe('mentionsStrike', () => {
  it('tells a sentence about strikes or their effects from other text', () => {
    expect(mentionsStrike('Near Tadmur, airstrike destroyed an ISIL tank.')).toBe(true);
    expect(mentionsStrike('coalition aircraft also struck a small ISIL unit')).toBe(true);
    expect(mentionsStrike('All other resupply bundles were delivered.')).toBe(false);
  });
});
