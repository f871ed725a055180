import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRelease } from './index.js';

// FC_RUNS=5000 for a longer search when changing the reader
const RUNS = Number(process.env['FC_RUNS'] ?? 300);
const PLACES = ['Tadmur', 'Al Hasakah', 'Mar’a', 'Tal Afar', 'Dayr Az Zawr', 'Al Baghdadi', 'Ayn Isa'];
const COUNTS: ReadonlyArray<readonly [string, number]> = [
  ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['eleven', 11], ['17', 17], ['twenty-three', 23], ['a hundred and two', 102],
];
const EFFECTS = [
  'destroyed an ISIL vehicle', 'struck two ISIL tactical units, destroying an ISIL bunker', 'engaged an ISIS tactical unit',
  'had inconclusive results', 'struck an ISIL tactical unit and land features denying ISIL a tactical advantage',
];
const BULLETS = ['- ', '-- ', '* ', '• ', '– ', '', '-'];

interface Line {
  text: string;
  /** Strikes the line states; null for a line that must not yield any. */
  strikes: number | null;
}

const bulletLine: fc.Arbitrary<Line> = fc
  .tuple(fc.constantFrom(...BULLETS), fc.constantFrom(...PLACES), fc.constantFrom(...COUNTS), fc.boolean(), fc.constantFrom(...EFFECTS))
  .map(([bullet, place, [words, n], air, effects]) => ({
    text: `${bullet}Near ${place}, ${words} ${air ? 'air' : ''}strike${n === 1 ? '' : 's'} ${effects}.`,
    strikes: n,
  }));

const noStrikeWord = (s: string): boolean => !/st?r?i?kes?\b|airst/i.test(s);
const garbageLine: fc.Arbitrary<Line> = fc
  .oneof(
    fc.string({ maxLength: 80, unit: 'grapheme' }),
    fc.string({ maxLength: 80 }),
    fc.constantFrom('Near Tadmur, airstrike destroyed an ISIL tank.', 'destroyed two vehicles', 'Syria', 'Iraq:', 'May 23, 2015', '•', ';;', '. . .'),
  )
  .map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' '))
  .filter((s) => s.trim() !== '' && noStrikeWord(s))
  .map((text) => ({ text, strikes: null }));

const blankLine: fc.Arbitrary<Line> = fc.constantFrom('', '   ', '\t').map((text) => ({ text, strikes: null }));

describe('every line is accounted for', () => {
  it('files each line of a random mix of bullet, garbage and blank lines exactly once, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(bulletLine, bulletLine, garbageLine, blankLine), { maxLength: 40 }), (lines) => {
        const text = lines.map((l) => `${l.text}\n`).join('');
        const release = parseRelease(text, { sourceUri: 'mix.txt', format: 'text' });
        expect(release.lineCount).toBe(lines.length);

        lines.forEach((line, i) => {
          const lineNo = i + 1;
          const strikes = release.strikes.filter((s) => s.lineNo === lineNo);
          const unparsed = release.unparsed.filter((u) => u.lineNo === lineNo);
          const structural = release.structural.filter((s) => s.lineNo === lineNo);
          const kinds = [strikes.length > 0, unparsed.length > 0, structural.length > 0].filter(Boolean).length;
          expect(kinds, `line ${lineNo} ${JSON.stringify(line.text)}`).toBe(1);
          expect(structural.length <= 1).toBe(true);
          if (line.strikes !== null) {
            expect(strikes.map((s) => s.strikes), line.text).toEqual([line.strikes]);
          } else {
            expect(strikes, line.text).toEqual([]);
          }
          if (line.text.trim() === '') expect(structural).toEqual([{ lineNo, kind: 'blank' }]);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text or markup, whatever the format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), fc.constantFrom<'text' | 'html' | undefined>('text', 'html', undefined), (text, format) => {
        const release = parseRelease(text, format === undefined ? { sourceUri: 'any' } : { sourceUri: 'any', format });
        expect(release.sourceUri).toBe('any');
      }),
      { numRuns: RUNS },
    );
  });
});
