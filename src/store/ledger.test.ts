import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { parseGeonamesDump } from '../places/index.js';
import { Ledger } from './ledger.js';
import { SCHEMA_VERSION } from './migrations.js';

const fixtures = new URL('../../test/fixtures/ledger/', import.meta.url).pathname;
const releases = `${fixtures}releases`;
const other = (name: string) => `${fixtures}other/${name}`;

describe.each(backends)('ledger on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;
  let spec: string;

  beforeEach(async () => {
    ({ spec, drop } = await backend.fresh());
    ledger = await Ledger.open(spec);
  });
  afterEach(async () => {
    await ledger.close();
    await drop();
  });

  it('imports a folder of releases and keeps each record with its source line', async () => {
    const summary = await ledger.importSources([releases]);
    expect(summary.releasesImported).toBe(2);
    expect(summary.strikeRecords).toBe(8);
    expect(summary.failed).toBe(0);
    const rows = await ledger.strikes({ from: '2015-05-23', to: '2015-05-23' });
    expect(rows.map((r) => [r.placeText, r.strikes])).toEqual([
      ['Al Hasakah', 2], ['Tadmur', 1], ['Al Baghdadi', 1], ['Mosul', 4],
    ]);
    expect(rows[1]!.source).toBe(`${releases}/2015-05-23.txt:6`);
    expect(rows[1]!.rawLine).toContain('Near Tadmur, one airstrike');
  });

  it('adds nothing when the same files are imported again', async () => {
    await ledger.importSources([releases]);
    const again = await ledger.importSources([releases]);
    expect(again.releasesImported).toBe(0);
    expect(again.files.map((f) => f.status)).toEqual(['duplicate', 'duplicate']);
    expect((await ledger.stats()).records).toBe(8);
  });

  it('reports a second source for a stored day as a conflict and keeps the first', async () => {
    await ledger.importSources([releases]);
    const summary = await ledger.importSources([other('2015-05-24-corrected.txt')]);
    expect(summary.files[0]!.status).toBe('conflict');
    expect(summary.files[0]!.conflictDays).toEqual(['2015-05-24']);
    const day = await ledger.strikes({ from: '2015-05-24', to: '2015-05-24' });
    expect(day.reduce((n, r) => n + r.strikes, 0)).toBe(7);
  });

  it('replaces the stored release for a day with --replace, never counting the day twice', async () => {
    await ledger.importSources([releases]);
    const summary = await ledger.importSources([other('2015-05-24-corrected.txt')], { replace: true });
    expect(summary.files[0]!.status).toBe('replaced');
    const day = await ledger.strikes({ from: '2015-05-24', to: '2015-05-24' });
    expect(day.map((r) => [r.placeText, r.strikes])).toEqual([['Palmyra', 3], ['Sinjar', 3]]);
    expect((await ledger.stats()).releases).toBe(2);
  });

  it('refuses a file that is not UTF-8, naming the line, and still imports the others', async () => {
    const summary = await ledger.importSources([other('latin1.txt'), releases]);
    const bad = summary.files.find((f) => f.uri.endsWith('latin1.txt'))!;
    expect(bad.status).toBe('failed');
    expect(bad.reason).toMatch(/line 6: not UTF-8/);
    expect(summary.releasesImported).toBe(2);
    expect(summary.failed).toBe(1);
    expect((await ledger.strikes({ from: '2015-05-26', to: '2015-05-26' })).length).toBe(0);
  });

  it('refuses a release with no strike line and stores nothing of it', async () => {
    const summary = await ledger.importSources([other('no-strikes.txt')]);
    expect(summary.files[0]!.status).toBe('failed');
    expect(summary.files[0]!.reason).toMatch(/no strike line/);
    expect((await ledger.stats()).releases).toBe(0);
  });

  it('reports a missing file by name', async () => {
    const summary = await ledger.importSources([other('does-not-exist.txt')]);
    expect(summary.files[0]).toMatchObject({ status: 'failed', reason: 'no such file or folder' });
  });

  it('finds Palmyra strikes reported as Tadmur and as Palmyra', async () => {
    await ledger.importSources([releases]);
    const palmyra = await ledger.places.resolve('Palmyra', '');
    const rows = await ledger.strikes({ placeKey: palmyra.place!.key });
    expect(rows.map((r) => r.placeText)).toEqual(['Tadmur', 'Palmyra']);
  });

  it('counts places within a radius of a point', async () => {
    await ledger.importSources([releases]);
    const tadmur = (await ledger.places.resolve('Tadmur', 'Syria')).place!;
    const within = await ledger.strikes({ near: { lat: tadmur.lat, lon: tadmur.lon, radiusKm: 30 } });
    expect(within.every((r) => r.placeText === 'Tadmur' || r.placeText === 'Palmyra')).toBe(true);
    expect(within.length).toBe(2);
    const wide = await ledger.strikes({ near: { lat: tadmur.lat, lon: tadmur.lon, radiusKm: 2000 } });
    expect(wide.length).toBeGreaterThan(within.length);
  });

  it('filters by the country the place lies in', async () => {
    await ledger.importSources([releases]);
    const iraq = await ledger.strikes({ countryCode: 'IQ' });
    expect(iraq.map((r) => r.placeText).sort()).toEqual(['Al Baghdadi', 'Mosul', 'Sinjar']);
  });

  it('flags Raqqa reported under Iraq instead of moving it silently', async () => {
    const summary = await ledger.importSources([releases]);
    expect(summary.countryMismatches).toEqual([{ placeText: 'Raqqa', country: 'Iraq', placeCountry: 'SY', records: 1 }]);
    const [raqqa] = (await ledger.strikes({})).filter((r) => r.placeText === 'Raqqa');
    expect(raqqa).toMatchObject({ country: 'Iraq', countryMismatch: true });
  });

  it('queues an unknown name for review and settles it with a pin', async () => {
    await ledger.importSources([releases]);
    const queue = await ledger.places.reviewQueue();
    expect(queue.map((q) => q.placeText)).toContain('Barghooth');
    const { changed } = await ledger.places.pin('Barghooth', 35.1, 40.4, 'SY');
    expect(changed).toBe(1);
    expect((await ledger.places.reviewQueue()).map((q) => q.placeText)).not.toContain('Barghooth');
    const [row] = (await ledger.strikes({})).filter((r) => r.placeText === 'Barghooth');
    expect(row).toMatchObject({ resolution: 'resolved', lat: 35.1, lon: 40.4 });
  });

  it('settles a name with an alias to a known place', async () => {
    await ledger.importSources([releases]);
    const tadmur = (await ledger.places.resolve('Tadmur', 'Syria')).place!;
    const changed = await ledger.places.addAlias('Barghooth', tadmur.key);
    expect(changed).toBe(1);
    expect((await ledger.places.resolve('Barghooth', 'Syria')).place?.key).toBe(tadmur.key);
  });

  it('resolves a village from an imported GeoNames dump by its alternate name', async () => {
    await ledger.importSources([releases]);
    const dump = await readFile(new URL('../../test/fixtures/geonames-village-dump.txt', import.meta.url), 'utf8');
    const { entries, errors } = parseGeonamesDump(dump, { sourceUri: 'geonames-village-dump.txt' });
    expect(errors.map((e) => e.line)).toEqual([2]);
    await ledger.places.addGazetteerEntries(entries);
    expect((await ledger.places.reviewQueue()).map((q) => q.placeText)).not.toContain('Barghooth');
    const [row] = (await ledger.strikes({})).filter((r) => r.placeText === 'Barghooth');
    expect(row).toMatchObject({ place: 'Barghūth', placeKey: 'geonames:99999001', resolution: 'resolved' });
  });

  it('refuses a file in an unknown format, naming it', async () => {
    const summary = await ledger.importSources([new URL('../../package.json', import.meta.url).pathname]);
    expect(summary.files[0]).toMatchObject({ status: 'failed', reason: 'unknown format: expected a release as text, HTML or CSV' });
  });

  it('knows the release days of an import made after it was last asked, and of a replaced day', async () => {
    await ledger.importSources([`${releases}/2015-05-23.txt`]);
    expect(await ledger.releaseDays({ from: '2015-05-01', to: '2015-05-31' })).toEqual(['2015-05-23']);
    await ledger.importSources([`${releases}/2015-05-24.txt`]);
    expect(await ledger.releaseDays({ from: '2015-05-01', to: '2015-05-31' })).toEqual(['2015-05-23', '2015-05-24']);
    expect(await ledger.releaseDays({ from: '2015-05-24', to: '2015-05-24' })).toEqual(['2015-05-24']);
    expect(await ledger.releaseDays({ from: '2015-05-25', to: '2015-06-30' })).toEqual([]);
  });

  it('imports the scraper CSV layout as one release per day', async () => {
    const summary = await ledger.importSources([other('scraper.csv')]);
    expect(summary.releasesImported).toBe(2);
    const rows = await ledger.strikes({});
    expect(rows.map((r) => [r.date, r.placeText, r.strikes])).toEqual([
      ['2015-06-01', 'Tadmur', 1], ['2015-06-01', 'Ramadi', 2], ['2015-06-02', 'Mosul', 3],
    ]);
    expect((await ledger.importSources([other('scraper.csv')])).releasesImported).toBe(0);
  });

  it('imports a generic CSV through a column map, and names a missing column', async () => {
    const ok = await ledger.importSources([other('generic.csv')], { csvMap: { date: 'Day', place: 'Location', strikes: 'N', country: 'Section' } });
    expect(ok.strikeRecords).toBe(2);
    const bad = await ledger.importSources([other('generic.csv')], { csvMap: { date: 'Day', place: 'Town', strikes: 'N' } });
    expect(bad.files[0]!.status).toBe('failed');
    expect(bad.files[0]!.reason).toMatch(/Town/);
  });

  it('imports a release from an http URL', async () => {
    const body = await readFile(`${releases}/2015-05-23.txt`);
    const page = await readFile(new URL('../../test/fixtures/release-html-li.html', import.meta.url));
    const server: Server = createServer((req, res) => {
      if (req.url === '/release') res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
      else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const summary = await ledger.importSources([`http://127.0.0.1:${port}/release`, `http://127.0.0.1:${port}/missing`]);
      expect(summary.files.map((f) => f.status)).toEqual(['imported', 'failed']);
      expect(summary.files[1]!.reason).toMatch(/HTTP 404/);
      expect(summary.strikeRecords).toBe(4);
      // The page reports the same day: a conflict unless it replaces the text release.
      const html = await ledger.importSources([`http://127.0.0.1:${port}/page`], { replace: true });
      expect(html.files[0]).toMatchObject({ status: 'replaced', strikeRecords: 4 });
      expect(html.unparsedLines.map((u) => u.reason)).toEqual([expect.stringContaining('no strike count')]);
      const rows = await ledger.strikes({});
      expect(rows.map((r) => [r.placeText, r.strikes])).toEqual([['Tadmur', 1], ['Kobani', 3], ['Mosul', 2], ['Ramadi', 1]]);
      expect(rows[0]!.source).toBe(`http://127.0.0.1:${port}/page:24`);
    } finally {
      server.close();
    }
  });

  it('refuses to open a ledger written by a newer AirLedger', async () => {
    await ledger.db.query('INSERT INTO airledger_schema (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
    if (backend.name === 'pglite') {
      await expect(import('./migrations.js').then((m) => m.migrate(ledger.db))).rejects.toThrow(/newer than this AirLedger/);
    } else {
      await expect(Ledger.open(spec)).rejects.toThrow(/newer than this AirLedger/);
    }
  });
});

describe('ledger in a PGlite data directory', () => {
  it('keeps what was imported across reopening, and refuses a directory written by a newer AirLedger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'airledger-disk-'));
    try {
      const first = await Ledger.open(dir);
      await first.importSources([releases]);
      await first.close();

      const second = await Ledger.open(dir);
      expect((await second.stats()).records).toBe(8);
      await second.db.query('INSERT INTO airledger_schema (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
      await second.close();

      await expect(Ledger.open(dir)).rejects.toThrow(`ledger schema is version ${SCHEMA_VERSION + 1}, newer than this AirLedger understands`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a PGlite ledger directory in use', () => {
  it('refuses a second opening while the first is open, and opens again once it is closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'airledger-lock-'));
    try {
      const first = await Ledger.open(dir);
      await expect(Ledger.open(dir)).rejects.toThrow('the ledger is already open in this process');
      await first.close();
      const again = await Ledger.open(dir);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
