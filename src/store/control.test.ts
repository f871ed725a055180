import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { Ledger } from './ledger.js';

const fixture = (name: string) => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;

describe.each(backends)('control timelines on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    const fresh = await backend.fresh();
    drop = fresh.drop;
    ledger = await Ledger.open(fresh.spec);
  });
  afterEach(async () => {
    await ledger.close();
    await drop();
  });

  async function importPalmyra() {
    const file = fixture('control-palmyra.csv');
    return ledger.importControl(await readFile(file, 'utf8'), file);
  }

  it('imports the Palmyra file and shows four periods, each ending the day before the next starts', async () => {
    expect(await importPalmyra()).toEqual({ ok: true, periods: 4, events: 3 });
    const palmyra = await ledger.knownPlace('Tadmur');
    const timeline = await ledger.controlTimeline([palmyra!.key]);
    expect(timeline.periods.map((p) => [p.holder, p.from, p.to])).toEqual([
      ['IS', '2015-05-20', '2016-03-26'],
      ['government', '2016-03-27', '2016-12-10'],
      ['IS', '2016-12-11', '2017-03-01'],
      ['government', '2017-03-02', null],
    ]);
    expect(timeline.events.map((e) => [e.name, e.kind, e.from, e.to])).toContainEqual(['pro-regime offensive', 'offensive', '2016-03-07', '2016-03-27']);
    expect(timeline.problems).toEqual([]);
  });

  it('resolves "Palmyra", "Tadmur" and "tadmor" to one place key, and knows no "Atlantis"', async () => {
    const keys = await Promise.all(['Palmyra', 'Tadmur', 'tadmor'].map(async (n) => (await ledger.knownPlace(n))?.key));
    expect(new Set(keys).size).toBe(1);
    expect(await ledger.knownPlace('Atlantis')).toBeNull();
  });

  it('changes nothing when the same file is imported twice', async () => {
    await importPalmyra();
    expect(await importPalmyra()).toMatchObject({ ok: true });
    const timeline = await ledger.controlTimeline();
    expect(timeline.periods.filter((p) => !p.builtIn)).toHaveLength(4);
    expect(timeline.events.filter((e) => !e.builtIn)).toHaveLength(3);
  });

  it('stores no row of a file with bad rows, and names each bad row by file and line', async () => {
    const file = fixture('control-bad-rows.csv');
    const result = await ledger.importControl(await readFile(file, 'utf8'), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      `${file}:4: unknown place "Atlantis"`,
      `${file}:5: to (2016-03-01) is before from (2016-03-27)`,
    ]);
    expect((await ledger.controlTimeline()).periods.filter((p) => !p.builtIn)).toEqual([]);
  });

  it('adds a period by hand and closes the open period before it', async () => {
    const palmyra = (await ledger.knownPlace('Palmyra'))!;
    expect(await ledger.addControlPeriod({ placeKey: palmyra.key, holder: 'IS', from: '2015-05-20' })).toMatchObject({ ok: true, periods: 1 });
    await ledger.addControlPeriod({ placeKey: palmyra.key, holder: 'government', from: '2016-03-27', source: 'test' });
    const { periods } = await ledger.controlTimeline([palmyra.key]);
    // the open end of the second runs to the day before the next built-in period (IS from 2016-12-11)
    expect(periods.filter((p) => !p.builtIn).map((p) => [p.holder, p.from, p.to])).toEqual([['IS', '2015-05-20', '2016-03-26'], ['government', '2016-03-27', '2016-12-10']]);
  });

  it('has the built-in timelines from the start, and shows your own period over a built-in one with both sources', async () => {
    const mosul = (await ledger.knownPlace('Mosul'))!;
    const before = await ledger.controlTimeline([mosul.key]);
    expect(before.periods.map((p) => [p.holder, p.from, p.builtIn])).toEqual([['IS', '2014-06-10', true], ['Iraqi forces', '2017-07-10', true]]);
    expect(before.events.map((e) => e.name)).toContain('battle of Mosul');
    await ledger.addControlPeriod({ placeKey: mosul.key, holder: 'Iraqi forces', from: '2017-07-20', source: 'end of the last clashes (my notes)' });
    const after = await ledger.controlTimeline([mosul.key]);
    expect(after.periods.map((p) => [p.holder, p.from, p.to, p.source])).toEqual([
      ['IS', '2014-06-10', '2017-07-09', 'Wikipedia: Fall of Mosul'],
      ['Iraqi forces', '2017-07-20', null, 'end of the last clashes (my notes)'],
    ]);
    // the built-in Iraqi period is redated, not cut: its days before yours are nobody's rather than a second arrival
    expect(after.overridden.periods.map((p) => [p.holder, p.from, p.source])).toEqual([['Iraqi forces', '2017-07-10', 'Wikipedia: Battle of Mosul (2016–2017)']]);
  });

  it('refuses a period that overlaps a stored one, storing nothing', async () => {
    await importPalmyra();
    const palmyra = (await ledger.knownPlace('Palmyra'))!;
    const result = await ledger.addControlPeriod({ placeKey: palmyra.key, holder: 'SDF', from: '2016-01-01', to: '2016-04-30' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/overlaps the next one/);
    expect((await ledger.controlTimeline([palmyra.key])).periods).toHaveLength(4);
  });

  it('refuses a period that ends before it starts', async () => {
    const palmyra = (await ledger.knownPlace('Palmyra'))!;
    const result = await ledger.addControlPeriod({ placeKey: palmyra.key, holder: 'IS', from: '2016-01-01', to: '2015-01-01' });
    expect(result).toMatchObject({ ok: false, problems: [{ reason: 'to (2015-01-01) is before from (2016-01-01)' }] });
  });
});
