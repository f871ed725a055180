import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publicAddressesOnly, type UrlPolicy } from '../ingest/index.js';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture, type TestBrowser } from '../../test/support/workbenchClient.js';
import { safeFileName } from './uploadStaging.js';
import { optionsFromEnv } from './workbench.js';

const release = (name: string) => readFileSync(new URL(`../../test/fixtures/ledger/releases/${name}`, import.meta.url));

describe.each(backends)('POST /api/import on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  let editor: TestBrowser;
  beforeEach(async () => {
    fx = await workbenchFixture(backend);
    editor = await fx.browserAs('editor');
  });
  afterEach(() => fx.close());

  const upload = async (files: Array<{ name: string; bytes: Uint8Array | string }>, query = '') => {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)]), f.name);
    return editor.request(`/api/import${query}`, { method: 'POST', headers: { 'x-csrf-token': await editor.csrfToken() }, body: form });
  };

  it('imports a pasted release and answers the summary the CLI prints', async () => {
    const response = await editor.send('POST', '/api/import', { text: release('2015-05-23.txt').toString('utf8'), name: '2015-05-23.txt' });
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary).toMatchObject({ releasesImported: 1, strikeRecords: 4, failed: 0 });
    expect(summary.files[0].uri).toBe('upload:2015-05-23.txt');
    expect(summary.summaryText.split('\n')[0]).toBe('1 release · 4 strike lines parsed (4 records) · 0 lines not parsed · 0 places need review');
    expect((await fx.ledger.stats()).records).toBe(4);
  });

  it('refuses a release dated after today with the reason, storing nothing, and imports it with allowDate', async () => {
    const future = 'Military airstrikes continue\nMarch 3, 2031\n\nSyria\n- Near Kobani, two airstrikes struck an ISIL tactical unit.\n';
    const refused = await (await editor.send('POST', '/api/import', { text: future, name: 'future.txt' })).json();
    expect(refused.files[0]).toMatchObject({ uri: 'upload:future.txt', status: 'failed', reason: expect.stringMatching(/^release dated 2031-03-03, after today \(\d{4}-\d{2}-\d{2}\)$/) });
    expect((await fx.ledger.stats()).records).toBe(0);
    const allowed = await (await editor.send('POST', '/api/import?allow_date=1', { text: future, name: 'future.txt' })).json();
    expect(allowed).toMatchObject({ releasesImported: 1, failed: 0 });
  });

  it('does not read an uploaded list of URLs as a list: only the CLI fetches lists', async () => {
    const response = await upload([{ name: 'urls.txt', bytes: 'http://127.0.0.1:9/one\nhttp://127.0.0.1:9/two\n' }]);
    const summary = await response.json();
    expect(summary.files).toMatchObject([{ uri: 'upload:urls.txt', status: 'failed' }]);
  });

  it('imports uploaded files from a multipart form', async () => {
    const response = await upload([{ name: '2015-05-23.txt', bytes: release('2015-05-23.txt') }, { name: '2015-05-24.txt', bytes: release('2015-05-24.txt') }]);
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary.releasesImported).toBe(2);
    expect(summary.files.map((f: { uri: string }) => f.uri)).toEqual(['upload:2015-05-23.txt', 'upload:2015-05-24.txt']);
    expect(summary.summaryText).toContain('Barghooth (Syria): review, 1 record');
    // records cite the uploaded name, never the server's temporary path
    const sources = (await fx.ledger.strikes({})).map((r) => r.source);
    expect(sources).toContain('upload:2015-05-23.txt:6');
    expect(sources.every((s) => s.startsWith('upload:'))).toBe(true);
  });

  it('streams NDJSON progress lines and then the summary with ?stream=1', async () => {
    const response = await upload([{ name: 'a.txt', bytes: release('2015-05-23.txt') }, { name: 'b.txt', bytes: release('2015-05-24.txt') }], '?stream=1');
    expect(response.headers.get('content-type')).toMatch(/ndjson/);
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1).map((l) => [l.done, l.total])).toEqual([[1, 2], [2, 2]]);
    expect(lines.at(-1)).toMatchObject({ releasesImported: 2 });
  });

  it('refuses a file over 10 MB with 413 and a .exe with 415, storing nothing', async () => {
    const big = await upload([{ name: 'big.txt', bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(65) }]);
    expect(big.status).toBe(413);
    const exe = await upload([{ name: 'release.exe', bytes: 'MZ' }]);
    expect(exe.status).toBe(415);
    expect((await exe.json()).detail).toMatch(/release\.exe: only \.txt, \.html, \.htm, \.csv/);
    expect((await fx.ledger.stats()).releases).toBe(0);
  });

  it('records an upload named ../../etc/passwd.txt under its last segment only', async () => {
    const response = await upload([{ name: '../../etc/passwd.txt', bytes: release('2015-05-23.txt') }]);
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary.files[0].uri).toBe('upload:passwd.txt');
    const { rows } = await fx.ledger.db.query<{ source_uri: string }>('SELECT source_uri FROM releases');
    expect(rows[0]!.source_uri).toBe('upload:passwd.txt');
    expect(safeFileName('..\\..\\windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('...')).toBe('upload');
  });

  it('takes only http and https URLs', async () => {
    const response = await editor.send('POST', '/api/import', { url: 'file:///etc/passwd' });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(/only http and https/);
  });

  it('settles a review name with a pin, and the review queue empties', async () => {
    await fx.ledger.importSources([new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname]);
    const queue = await (await editor.request('/api/review')).json();
    expect(queue.map((i: { placeText: string }) => i.placeText)).toEqual(['Barghooth']);
    const pin = await editor.send('POST', '/api/places/pin', { name: 'Barghooth', lat: 35.1, lon: 40.4, countryCode: 'SY' });
    expect(await pin.json()).toMatchObject({ changed: 1 });
    expect(await (await editor.request('/api/review')).json()).toEqual([]);
  });

  it('refuses a control period for an unknown place, and one overlapping a stored period', async () => {
    const unknown = await editor.send('POST', '/api/control', { place: 'Springfield', holder: 'IS', from: '2015-05-20' });
    expect(unknown.status).toBe(404);
    expect((await editor.send('POST', '/api/control', { place: 'Palmyra', holder: 'IS', from: '2015-05-20', to: '2016-03-26' })).status).toBe(200);
    const overlap = await editor.send('POST', '/api/control', { place: 'Tadmur', holder: 'government', from: '2016-01-01', to: '2016-02-01' });
    expect(overlap.status).toBe(422);
  });
});

describe.each(backends)('POST /api/import {url} on $name: the server fetches only public addresses', (backend) => {
  let server: Server;
  let origin: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url!);
      if (req.url === '/2015-05-23.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(release('2015-05-23.txt'));
      else if (req.url === '/to-loopback') res.writeHead(302, { location: `${origin}/2015-05-23.txt` }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const importUrl = async (url: string, options: Parameters<typeof workbenchFixture>[1] = {}) => {
    const fx = await workbenchFixture(backend, options);
    try {
      const editor = await fx.browserAs('editor');
      const response = await editor.send('POST', '/api/import', { url });
      expect(response.status).toBe(200);
      return { summary: await response.json(), stats: await fx.ledger.stats() };
    } finally {
      await fx.close();
    }
  };

  it('refuses loopback, private and metadata addresses, naming the URL and the reason, and stores nothing', async () => {
    hits.length = 0;
    for (const [url, reason] of [
      [`${origin}/2015-05-23.txt`, 'refused: 127.0.0.1 is a loopback address'],
      ['http://10.0.0.5/release.txt', 'refused: 10.0.0.5 is a private address'],
      ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
      ['http://[::ffff:192.168.1.1]/', 'refused: ::ffff:c0a8:101 is a private address'],
    ]) {
      const { summary, stats } = await importUrl(url!);
      expect(summary).toMatchObject({ failed: 1, releasesImported: 0 });
      // the server names the URL as it parsed it: [::ffff:192.168.1.1] is [::ffff:c0a8:101]
      expect(summary.summaryText).toContain(`Failed, nothing stored from these (1):\n  ${new URL(url!).href}: ${reason}\n`);
      expect(stats.releases).toBe(0);
    }
    expect(hits).toEqual([]);
  });

  it('refuses a redirect from an allowed server to a loopback one, and stores nothing', async () => {
    // the policy lets "releases.test" (standing for a public server) through to the test server
    const policy: UrlPolicy = async (host) =>
      host === 'releases.test' ? { ok: true, addresses: [{ address: '127.0.0.1', family: 4 }] } : publicAddressesOnly()(host);
    const port = new URL(origin).port;
    hits.length = 0;
    const { summary, stats } = await importUrl(`http://releases.test:${port}/to-loopback`, { urlPolicy: policy });
    expect(summary.files[0]).toMatchObject({ status: 'failed', reason: `refused: 127.0.0.1 is a loopback address (redirected to ${origin}/2015-05-23.txt)` });
    expect(stats.releases).toBe(0);
    expect(hits).toEqual(['/to-loopback']);
    const direct = await importUrl(`http://releases.test:${port}/2015-05-23.txt`, { urlPolicy: policy });
    expect(direct.summary).toMatchObject({ releasesImported: 1, strikeRecords: 4 });
  });

  it('fetches from this machine when AIRLEDGER_ALLOW_PRIVATE_URLS=1 allows private addresses', async () => {
    const { summary, stats } = await importUrl(`${origin}/to-loopback`, optionsFromEnv({ AIRLEDGER_ALLOW_PRIVATE_URLS: '1' }));
    expect(summary).toMatchObject({ releasesImported: 1, strikeRecords: 4, failed: 0 });
    expect(summary.files[0].uri).toBe(`${origin}/to-loopback`);
    expect(stats.releases).toBe(1);
  });
});
