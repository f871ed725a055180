import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { Ledger } from './ledger.js';
import { renderImportSummary } from './importSummaryText.js';
import type { ImportSummary } from './importReleases.js';

const fixture = (name: string) => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;

// Releases of 2016-2017 dated by "yesterday", "On Dec. 9", a paragraph per day and a period; a special
// statement; and the release of 10 December 2016 from two sites.
const RELEASES = [
  'release-2016-dod-no-near.txt', 'release-2017-dod-yesterday.txt', 'release-2016-cjtf-numbered.txt', 'release-2016-cjtf-numbered-centcom.html',
  'release-2017-multi-day-zeros.txt', 'release-2017-total-mismatch.txt', 'release-2016-special-statement.txt', 'release-2018-weekly.txt',
];

describe.each(backends)('a ledger dated by strike day on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;
  let summary: ImportSummary;
  let palmyra: string;

  beforeAll(async () => {
    const fresh = await backend.fresh();
    drop = fresh.drop;
    ledger = await Ledger.open(fresh.spec);
    summary = await ledger.importSources(RELEASES.map(fixture), { today: '2026-01-01' });
    palmyra = (await ledger.knownPlace('Palmyra'))!.key;
  });
  afterAll(async () => {
    await ledger.close();
    await drop();
  });

  it('stores one release copied on two sites once, with both sources, and says so', async () => {
    const copy = summary.files.find((f) => f.uri.endsWith('centcom.html'))!;
    expect(copy).toMatchObject({ status: 'copy', copyDays: ['2016-12-10'], releasesImported: 0 });
    expect(renderImportSummary(summary)).toContain(`copy: ${copy.uri}: the same release for 2016-12-10 is already in the ledger from another source; kept as a further source, counted once`);
    const release = await ledger.release({ day: '2016-12-10' });
    expect(release?.sources.map((s) => s.split('/').pop())).toEqual(['release-2016-cjtf-numbered.txt', 'release-2016-cjtf-numbered-centcom.html']);
    expect(await ledger.countStrikes({ from: '2016-12-09', to: '2016-12-09' })).toEqual({ strikes: 20, records: 7 });
  });

  it('counts the strikes of a "yesterday" release on the day before it, and on its own day when dated by report', async () => {
    const feb = { from: '2017-02-19', to: '2017-02-19', placeKey: palmyra };
    expect(await ledger.countStrikes(feb)).toEqual({ strikes: 1, records: 1 });
    expect(await ledger.countStrikes({ ...feb, datedBy: 'reported' })).toEqual({ strikes: 0, records: 0 });
    expect(await ledger.countStrikes({ ...feb, from: '2017-02-20', to: '2017-02-20', datedBy: 'reported' })).toEqual({ strikes: 1, records: 1 });
    const [record] = await ledger.recordCitations(feb);
    expect(record).toMatchObject({ date: '2017-02-19', reportedOn: '2017-02-20', dateBasis: 'yesterday', strikes: 1 });
    expect([...await ledger.dailyTotals({ from: '2016-12-01', to: '2016-12-31', placeKey: palmyra, datedBy: 'reported' })])
      .toEqual([['2016-12-10', 1], ['2016-12-21', 5]]);
  });

  it('covers the days releases report strikes for or say had none, and under report dating the days they were issued', async () => {
    expect(await ledger.coveredDays({ from: '2016-12-08', to: '2016-12-21' })).toEqual(['2016-12-09', '2016-12-20']);
    expect(await ledger.coveredDays({ from: '2016-12-08', to: '2016-12-21' }, 'reported')).toEqual(['2016-12-10', '2016-12-21']);
    // an explicit zero in Iraq over Dec. 4-7, and Syria strikes on each of those days
    expect(await ledger.coveredDays({ from: '2017-12-03', to: '2017-12-08' })).toEqual(['2017-12-04', '2017-12-05', '2017-12-06', '2017-12-07']);
    // single-day zeros (Nov. 21, 22 in Syria), but the release's days are otherwise only its strike days
    expect(await ledger.coveredDays({ from: '2017-11-10', to: '2017-11-23' })).toEqual(['2017-11-19', '2017-11-20', '2017-11-21', '2017-11-22', '2017-11-23']);
    // a weekly release: Sept. 30 is stated; its other strikes are known only to lie in the week, which stays uncovered
    expect(await ledger.coveredDays({ from: '2018-09-29', to: '2018-10-09' })).toEqual(['2018-09-30']);
  });

  it('keeps the stated totals per day and section, zeros included, and flags the one that differs from its lines', async () => {
    expect(await ledger.statedTotals({ from: '2016-12-09', to: '2016-12-09' })).toEqual([
      { day: '2016-12-09', section: '', strikes: 20, engagements: null, lineStrikes: 20, sources: [expect.stringMatching(/numbered\.txt:8$/)] },
      { day: '2016-12-09', section: 'Iraq', strikes: 10, engagements: null, lineStrikes: 10, sources: [expect.stringMatching(/numbered\.txt:8$/)] },
      { day: '2016-12-09', section: 'Syria', strikes: 10, engagements: null, lineStrikes: 10, sources: [expect.stringMatching(/numbered\.txt:8$/)] },
    ]);
    expect((await ledger.statedTotals({ from: '2017-02-19', to: '2017-02-19' }))[0]).toMatchObject({ section: 'Syria', strikes: 16, engagements: 29 });
    expect((await ledger.statedTotals({ from: '2017-11-22', to: '2017-11-22' })).map((t) => `${t.section} ${t.strikes}`)).toEqual(['Syria 0']);
    expect(summary.totalMismatches.map((t) => `${t.from}..${t.to} ${t.strikes}/${t.lineStrikes}`)).toEqual(['2017-11-10..2017-11-23 10/12']);
    expect(renderImportSummary(summary)).toContain('release-2017-total-mismatch.txt:5: all sections 2017-11-10..2017-11-23: the release says 10 strikes, its lines add up to 12');
    const flagged = await ledger.releases({ flagged: true });
    expect(flagged.map((r) => r.reportDate)).toEqual(['2017-11-24']);
  });

  it('stores a special statement beside the daily list of its day, never in the counts', async () => {
    expect(summary.statements).toMatchObject([{ date: '2016-12-15', placeText: 'Palmyra', country: 'Syria' }]);
    expect(await ledger.countStrikes({ from: '2016-12-15', to: '2016-12-16' })).toEqual({ strikes: 0, records: 0 });
    expect(await ledger.coveredDays({ from: '2016-12-15', to: '2016-12-16' })).toEqual([]);
    const statement = await ledger.release({ day: '2016-12-16' });
    expect(statement).toMatchObject({ kind: 'statement', records: 0, statements: [{ date: '2016-12-15', placeText: 'Palmyra' }] });
  });

  it('lists records with both their days', async () => {
    const rows = await ledger.strikes({ from: '2017-12-04', to: '2017-12-05' });
    expect(rows.map((r) => `${r.date} ${r.reportedOn} ${r.dateBasis}`)).toEqual(['2017-12-04 2017-12-08 stated', '2017-12-05 2017-12-08 stated']);
  });
});

describe.each(backends)('the release date check on $name', (backend) => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'airledger-dates-'));
    writeFileSync(join(work, 'future.txt'), 'Military airstrikes continue\nMarch 3, 2031\n\nSyria\n- Near Kobani, two airstrikes struck an ISIL tactical unit.\n');
    writeFileSync(join(work, 'early.txt'), 'Military airstrikes continue\nAugust 7, 2014\n\nIraq\n- Near Mosul, an airstrike struck an ISIL tactical unit.\n');
    copyFileSync(fixture('release-2015-bullets.txt'), join(work, 'ok.txt'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses a release dated after today or before the campaign began, with the reason, unless told to allow it', async () => {
    const fresh = await backend.fresh();
    const ledger = await Ledger.open(fresh.spec);
    try {
      const refused = await ledger.importSources([work], { today: '2026-01-01' });
      expect(refused.files.map((f) => `${f.uri.split('/').pop()} ${f.status} ${f.reason ?? ''}`.trim())).toEqual([
        'early.txt failed release dated 2014-08-07, before the campaign began (2014-08-08)',
        'future.txt failed release dated 2031-03-03, after today (2026-01-01)',
        'ok.txt imported',
      ]);
      const allowed = await ledger.importSources([work], { today: '2026-01-01', allowDate: true });
      expect(allowed.files.map((f) => f.status)).toEqual(['imported', 'imported', 'duplicate']);
    } finally {
      await ledger.close();
      await fresh.drop();
    }
  });
});
