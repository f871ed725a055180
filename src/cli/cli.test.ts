import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/runCli.js';

const fixtures = new URL('../../test/fixtures/ledger/', import.meta.url).pathname;

const run = runCli;

describe('airledger CLI', () => {
  let dir: string;
  let db: string;
  let firstImport: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-cli-'));
    db = join(dir, 'ledger');
    firstImport = await run('--db', db, 'import', `${fixtures}releases`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the import summary and lists the names that need review', () => {
    expect(firstImport.code).toBe(0);
    expect(firstImport.out.split('\n')[0]).toBe('2 releases · 8 strike lines parsed (8 records) · 0 lines not parsed · 1 place needs review');
    expect(firstImport.out).toContain('  Barghooth (Syria): review, 1 record');
    expect(firstImport.out).toContain('  Raqqa: reported under Iraq, lies in SY (1 record)');
  });

  it('reports files already imported, and a second release for a stored day as a conflict', async () => {
    const again = await run('--db', db, 'import', `${fixtures}releases`, `${fixtures}other/2015-05-24-corrected.txt`);
    expect(again.out.split('\n')[0]).toBe('0 releases · 0 strike lines parsed (0 records) · 0 lines not parsed · 0 places need review');
    expect(again.out).toContain('2 files already in the ledger (same content): nothing added');
    expect(again.out).toMatch(/conflict: .*2015-05-24-corrected\.txt: the ledger already has another release for 2015-05-24; skipped \(use --replace/);
    expect(again.code).toBe(0);
  });

  it('exits 1 and names the file when a file cannot be imported', async () => {
    const result = await run('--db', db, 'import', `${fixtures}other/latin1.txt`);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/latin1\.txt: line 6: not UTF-8/);
  });

  it('imports from a URL on this machine: unlike the server, the CLI may read local addresses', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(`${fixtures}releases/2015-05-23.txt`)));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const result = await run('--db', join(dir, 'from-url'), 'import', `http://127.0.0.1:${(server.address() as AddressInfo).port}/2015-05-23.txt`);
      expect(result.out.split('\n')[0]).toBe('1 release · 4 strike lines parsed (4 records) · 0 lines not parsed · 0 places need review');
      expect(result.code).toBe(0);
    } finally {
      server.close();
    }
  });

  it('lists strikes near Palmyra under both its names as CSV with sources', async () => {
    const result = await run('--db', db, 'strikes', '--near', 'Palmyra', '--format', 'csv');
    const lines = result.out.trim().split('\n');
    expect(lines[0]).toBe('date,reported_on,date_basis,country,place_text,place_name,place_key,lat,lon,strikes,source,engagements,resolution,country_mismatch,effects,targets,line');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
      '2015-05-23,2015-05-23,assumed,Syria,Tadmur,Palmyra,geonames:163808',
      '2015-05-24,2015-05-24,assumed,Syria,Palmyra,Palmyra,geonames:163808',
    ]);
    expect(lines[1]).toContain('2015-05-23.txt:6');
  });

  it('resolves a name outside any ledger without making one in the folder', async () => {
    const nowhere = join(dir, 'no-ledger-here');
    const result = await run('--db', nowhere, 'places', 'resolve', 'Tadmur');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Tadmur → Palmyra, SY (34.5624, 38.2840) [geonames:163808]');
    expect(existsSync(nowhere)).toBe(false);
  });

  it('prints its version', async () => {
    const result = await run('--version');
    expect(result.code).toBe(0);
    expect(result.out.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });

  it('reads the article’s first Palmyra sentence with the built-in timeline, citing its sources', async () => {
    const today = process.env.AIRLEDGER_TODAY;
    process.env.AIRLEDGER_TODAY = '2017-06-01';
    try {
      const result = await run('--db', db, 'check', 'Between the fall of Palmyra the first time and its re-conquest in March 2016, OIR launched eight airstrikes in and around Palmyra.');
      expect(result.out).toContain('"the fall of Palmyra the first time" = 2015-05-20: start of IS control (first period on record) (control timeline; source: Wikipedia: Palmyra offensive (May 2015))');
      expect(result.out).toContain('the control timeline has 2016-03-27 (start of Syrian government control');
      expect(result.out).not.toMatch(/^UNPARSEABLE/);
    } finally {
      if (today === undefined) delete process.env.AIRLEDGER_TODAY;
      else process.env.AIRLEDGER_TODAY = today;
    }
  });

  it('refuses an impossible date with exit code 2', async () => {
    const result = await run('--db', db, 'strikes', '--from', '2015-02-30');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--from: "2015-02-30" is not a calendar day');
  });

  it('refuses an unknown place with exit code 2', async () => {
    const result = await run('--db', db, 'strikes', '--near', 'Qwxzv');
    expect(result.code).toBe(2);
    expect(result.err).toContain('no place called "Qwxzv"');
  });

  it('explains how a misspelt name resolves', async () => {
    const result = await run('--db', db, 'places', 'resolve', 'Dayz Az Zawr', '--country', 'Syria');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Deir ez-Zor, SY/);
  });

  it('shows the review queue with the name an editor must settle', async () => {
    const result = await run('--db', db, 'places', 'unresolved', '--format', 'json');
    const queue = JSON.parse(result.out) as Array<{ place_text: string; status: string }>;
    expect(queue.map((q) => q.place_text)).toContain('Barghooth');
  });
});
