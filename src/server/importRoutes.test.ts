import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture, type TestBrowser } from '../../test/support/workbenchClient.js';
import { safeFileName } from './importRoutes.js';

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
