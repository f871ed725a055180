import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDocument } from './document.js';
import { checkClaim } from './check.js';
import { depsFor, palmyraLedger, PALMYRA_1, PALMYRA_2, PLACES } from '../../test/support/palmyraLedger.js';
import { daysExcept, FakeLedger, type FakeRecord } from '../../test/support/claimsTestLedger.js';

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

describe('checkDocument: a text read as a whole', () => {
  it('reads the Palmyra analysis pasted whole with its control timeline: "nineteen" and "eighty-two" over the right windows', async () => {
    const markdown = readFileSync(new URL('../../test/fixtures/analysis-palmyra.md', import.meta.url), 'utf8');
    const { claims } = await checkDocument(markdown, depsFor(palmyraLedger()));
    expect(claims.map((c) => [c.line, c.window])).toEqual([
      [5, { from: '2015-05-20', to: '2016-03-27' }],
      [7, { from: '2016-03-27', to: '2016-12-11' }],
      [9, { from: '2016-12-08', to: '2017-03-02' }],
    ]);
    expect(claims[2]!.parts[1]).toMatchObject({ kind: 'streak', verdict: 'supported', found: { window: { from: '2017-02-19', to: '2017-02-27' } } });
    expect(claims[0]!.verdict).toBe('supported');
    expect(claims[2]!.verdict).toBe('supported');
  });

  it('reads relative dates against the front matter date, and carries a window to the sentences that continue it', async () => {
    const markdown = [
      '---',
      'date: 2015-01-21',
      '---',
      'The coalition has launched 23 air strikes in Syria and Iraq since early Tuesday, the military said in a statement.',
      '',
      'Ten of the strikes hit near Kobani, with three others elsewhere in Syria, the task force said on Wednesday.',
      '',
      'Ten air strikes were conducted throughout Iraq, including three near Tal Afar, it added.',
    ].join('\n');
    const { as_of, claims } = await checkDocument(markdown, depsFor(palmyraLedger()));
    expect(as_of).toEqual({ day: '2015-01-21', source: 'the front matter date:' });
    expect(claims.map((c) => [c.line, c.window, c.dated_by])).toEqual([
      [4, { from: '2015-01-20', to: '2015-01-21' }, 'strike'],
      [6, { from: '2015-01-20', to: '2015-01-21' }, 'strike'],
      [8, { from: '2015-01-20', to: '2015-01-21' }, 'strike'],
    ]);
    expect(claims[1]!.interpretation[0]).toContain('"of the strikes" points back at the strikes of line 4');
    expect(claims[1]!.parts.map((p) => p.place?.key)).toEqual(['Kobani', 'SY']);
    expect(claims[2]!.parts.map((p) => p.place?.key)).toEqual(['IQ', 'Tal Afar']);
  });

  it('reads a sentence with no time phrase far from any other up to the publication day, and says so', async () => {
    const { claims } = await checkDocument('---\ndate: 2015-03-20\n---\nIn all, the partners have flown 2,893 air strikes.', depsFor(palmyraLedger()));
    expect(claims[0]!.window).toEqual({ from: '2014-08-08', to: '2015-03-20' });
    expect(claims[0]!.interpretation[0]).toContain('no time phrase in the sentence, so every strike from the start of the record (2014-08-08) up to the publication day (2015-03-20, the front matter date:)');
  });
});

describe('checkDocument: long windows', () => {
  it('counts a claim with more records than it lists, and says how many there are', async () => {
    const rows = daysExcept('2015-01-01', '2015-12-31').map((date): FakeRecord => ({ date, placeText: 'Raqqa', placeKey: 'Raqqa', strikes: 2 }));
    const ledger = new FakeLedger(PLACES, rows, daysExcept('2015-01-01', '2015-12-31'));
    const { claims } = await checkDocument('In 2015 the coalition conducted 730 strikes near Raqqa.', depsFor(ledger));
    expect(claims[0]).toMatchObject({ verdict: 'supported', found: { value: 730 }, records: [], records_total: 365 });
    expect(claims[0]!.parts[0]!.explanation.join('\n')).toContain('365 records make these figures; too many to list here');
    const alone = await checkClaim('In 2015 the coalition conducted 730 strikes near Raqqa.', depsFor(ledger));
    expect(alone.records).toHaveLength(365);
  });
});
