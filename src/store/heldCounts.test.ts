import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { exploreCells } from './exploreQueries.js';
import { Ledger } from './ledger.js';

const hugeCounts = new URL('../../test/fixtures/release-huge-counts.txt', import.meta.url).pathname;
const ramadi = { from: '2015-05-23', to: '2015-05-23', near: 'Ramadi' };

describe.each(backends)('counts above the review limit on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;
  beforeEach(async () => {
    let spec: string;
    ({ spec, drop } = await backend.fresh());
    ledger = await Ledger.open(spec);
  });
  afterEach(async () => {
    await ledger.close();
    await drop();
  });

  it('holds a line of more than 200 strikes for review, lists absurd and signed counts as not parsed, and counts neither', async () => {
    const summary = await ledger.importSources([hugeCounts]);
    expect(summary.failed).toBe(0);
    expect(summary.unparsedLines.map((u) => [u.lineNo, u.reason.replace(/ in ".*/, '')])).toEqual([
      [7, 'the count "2000000000" has more than 9 digits'],
      [8, 'the count "-5" has a minus sign'],
      [9, 'the count "2.5" has a decimal point'],
    ]);
    expect(summary.heldLines.map((h) => [h.lineNo, h.placeText, h.strikes])).toEqual([
      [4, 'Mosul', 999_999_999], [5, 'Ramadi', 999_999_999], [6, 'Ramadi', 999_999_999], [11, 'Hit', 201],
    ]);
    expect(summary.strikeRecords).toBe(2);
    expect((await ledger.stats()).strikes).toBe(203);
    expect(await ledger.countStrikes((await ledger.filterFor(ramadi)).filter)).toEqual({ strikes: 0, records: 0 });
    const held = await ledger.heldCounts();
    expect(held.map((h) => [h.source.replace(/.*\//, ''), h.placeText, h.strikes, h.country])).toEqual([
      ['release-huge-counts.txt:4', 'Mosul', 999_999_999, 'Iraq'],
      ['release-huge-counts.txt:5', 'Ramadi', 999_999_999, 'Iraq'],
      ['release-huge-counts.txt:6', 'Ramadi', 999_999_999, 'Iraq'],
      ['release-huge-counts.txt:11', 'Hit', 201, 'Iraq'],
    ]);
    expect(held[0]!.rawLine).toBe('- Near Mosul, 999999999 airstrikes struck an ISIL tactical unit and destroyed 99999999999 ISIL vehicles.');
  });

  it('counts an accepted line as written, with sums past 32 bits on every query', async () => {
    await ledger.importSources([hugeCounts]);
    for (const h of await ledger.heldCounts()) expect((await ledger.acceptHeldCount(h.id)).ok).toBe(true);
    expect(await ledger.heldCounts()).toEqual([]);
    expect((await ledger.stats()).strikes).toBe(3 * 999_999_999 + 201 + 203);
    const { filter } = await ledger.filterFor(ramadi);
    expect(await ledger.countStrikes(filter)).toEqual({ strikes: 1_999_999_998, records: 2 });
    expect([...(await ledger.dailyTotals({}))]).toEqual([['2015-05-23', 3 * 999_999_999 + 404]]);
    expect([...(await ledger.dailyCounts({}))]).toEqual([['2015-05-23', { strikes: 3 * 999_999_999 + 404, records: 6 }]]);
    const cells = await exploreCells(ledger.db, {});
    expect(cells.cells.strikes.reduce((a, b) => a + b, 0)).toBe(3 * 999_999_999 + 404);
    expect((await ledger.targetTotals({})).find((t) => t.target === 'vehicle')).toMatchObject({ count: 99_999_999_999, records: 1 });
    expect((await ledger.strikes({ from: '2015-05-23', to: '2015-05-23' })).map((r) => r.strikes).sort((a, b) => a - b)).toEqual([3, 200, 201, 999_999_999, 999_999_999, 999_999_999]);
  });

  it('accepts a held line once, and says so when there is none to accept', async () => {
    await ledger.importSources([hugeCounts]);
    const [first] = await ledger.heldCounts();
    expect(await ledger.acceptHeldCount(first!.id)).toMatchObject({ ok: true, accepted: { placeText: 'Mosul', strikes: 999_999_999 } });
    expect(await ledger.acceptHeldCount(first!.id)).toEqual({ ok: false, reason: `no line held for review with id ${first!.id}` });
    expect(await ledger.acceptHeldCount(999_999)).toEqual({ ok: false, reason: 'no line held for review with id 999999' });
  });

  it('drops the held lines of a release replaced by another for its day', async () => {
    await ledger.importSources([hugeCounts]);
    const summary = await ledger.importSources([new URL('../../test/fixtures/ledger/releases/2015-05-23.txt', import.meta.url).pathname], { replace: true });
    expect(summary.files[0]!.status).toBe('replaced');
    expect(await ledger.heldCounts()).toEqual([]);
  });
});
