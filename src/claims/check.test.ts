import { describe, expect, it } from 'vitest';
import { checkClaim } from './check.js';
import { depsFor, palmyraLedger, PALMYRA_1, PALMYRA_2 } from '../../test/support/palmyraLedger.js';

describe('checkClaim against a ledger', () => {
  it('supports the Palmyra 2015–2016 sentence: eight strikes, a third of them in the pro-regime offensive', async () => {
    const r = await checkClaim(PALMYRA_1, depsFor(palmyraLedger()));
    expect(r.verdict).toBe('supported');
    expect(r).toMatchObject({
      claimed: { kind: 'count', value: 8, approx: 'exact' },
      found: { kind: 'count', value: 8 },
      window: { from: '2015-05-20', to: '2016-03-27' },
      place: { key: 'Palmyra', name: 'Palmyra', aliases: ['Tadmur', 'Tadmor'] },
      radius_km: 25,
      coverage: { from: '2015-05-20', to: '2016-03-27', covered_days: 313, total_days: 313, missing_days: [] },
    });
    expect(r.records.map((x) => [x.date, x.place, x.strikes])).toEqual([
      ['2015-05-25', 'Palmyra', 1],
      ['2015-07-10', 'Tadmur', 2],
      ['2015-11-03', 'Arak', 1],
      ['2016-01-15', 'Palmyra', 1],
      ['2016-03-10', 'Palmyra', 1],
      ['2016-03-18', 'Tadmur', 1],
      ['2016-03-27', 'Palmyra', 1],
    ]);
    expect(r.records[0]!.source).toMatch(/^releases\/2015\/2015-05-25\.txt:\d+$/);
    expect(r.parts[1]).toMatchObject({ kind: 'share', verdict: 'supported', found: { inside: 3, total: 8 }, sub_window: { from: '2016-03-07', to: '2016-03-27' } });
    expect(r.interpretation.join('\n')).toContain('within 25 km');
  });

  it('supports the Palmyra 2016–2017 sentence: 82 strikes, 23 of them on nine consecutive days', async () => {
    const r = await checkClaim(PALMYRA_2, depsFor(palmyraLedger()));
    expect(r.verdict).toBe('supported');
    expect(r.found).toEqual({ kind: 'count', value: 82 });
    expect(r.radius_km).toBe(0);
    expect(r.parts[1]).toMatchObject({
      kind: 'streak',
      verdict: 'supported',
      found: { kind: 'streak', window: { from: '2017-02-19', to: '2017-02-27' }, strikes: 23, strike_days: 9 },
    });
    expect(r.parts[1]!.records).toHaveLength(9);
  });

  it('contradicts a count the record does not hold, naming the names that make the difference', async () => {
    const r = await checkClaim(PALMYRA_1.replace('eight', 'seven'), depsFor(palmyraLedger()));
    expect(r.verdict).toBe('contradicted');
    expect(r.found).toEqual({ kind: 'count', value: 8 });
    expect(r.names.map((n) => [n.name, n.relation, n.strikes])).toEqual([
      ['Palmyra', 'name', 4],
      ['Tadmur', 'alias', 3],
      ['Arak', 'nearby', 1],
    ]);
    expect(r.parts[0]!.explanation.join('\n')).toContain('without the 1 strike recorded as "Arak" (nearby) the count would be 7');
  });

  it('contradicts the streak when a day in it had no strike', async () => {
    const r = await checkClaim(PALMYRA_2.replace('between 19 and 27 February', 'between 18 and 26 February'), depsFor(palmyraLedger()));
    expect(r.parts[1]).toMatchObject({ verdict: 'contradicted', found: { zero_days: ['2017-02-18'] } });
    expect(r.verdict).toBe('contradicted');
  });

  it('answers partial-coverage when release days are missing and the covered days hold fewer strikes', async () => {
    const ledger = palmyraLedger([{ from: '2015-12-01', to: '2015-12-10' }]);
    const r = await checkClaim(PALMYRA_1.replace('eight', 'ten'), depsFor(ledger));
    expect(r.verdict).toBe('partial-coverage');
    expect(r.coverage).toMatchObject({ covered_days: 303, total_days: 313, missing_ranges: [{ from: '2015-12-01', to: '2015-12-10' }] });
    expect(r.coverage!.missing_days).toHaveLength(10);
    expect(r.found).toEqual({ kind: 'count', value: 8 });
  });

  it('answers no-coverage for a window before the first release', async () => {
    const r = await checkClaim('The U.S. carried out 5 airstrikes near Palmyra in June 2014.', depsFor(palmyraLedger()));
    expect(r.verdict).toBe('no-coverage');
    expect(r.coverage).toMatchObject({ covered_days: 0, total_days: 30 });
  });

  it("answers 'OIR launched many strikes' as unparseable, missing a number", async () => {
    const r = await checkClaim('OIR launched many strikes.', depsFor(palmyraLedger()));
    expect(r).toMatchObject({ verdict: 'unparseable', missing: ['number'], records: [], parts: [] });
    expect(r.message).toMatch(/^Cannot check: missing number/);
  });

  it('counts the strikes of a whole country', async () => {
    const r = await checkClaim('In 2015 the coalition conducted 13 strikes in Syria.', depsFor(palmyraLedger()));
    expect(r).toMatchObject({ verdict: 'supported', place: { kind: 'country', key: 'SY' }, radius_km: null });
    expect(r.names.map((n) => [n.name, n.strikes])).toEqual([['Palmyra', 5], ['Raqqa', 5], ['Tadmur', 2], ['Arak', 1]]);
  });

  it('asks the ledger once per scope, window and dating', async () => {
    const ledger = palmyraLedger();
    await checkClaim(PALMYRA_1, depsFor(ledger));
    expect(ledger.calls.map((c) => c.datedBy).sort()).toEqual(['reported', 'strike']);
  });
});
