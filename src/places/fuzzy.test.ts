import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, letterMask, masksTooFar, similarity } from './fuzzy.js';

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('mahkmur', 'makhmur')).toBe(1);
  });

  it('stops early past the limit', () => {
    expect(editDistance('mosul', 'ramadi', 2)).toBe(3);
    expect(editDistance('tirkrit', 'tikrit', 2)).toBe(1);
  });
});

describe('similarity', () => {
  it('refuses names shorter than four letters', () => {
    expect(similarity('hit', 'hid')).toBe(0);
  });

  it('marks a name that only extends another as weaker than a typo', () => {
    expect(similarity('baghdadi', 'baghdad')).toBeLessThan(similarity('baghdadx', 'baghdadi'));
  });
});

describe('masksTooFar', () => {
  it('never rules out a pair within the edit budget', () => {
    expect(masksTooFar(letterMask('dayzzawr'), letterMask('dayrzawr'), 2)).toBe(false);
    expect(masksTooFar(letterMask('walweed'), letterMask('waleed'), 1)).toBe(false);
  });

  it('rules out names made of different letters', () => {
    expect(masksTooFar(letterMask('kobani'), letterMask('sulfur'), 2)).toBe(true);
  });
});

describe('editDistance against a plain Levenshtein', () => {
  it('never exceeds it and never goes below half of it', () => {
    const lev = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(fc.property(word, word, (a, b) => {
      const osa = editDistance(a, b);
      return osa <= lev(a, b) && osa * 2 >= lev(a, b) && editDistance(a, b) === editDistance(b, a);
    }));
  });
});
