import { describe, expect, it } from 'vitest';
import { checkClaim } from './check.js';
import { depsFor, palmyraLedger, PALMYRA_1, PALMYRA_2, PLACES } from '../../test/support/palmyraLedger.js';
import { daysExcept, FakeLedger, type FakeExtras, type FakeRecord } from '../../test/support/claimsTestLedger.js';

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

describe('checkClaim: datings, units, several places', () => {
  // 2015-10-14 was a Wednesday; a 2015 release reports the strikes of the day before.
  const asOf = { asOf: { day: '2015-10-14', source: 'test' } };
  const everyDay = daysExcept('2015-09-01', '2015-10-31');
  const ledger = (rows: FakeRecord[], extras: FakeExtras = {}) => ({ ...depsFor(new FakeLedger(PLACES, rows, everyDay, extras)), ...asOf });
  const rec = (date: string, reportedOn: string, placeKey: string, strikes: number): FakeRecord => ({ date, reportedOn, placeText: placeKey, placeKey, strikes });

  it('counts by strike day and says both when counting by release day would change the verdict', async () => {
    const deps = ledger([rec('2015-10-13', '2015-10-14', 'Palmyra', 5)]);
    const r = await checkClaim('On Tuesday the coalition conducted 5 strikes near Palmyra.', deps);
    expect(r).toMatchObject({ verdict: 'supported', dated_by: 'strike' });
    expect(r.parts[0]!.datings).toEqual([
      { dated_by: 'strike', verdict: 'supported', found: { kind: 'count', value: 5 }, covered_days: 1 },
      { dated_by: 'reported', verdict: 'contradicted', found: { kind: 'count', value: 0 }, covered_days: 1 },
    ]);
    expect(r.parts[0]!.explanation.join('\n')).toContain('counted by the day the releases reported them instead: found 0, which would be contradicted');
  });

  it('counts the strikes of a statement day by release day', async () => {
    const deps = ledger([rec('2015-10-13', '2015-10-14', 'Palmyra', 5)]);
    const r = await checkClaim('Five strikes hit near Palmyra, the task force said on Wednesday.', deps);
    expect(r).toMatchObject({ verdict: 'supported', dated_by: 'reported', window: { from: '2015-10-14', to: '2015-10-14' } });
  });

  it('says so when records have no strike day of their own', async () => {
    const data = new FakeLedger(PLACES, [rec('2015-10-13', '2015-10-13', 'Palmyra', 5)], everyDay);
    const records = data.records.bind(data);
    data.records = async (...args) => (await records(...args)).map((x) => ({ ...x, dayBasis: 'release day' as const }));
    const r = await checkClaim('On Tuesday the coalition conducted 5 strikes near Palmyra.', { ...depsFor(data), ...asOf });
    expect(r.parts[0]!.explanation.join('\n')).toContain('1 of 1 records have no strike day of their own in the ledger: counted on the day their release was issued');
  });

  it('checks engagements against stated engagements, never against strikes', async () => {
    const strikes57 = [rec('2015-10-12', '2015-10-12', 'Raqqa', 57)];
    const stated = [{ day: '2015-10-12', sectionCode: 'SY', engagements: 57, source: 'releases/2015-10-13.txt:3' }];
    const r = await checkClaim('On Monday the coalition conducted 57 engagements in Syria.', ledger(strikes57, { engagements: stated }));
    expect(r).toMatchObject({ verdict: 'supported', claimed: { kind: 'count', value: 57, unit: 'engagements' }, found: { kind: 'count', value: 57 } });
    const without = await checkClaim('On Monday the coalition conducted 57 engagements in Syria.', ledger(strikes57));
    expect(without).toMatchObject({ verdict: 'no-coverage', found: null });
    expect(without.parts[0]!.explanation.join('\n')).toContain('engagements are a different unit from strikes');
  });

  it('sums several places counting each record once, and takes the places named out of "elsewhere"', async () => {
    const rows = [rec('2015-10-12', '2015-10-12', 'Palmyra', 2), rec('2015-10-12', '2015-10-12', 'Arak', 1), rec('2015-10-12', '2015-10-12', 'Raqqa', 4), rec('2015-10-12', '2015-10-12', 'Kobani', 3)];
    const sum = await checkClaim('On Monday the coalition conducted 7 strikes near Palmyra and Raqqa.', ledger(rows));
    expect(sum).toMatchObject({ verdict: 'supported', found: { value: 7 } });
    expect(sum.places!.map((p) => p.key)).toEqual(['Palmyra', 'Raqqa']);
    const parts = await checkClaim('On Monday three strikes hit near Kobani, with seven others elsewhere in Syria.', ledger(rows));
    expect(parts.parts.map((p) => [p.verdict, p.found])).toEqual([
      ['supported', { kind: 'count', value: 3 }],
      ['supported', { kind: 'count', value: 7 }],
    ]);
  });

  it('gives no confident verdict when the other meaning of "the last two days" disagrees', async () => {
    const r = await checkClaim('In the last two days the coalition conducted 3 strikes near Palmyra.', ledger([rec('2015-10-12', '2015-10-12', 'Palmyra', 3)]));
    expect(r.verdict).toBe('partial-coverage');
    expect(r.parts[0]!.explanation.join('\n')).toContain('the words may also mean 2015-10-12..2015-10-13: found 3, which would be supported');
  });
});

describe('checkClaim: records without a strike day of their own', () => {
  it('gives no confident verdict when the releases of the day after would change it', async () => {
    const data = new FakeLedger(PLACES, [
      { date: '2015-10-13', placeText: 'Palmyra', placeKey: 'Palmyra', strikes: 2 },
      { date: '2015-10-14', placeText: 'Palmyra', placeKey: 'Palmyra', strikes: 5 },
    ], daysExcept('2015-10-01', '2015-10-31'));
    const records = data.records.bind(data);
    data.records = async (...args) => (await records(...args)).map((x) => ({ ...x, dayBasis: 'release day' as const }));
    const r = await checkClaim('On Tuesday the coalition conducted 2 strikes near Palmyra.', { ...depsFor(data), asOf: { day: '2015-10-15', source: 'test' } });
    expect(r.verdict).toBe('partial-coverage');
    expect(r.parts[0]!.explanation.join('\n')).toContain('counted from the releases of 2015-10-14, found 5, which would be contradicted');
  });
});
