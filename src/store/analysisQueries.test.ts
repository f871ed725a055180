import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { Ledger } from './ledger.js';

const releases = new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname;
const MAY = { from: '2015-05-01', to: '2015-05-31' };

// The fixture ledger: releases for 2015-05-23 (8 strikes, Tadmur 1) and 2015-05-24 (7 strikes, Palmyra 2).
describe.each(backends)('analysis queries on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;
  let palmyra: string;

  beforeAll(async () => {
    const fresh = await backend.fresh();
    drop = fresh.drop;
    ledger = await Ledger.open(fresh.spec);
    await ledger.importSources([releases]);
    palmyra = (await ledger.knownPlace('Palmyra'))!.key;
  });
  afterAll(async () => {
    await ledger.close();
    await drop();
  });

  it('knows the days with a release, and no others', async () => {
    expect(await ledger.releaseDays(MAY)).toEqual(['2015-05-23', '2015-05-24']);
    expect(await ledger.releaseDays({ from: '2015-05-24', to: '2015-06-30' })).toEqual(['2015-05-24']);
    expect(await ledger.releaseDays({ from: '2016-01-01', to: '2016-12-31' })).toEqual([]);
  });

  it('sums strikes per day for Palmyra under both of its names', async () => {
    const totals = await ledger.dailyTotals({ ...MAY, placeKey: palmyra });
    expect([...totals]).toEqual([['2015-05-23', 1], ['2015-05-24', 2]]);
  });

  it('counts strikes and records by place, by country and everywhere', async () => {
    expect(await ledger.countStrikes({ ...MAY, placeKey: palmyra })).toEqual({ strikes: 3, records: 2 });
    expect(await ledger.countStrikes(MAY)).toEqual({ strikes: 15, records: 8 });
    expect(await ledger.countStrikes({ ...MAY, countryCode: 'IQ' })).toEqual({ strikes: 8, records: 3 });
    expect(await ledger.countStrikes({ from: '2016-01-01', to: '2016-01-31' })).toEqual({ strikes: 0, records: 0 });
  });

  it('lists the targets of the counted records', async () => {
    const targets = await ledger.targetTotals({ ...MAY, placeKey: palmyra });
    expect(targets.map((t) => [t.effect, t.target, t.count])).toContainEqual(['destroyed', 'anti-aircraft artillery system', 6]);
  });

});
