import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/runCli.js';

const releases = new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname;
const controlFile = new URL('../../test/fixtures/control-palmyra.csv', import.meta.url).pathname;

describe('airledger check, count and control on a fixture ledger', () => {
  let dir: string;
  let db: string;
  const run = (...args: string[]) => runCli('--db', db, ...args);

  beforeAll(async () => {
    process.env.AIRLEDGER_TODAY = '2025-06-01';
    dir = await mkdtemp(join(tmpdir(), 'airledger-cli-'));
    db = join(dir, 'db');
    expect((await run('import', releases)).code).toBe(0);
    expect((await run('control', 'import', controlFile)).code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    delete process.env.AIRLEDGER_TODAY;
    await rm(dir, { recursive: true, force: true });
  });

  it('gives no confident verdict when releases that do not say when their strikes happened could hold the day before', async () => {
    const { code, out } = await run('check', 'OIR launched three airstrikes near Palmyra between 23 and 24 May 2015.');
    expect(code).toBe(0);
    expect(out).toMatch(/^PARTIAL-COVERAGE: /);
    expect(out).toContain('claimed three airstrikes (accepted: 3); found 3');
    expect(out).toContain('counted from the releases of 2015-05-24..2015-05-25, found 2, which would be partial-coverage; the answer cannot choose between them');
    expect(out).toContain('2 of 2 records have no strike day of their own in the ledger');
    expect(out).toContain('coverage 2015-05-23..2015-05-24: 2 of 2 days have a release; no gaps');
    expect(out).toContain(`2015-05-23  Tadmur             1  ${releases}/2015-05-23.txt:6`);
    expect(out).toContain(`2015-05-24  Palmyra            2  ${releases}/2015-05-24.txt:5`);
  });

  it('answers in the JSON schema of the issue', async () => {
    const { code, out } = await run('check', 'OIR launched five airstrikes near Palmyra between 23 and 24 May 2015.', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({
      verdict: 'partial-coverage',
      claimed: { kind: 'count', value: 5 },
      found: { kind: 'count', value: 3 },
      window: { from: '2015-05-23', to: '2015-05-24' },
      radius_km: 25,
      coverage: { from: '2015-05-23', to: '2015-05-24', missing_days: [] },
    });
    expect(answer.place).toMatchObject({ name: 'Palmyra' });
    expect(answer.place.aliases[0]).toBe('Tadmur');
    expect(answer.records.map((r: { date: string; place: string; strikes: number }) => [r.date, r.place, r.strikes])).toEqual([
      ['2015-05-23', 'Tadmur', 1],
      ['2015-05-24', 'Palmyra', 2],
    ]);
  });

  it('reads the fall of Palmyra from the control timeline and reports partial coverage', async () => {
    const { code, out } = await run('check', 'Between the fall of Palmyra on 20 May 2015 and the end of May 2015, OIR launched ten airstrikes near Palmyra.');
    expect(code).toBe(0);
    expect(out).toMatch(/^PARTIAL-COVERAGE: /);
    expect(out).toContain('agrees with the control timeline');
  });

  it('exits 2 for a sentence without a number, saying what is missing', async () => {
    const { code, out } = await run('check', 'OIR launched many strikes.');
    expect(code).toBe(2);
    expect(out).toContain('Cannot check: missing number');
  });

  it('exits 2 for an unknown place, a window that ends before it starts, and a future date', async () => {
    const unknown = await run('check', 'The coalition conducted 5 strikes near Springfield in 2015.');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.out).toContain('unknown place "Springfield"');
    const backwards = await run('check', 'The coalition conducted 5 strikes near Palmyra between 20 May 2016 and 1 March 2016.');
    expect(backwards.code).toBe(2);
    expect(backwards.out).toContain('the window ends (2016-03-01) before it starts (2016-05-20)');
    const future = await run('check', 'The coalition conducted 5 strikes near Palmyra in 2030.');
    expect(future.code).toBe(2);
    expect(future.out).toContain('is in the future (today is 2025-06-01)');
  });

  it('checks every numeric claim of a Markdown file, with its line', async () => {
    const file = join(dir, 'analysis.md');
    await writeFile(file, '# Notes\n\nOIR launched three airstrikes near Palmyra between 23 and 24 May 2015.\n\nOn 23 May 2015 the coalition conducted 40 strikes in Iraq.\n');
    const { code, out } = await run('check', '--file', file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.claims.map((c: { line: number; verdict: string }) => [c.line, c.verdict])).toEqual([[3, 'partial-coverage'], [5, 'contradicted']]);
    expect(report.summary).toEqual({ 'partial-coverage': 1, contradicted: 1 });
    const text = await run('check', '--file', file);
    expect(text.out).toContain(`${file}:3`);
    expect(text.out).toContain(`2 claims checked in ${file}: 1 partial-coverage, 1 contradicted`);
  });

  it('reads weekdays against --as-of, and refuses them without a publication day', async () => {
    // 2015-05-24 was a Sunday.
    const dated = await run('check', 'On Sunday the coalition conducted two airstrikes near Palmyra.', '--as-of', '2015-05-25');
    expect(dated.code).toBe(0);
    // the release of Sunday may report Saturday's strikes: no confident verdict
    expect(dated.out).toMatch(/^PARTIAL-COVERAGE: /);
    expect(dated.out).toContain('Sunday = 2015-05-24, the latest Sunday on or before 2015-05-25');
    const undated = await run('check', 'On Sunday the coalition conducted two airstrikes near Palmyra.');
    expect(undated.code).toBe(2);
    expect(undated.out).toContain('missing publication date');
    expect((await run('check', 'x', '--as-of', '2015-02-30')).err).toContain('--as-of');
  });

  const PAGE = `<!doctype html><html><head><meta property="article:published_time" content="2015-05-25T09:00:00Z"><title>Strikes</title></head>
<body><nav><a href="/">Home</a> 99 strikes in the menu</nav><article><h1>Coalition strikes near Palmyra</h1>
<p>The coalition conducted two airstrikes near Palmyra on Sunday, the task force said on Monday.</p>
<p>Four airstrikes hit near Mosul on Saturday, it added.</p></article><footer>3 strikes and out</footer></body></html>`;

  it('checks a saved web page with --file, as of the date the page gives, ignoring its navigation', async () => {
    const file = join(dir, 'page.html');
    await writeFile(file, PAGE);
    const { code, out } = await run('check', '--file', file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ title: 'Coalition strikes near Palmyra', as_of: { day: '2015-05-25', source: "the page's article:published_time" }, summary: { 'partial-coverage': 2 } });
    expect(report.claims.map((c: { window: unknown }) => c.window)).toEqual([{ from: '2015-05-24', to: '2015-05-24' }, { from: '2015-05-23', to: '2015-05-23' }]);
  });

  it('checks a page fetched with --url, and says why when the page cannot be fetched', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/page.html') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { code, out } = await run('check', '--url', `${base}/page.html`);
      expect(code).toBe(0);
      expect(out).toContain(`${base}/page.html: read as of 2015-05-25 (the page's article:published_time)`);
      expect(out).toContain(`2 claims checked in ${base}/page.html: 2 partial-coverage`);
      const missing = await run('check', '--url', `${base}/gone.html`);
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('the server answered 404');
    } finally {
      server.close();
    }
  });

  it('counts near Palmyra with coverage and a control split', async () => {
    const { code, out } = await run('count', '--near', 'Palmyra', '--from', '2015-05-20', '--to', '2015-05-31', '--split-control');
    expect(code).toBe(0);
    expect(out).toContain('3 strikes in 2 records · Palmyra (SY 34.562, 38.284), all its names · 2015-05-20..2015-05-31');
    expect(out).toContain('coverage 2015-05-20..2015-05-31: 2 of 12 days have a release');
    expect(out).toMatch(/IS\s+2015-05-20\.\.2015-05-31\s+3\s+2\/12/);
  });

  it('refuses a count whose window ends before it starts, with exit code 2', async () => {
    const { code, err } = await run('count', '--near', 'Palmyra', '--from', '2016-03-27', '--to', '2015-05-20');
    expect(code).toBe(2);
    expect(err).toContain('window ends (2015-05-20) before it starts (2016-03-27)');
  });

  it("shows Palmyra's timeline when asked for Tadmur", async () => {
    const { code, out } = await run('control', 'show', 'Tadmur');
    expect(code).toBe(0);
    expect(out).toMatch(/government\s+2016-03-27\s+2016-12-10/);
    expect(out).toContain('pro-regime offensive');
  });

  it('lists every built-in timeline, and marks Palmyra, whose imported periods replace the built-in ones', async () => {
    const { code, out } = await run('control', 'list');
    expect(code).toBe(0);
    expect(out).toMatch(/^Operation Inherent Resolve \(campaign\)\s+0\s+2\s+2014-08-08/m);
    expect(out).toMatch(/^Mosul\s+2\s+2\s+2014-06-04\s+\(open\)\s+Iraqi forces\s+built-in\s+geonames:99072$/m);
    expect(out).toMatch(/^Palmyra\s+4\s+\d+\s+.*built-in \+ yours/m);
    const shown = await run('control', 'show', 'Palmyra');
    expect(shown.out).toContain('Built in, replaced by your own for the same days:');
    expect(shown.out).toMatch(/pro-regime offensive \(March 2016\)\s+offensive\s+2016-03-09/);
  });
});
