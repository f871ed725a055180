import { describe, expect, it } from 'vitest';
import { checkDocument } from './document.js';
import { depsFor, palmyraLedger, PALMYRA_1, PALMYRA_2 } from '../../test/support/palmyraLedger.js';

describe('checkDocument', () => {
  it('checks every numeric claim of a Markdown document, with its line', async () => {
    const markdown = [
      '# Palmyra under fire',
      '',
      PALMYRA_1,
      '',
      `${PALMYRA_2} In February 2017 the coalition conducted 50 strikes.`,
      '',
      'OIR launched many strikes.',
    ].join('\n');
    const { claims } = await checkDocument(markdown, depsFor(palmyraLedger()));
    expect(claims.map((r) => [r.line, r.verdict])).toEqual([
      [3, 'supported'],
      [5, 'supported'],
      [5, 'contradicted'],
    ]);
  });

  it('reads "there" as the place of the claim before it, and says so', async () => {
    const markdown = 'In 2016 OIR launched 5 strikes in Palmyra. In February 2017 the coalition conducted 28 strikes there.';
    const { claims: [, second] } = await checkDocument(markdown, depsFor(palmyraLedger()));
    expect(second).toMatchObject({ verdict: 'supported', place: { key: 'Palmyra' }, found: { value: 28 } });
    expect(second!.interpretation.join('\n')).toContain('"there" is the place of the claim on line 1');
  });

  it('counts a sentence that names no place everywhere, not at the place of the claim before it', async () => {
    const markdown = 'In 2016 OIR launched 5 strikes in Palmyra. In February 2017 the coalition conducted 28 strikes.';
    const { claims: [, second] } = await checkDocument(markdown, depsFor(palmyraLedger()));
    expect(second).toMatchObject({ place: { kind: 'anywhere' } });
  });
});
