import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';

const fixture = (name: string) => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;

describe('importing the releases of 2016-2017 and counting by strike day', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-eras-'));
    db = join(dir, 'ledger');
    const imported = await run('--db', db, 'import', fixture('release-2017-dod-yesterday.txt'), fixture('release-2016-cjtf-numbered.txt'),
      fixture('release-2016-cjtf-numbered-centcom.html'), fixture('release-2017-total-mismatch.txt'));
    expect(imported.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the strike of the release of 20 February on the 19th, and on the 20th with --dated-by reported, naming the dating', async () => {
    const byStrike = await run('--db', db, 'count', '--near', 'Palmyra', '--from', '2017-02-19', '--to', '2017-02-19');
    expect(byStrike.out.split('\n')[0]).toMatch(/^1 strike in 1 record · Palmyra .* · 2017-02-19 · by strike day$/);
    const byRelease = await run('--db', db, 'count', '--near', 'Palmyra', '--from', '2017-02-19', '--to', '2017-02-19', '--dated-by', 'reported');
    expect(byRelease.out.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^0 strikes in 0 records · .* · by release day$/),
      'coverage 2017-02-19: 0 of 1 days have a release; no release on 2017-02-19',
    ]);
    const json = JSON.parse((await run('--db', db, 'count', '--near', 'Palmyra', '--from', '2017-02-20', '--to', '2017-02-20', '--dated-by', 'reported', '--json')).out);
    expect(json).toMatchObject({ dated_by: 'reported', strikes: 1 });
    expect((await run('--db', db, 'count', '--dated-by', 'published')).err).toContain('--dated-by: expected strike or reported, got "published"');
  });

  it('supports a claim about the day the strikes happened, and says what counting by release day would give', async () => {
    const checked = await run('--db', db, 'check', 'On 19 February 2017 the coalition conducted one strike near Palmyra.');
    expect(checked.out).toMatch(/^SUPPORTED: /);
    expect(checked.out).toContain('claimed one strike (accepted: 1); found 1');
    expect(checked.out).toContain('counted by the day the releases reported them instead: found 0, which would be no-coverage; this answer counts by the day the strikes happened');
    expect((await run('--db', db, 'check', 'On 19 February 2017 the coalition conducted three strikes near Palmyra.')).out).toMatch(/^CONTRADICTED: /);
  });

  it('exports both days of every record and how its strike day was known', async () => {
    const csv = await run('--db', db, 'strikes', '--near', 'Palmyra', '--format', 'csv');
    const [header, first] = csv.out.split('\n');
    expect(header?.startsWith('date,reported_on,date_basis,country,place_text,place_name,place_key,lat,lon,strikes,source,engagements,')).toBe(true);
    expect(first).toMatch(/^2016-12-09,2016-12-10,stated,Syria,Palmyra,/);
    const table = await run('--db', db, 'strikes', '--near', 'Palmyra');
    expect(table.out).toMatch(/2017-02-19 {2}2017-02-20 {2}Syria/);
    expect(table.out.trimEnd().split('\n').pop()).toMatch(/· by strike day$/);
  });

  it('shows a release with its two sources and its totals against its lines', async () => {
    const copy = await run('--db', db, 'releases', 'show', '2016-12-10');
    expect(copy.out).toContain('sources (2, one release):');
    expect(copy.out).toContain('line 8: Syria 2016-12-09: 10 strikes: agrees');
    const flagged = await run('--db', db, 'releases', 'list', '--flagged');
    expect(flagged.out).toMatch(/2017-11-24 {2}daily .* 1 total ≠ lines/);
    expect((await run('--db', db, 'releases', 'show', '1999-01-01')).err).toContain('no release issued on 1999-01-01 in the ledger');
  });
});

describe('importing a list of URLs', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const hits = new Map<string, number>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-urls-'));
    const pages: Record<string, string> = {
      '/dod-2017-02-20': readFileSync(fixture('release-2017-dod-yesterday.txt'), 'utf8'),
      '/cjtf-2016-12-10': readFileSync(fixture('release-2016-cjtf-numbered-centcom.html'), 'utf8'),
      '/flaky-2016-12-21': readFileSync(fixture('release-2016-dod-no-near.txt'), 'utf8'),
    };
    server = createServer((req, res) => {
      const n = (hits.get(req.url ?? '') ?? 0) + 1;
      hits.set(req.url ?? '', n);
      // the archive is busy the first time it is asked for this page
      if (req.url === '/flaky-2016-12-21' && n === 1) {
        res.writeHead(503, { 'retry-after': '0' }).end('busy');
        return;
      }
      const page = pages[req.url ?? ''];
      if (page === undefined) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': req.url!.startsWith('/cjtf') ? 'text/html' : 'text/plain' }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(join(dir, 'urls.txt'), `# releases of the Palmyra article\n${base}/dod-2017-02-20\n\n${base}/cjtf-2016-12-10\n${base}/flaky-2016-12-21\n${base}/missing\n`);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches each URL of the list, retries a busy answer, keeps every record\'s URL, and goes on where it stopped', async () => {
    const db = join(dir, 'ledger');
    const first = await run('--db', db, 'import', '--rate', '50', join(dir, 'urls.txt'));
    expect(first.out.split('\n')[0]).toBe('3 releases · 18 strike lines parsed (18 records) · 0 lines not parsed · 0 places need review');
    expect(first.out).toContain(`${base}/missing: HTTP 404 Not Found`);
    expect(first.code).toBe(1);
    expect(first.err).toContain(`retrying ${base}/flaky-2016-12-21 (HTTP 503), try 2`);
    expect(hits.get('/flaky-2016-12-21')).toBe(2);
    const palmyra = await run('--db', db, 'strikes', '--near', 'Palmyra', '--format', 'json');
    expect((JSON.parse(palmyra.out) as Array<{ source: string }>).map((r) => r.source)).toEqual([
      `${base}/cjtf-2016-12-10:20`, `${base}/flaky-2016-12-21:17`, `${base}/dod-2017-02-20:21`,
    ]);

    const again = await run('--db', db, 'import', '--rate', '50', join(dir, 'urls.txt'));
    expect(again.out).toContain('3 URLs already in the ledger: not fetched again');
    expect(hits.get('/dod-2017-02-20')).toBe(1);
    expect(hits.get('/missing')).toBe(2);
  });

  it('spaces its requests by --rate', async () => {
    const db = join(dir, 'spaced');
    const started = performance.now();
    await run('--db', db, 'import', '--rate', '4', `${base}/dod-2017-02-20`, `${base}/cjtf-2016-12-10`, `${base}/missing`);
    // three requests at four a second: the last starts at least half a second after the first
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });
});

describe('release dates outside the campaign', () => {
  it('refuses a release dated after today, says how to import it anyway, and imports it with --allow-date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'airledger-future-'));
    try {
      writeFileSync(join(dir, 'future.txt'), 'Military airstrikes continue\nMarch 3, 2031\n\nSyria\n- Near Kobani, two airstrikes struck an ISIL tactical unit.\n');
      const refused = await run('--db', join(dir, 'ledger'), 'import', join(dir, 'future.txt'));
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/future\.txt: release dated 2031-03-03, after today \(\d{4}-\d{2}-\d{2}\)/);
      expect(refused.out).toContain('import another campaign\'s releases with --allow-date');
      const allowed = await run('--db', join(dir, 'ledger'), 'import', '--allow-date', join(dir, 'future.txt'));
      expect(allowed.out.split('\n')[0]).toBe('1 release · 1 strike line parsed (1 record) · 0 lines not parsed · 0 places need review');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the day of a page without a date line from --date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'airledger-undated-'));
    try {
      writeFileSync(join(dir, 'page.txt'), 'Strikes in Syria\n-- Near Palmyra, three strikes destroyed 26 oil tanker trucks.\n');
      const refused = await run('--db', join(dir, 'ledger'), 'import', join(dir, 'page.txt'));
      expect(refused.out).toContain('page.txt: no report date: expected a date line such as "May 23, 2015"');
      expect(refused.out).toContain('give its day with --date YYYY-MM-DD');
      const dated = await run('--db', join(dir, 'ledger'), 'import', '--date', '2017-02-21', join(dir, 'page.txt'));
      expect(dated.code).toBe(0);
      expect((await run('--db', join(dir, 'ledger'), 'strikes', '--format', 'csv')).out.split('\n')[1]).toMatch(/^2017-02-21,2017-02-21,assumed,Syria,Palmyra,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
