import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './numberWords.js';

describe('parseNumberWords', () => {
  it.each([
    ['zero', 0], ['one', 1], ['eleven', 11], ['seventeen', 17], ['twenty', 20], ['twenty-three', 23],
    ['twenty three', 23], ['ninety-nine', 99], ['a hundred', 100], ['one hundred and two', 102],
    ['a hundred and two', 102], ['two hundred eighty-three', 283], ['nine hundred ninety-nine', 999],
  ])('reads "%s" as %i', (words, n) => {
    expect(parseNumberWords(words)).toBe(n);
  });

  it.each([['17', 17], ['283', 283], ['1,024', 1024], ['12,000', 12000]])('reads digits "%s", commas and all', (digits, n) => {
    expect(parseNumberWords(digits)).toBe(n);
  });

  it.each([['a', 1], ['an', 1], ['a single', 1], ['A dozen', 12], ['two dozen', 24], ['a couple of', 2], ['a couple', 2]])(
    'reads the idiom "%s" as %i',
    (words, n) => {
      expect(parseNumberWords(words)).toBe(n);
    },
  );

  it('ignores case and surrounding space', () => {
    expect(parseNumberWords('  Twenty-One ')).toBe(21);
  });

  it.each(['', 'and', 'one and', 'and one', 'two three', 'eleventy', 'hundred', 'one hundred and', 'a vehicle', 'twenty-', '1,00', 'zero hundred'])(
    'returns null for "%s", which is not exactly one number',
    (words) => {
      expect(parseNumberWords(words)).toBeNull();
    },
  );
});
