import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { ledgerClaimData } from '../claims/index.js';
import { Ledger } from '../store/index.js';
import { countReport } from './countReport.js';

const releases = new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname;
const controlFile = new URL('../../test/fixtures/control-palmyra.csv', import.meta.url).pathname;
const MAY = { from: '2015-05-01', to: '2015-05-31' };

// The fixture ledger: releases for 2015-05-23 (8 strikes, Tadmur 1) and 2015-05-24 (7 strikes, Palmyra 2).
describe.each(backends)('counts with coverage on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await backend.fresh();
    drop = fresh.drop;
    ledger = await Ledger.open(fresh.spec);
    await ledger.importSources([releases]);
  });
  afterAll(async () => {
    await ledger.close();
    await drop();
  });
  afterEach(async () => {
    await ledger.db.query('DELETE FROM control_periods');
    await ledger.db.query('DELETE FROM control_events');
  });

  it('states the coverage of a count: a day without a release is a gap, not a zero', async () => {
    const report = await countReport(ledger, { near: 'Palmyra', ...MAY });
    expect(report).toMatchObject({ strikes: 3, records: 2, window: MAY, windowFrom: 'query' });
    expect(report.coverage).toMatchObject({
      coveredDays: 2,
      totalDays: 31,
      missingRanges: [{ from: '2015-05-01', to: '2015-05-22' }, { from: '2015-05-25', to: '2015-05-31' }],
    });
  });

  it('counts over the whole record when the query gives no window', async () => {
    const report = await countReport(ledger, { near: 'Tadmur' });
    expect(report).toMatchObject({ window: { from: '2015-05-23', to: '2015-05-24' }, windowFrom: 'record', strikes: 3 });
  });

  it('gives a daily series with null for days without a release, and the longest streak', async () => {
    const report = await countReport(ledger, { near: 'Palmyra', from: '2015-05-22', to: '2015-05-25' }, { by: 'day', streaks: 3 });
    expect(report.series).toEqual({
      unit: 'day',
      points: [
        { day: '2015-05-22', strikes: null },
        { day: '2015-05-23', strikes: 1 },
        { day: '2015-05-24', strikes: 2 },
        { day: '2015-05-25', strikes: null },
      ],
    });
    expect(report.streaks).toEqual([{ from: '2015-05-23', to: '2015-05-24', days: 2, strikes: 3, unknownDays: 0 }]);
  });

  it('splits a count by the periods of control of its place', async () => {
    await ledger.importControl(await readFile(controlFile, 'utf8'), controlFile);
    const report = await countReport(ledger, { near: 'Tadmur', ...MAY }, { splitControl: true });
    expect(report.control!.map((p) => [p.period?.holder ?? null, p.window.from, p.window.to, p.strikes])).toEqual([
      [null, '2015-05-01', '2015-05-19', 0],
      ['IS', '2015-05-20', '2015-05-31', 3],
    ]);
  });

  it("gives a claim's records with the place as written and its source line", async () => {
    const place = (await ledger.knownPlace('Palmyra'))!;
    const data = ledgerClaimData(ledger, await ledger.places.gazetteer());
    const rows = await data.records({ place: { kind: 'place', ...place }, radiusKm: 25 }, MAY, 'strike');
    expect(rows.map((r) => [r.date, r.placeText, r.strikes, r.distanceKm])).toEqual([['2015-05-23', 'Tadmur', 1, 0], ['2015-05-24', 'Palmyra', 2, 0]]);
    expect(rows[0]!.source).toBe(`${releases}/2015-05-23.txt:6`);
  });
});
