import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';

// SQL in every query parameter of every read route and in the JSON bodies of the writes, over HTTP:
// the answer is a 200, 400 or 404 (never a 500), and the ledger's tables and counts are as they were.

const PAYLOADS = [`' OR 1=1 --`, `'); DROP TABLE releases; --`, '$1', '\\', '\u2018 OR \u20181\u2019=\u20181', `" OR ""="`, `%' OR '%'='`, `1; SELECT pg_sleep(5)`];
const TABLES = ['places', 'place_names', 'place_mentions', 'releases', 'strike_records', 'unparsed_lines', 'control_periods', 'users', 'analyses'];
const PARAMS = ['from', 'to', 'country', 'near', 'radius_km', 'limit', 'format', 'by', 'split_control', 'streaks', 'targets', 'target', 'start', 'skip', 'name'];
const READS = ['/api/strikes', '/api/count', '/api/explore', '/api/explore/records', '/api/places/resolve', '/api/review'];
const SAFE = [200, 400, 404];

describe.each(backends)('SQL injection over HTTP on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  let before: Record<string, number>;

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await fx.ledger.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`);
      out[table] = Number(rows[0]!.n);
    }
    return out;
  };

  beforeAll(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname]);
    const editor = await fx.browserAs('editor');
    expect((await editor.send('POST', '/api/analyses', { slug: 'kept', title: 'Kept', bodyMd: 'x', date: '2015-06-01' })).status).toBe(201);
    expect((await editor.send('POST', '/api/analyses/kept/publish')).status).toBe(200);
    before = await counts();
  }, 60_000);
  afterAll(() => fx?.close());

  it('answers 200, 400 or 404 to SQL in every query parameter of every read route, alone and with valid neighbours', async () => {
    const browser = await fx.browserAs('public');
    const failures: string[] = [];
    for (const route of READS) {
      for (const param of PARAMS) {
        for (const payload of PAYLOADS) {
          for (const base of [{} as Record<string, string>, { near: 'Palmyra', name: 'Palmyra', from: '2015-05-01', to: '2015-06-30' }]) {
            const query = new URLSearchParams({ ...base, [param]: payload });
            const response = await browser.request(`${route}?${query}`);
            if (!SAFE.includes(response.status)) failures.push(`${route}?${query} → ${response.status} ${await response.text()}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('answers 200, 400 or 404 to SQL in path parameters', async () => {
    const browser = await fx.browserAs('editor');
    const failures: string[] = [];
    for (const payload of PAYLOADS) {
      // a lone % in a place name is the open bug skipped below
      const place = payload.includes('%') ? [] : [`/api/places/${encodeURIComponent(payload)}`];
      for (const path of [...place, `/api/analyses/${encodeURIComponent(payload)}`, `/analyses/${encodeURIComponent(payload)}`]) {
        const response = await browser.request(path);
        if (!SAFE.includes(response.status)) failures.push(`${path} → ${response.status} ${await response.text()}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('answers 404, not 500, for a place name holding a lone %', async () => {
    const browser = await fx.browserAs('public');
    for (const name of [`%' OR '%'='`, '100% sure']) {
      expect((await browser.request(`/api/places/${encodeURIComponent(name)}`)).status, name).toBe(404);
    }
  });

  it('answers 200, 400 or 404 to SQL in every field of the write routes, as an editor', async () => {
    const editor = await fx.browserAs('editor');
    const failures: string[] = [];
    let n = 0;
    for (const payload of PAYLOADS) {
      n++;
      const writes: Array<[string, string, unknown]> = [
        ['POST', '/api/places/alias', { name: payload, placeKey: payload }],
        ['POST', '/api/places/alias', { name: payload, placeKey: 'geonames:163808' }],
        ['POST', '/api/places/pin', { name: payload, lat: 35, lon: 40, countryCode: 'SY' }],
        ['POST', '/api/places/pin', { name: 'Pinned', lat: payload, lon: 40, countryCode: payload }],
        ['POST', '/api/control', { place: payload, holder: payload, from: '2015-05-20' }],
        ['POST', '/api/control', { place: 'Palmyra', holder: payload, from: '2015-01-01', to: '2015-01-02', note: payload, source: payload }],
        ['POST', '/api/control', { place: 'Palmyra', holder: 'IS', from: payload }],
        ['POST', '/api/analyses', { slug: payload, title: payload, bodyMd: payload, date: '2015-06-01' }],
        ['POST', '/api/analyses', { slug: `sql-${n}`, title: payload, bodyMd: `${payload}\n\n\`\`\`claim\nOne strike near ${payload} on 23 May 2015.\n\`\`\``, date: '2015-06-01', series: payload, tags: [payload] }],
        ['PUT', `/api/analyses/${encodeURIComponent(payload)}`, { title: payload }],
        ['PUT', '/api/analyses/kept', { title: payload, tags: [payload], series: payload }],
        ['POST', `/api/analyses/${encodeURIComponent(payload)}/publish`, undefined],
        ['POST', '/api/analyses/preview', { bodyMd: `${payload}\n\n\`\`\`chart\nstrikes near=${payload} from=2015-05-20 to=2015-06-10 by=week\n\`\`\`` }],
        ['POST', '/api/check', { sentence: `There were 2 strikes near ${payload} on 23 May 2015.` }],
        ['POST', '/api/import', { text: `May 25, 2015\n\nSyria\n- Near ${payload}, one airstrike struck an ISIL unit.\n`, name: `${payload}.txt` }],
        ['POST', '/api/import', { url: payload }],
      ];
      for (const [method, path, body] of writes) {
        const response = await editor.send(method, path, body);
        // 409 (slug taken), 413/415/422 are refusals a user can act on; a 500 is the failure looked for
        if (response.status >= 500) failures.push(`${method} ${path} ${JSON.stringify(body)} → ${response.status} ${await response.text()}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('keeps every table, and the counts of the tables no write above may change', async () => {
    const after = await counts();
    for (const table of ['releases', 'strike_records', 'users']) {
      // imports of payload lines may add one release for 25 May 2015 at most
      if (table === 'users') expect(after[table]).toBe(before[table]);
      else expect(after[table]! - before[table]!, table).toBeLessThanOrEqual(table === 'releases' ? 1 : PAYLOADS.length);
    }
    for (const table of TABLES) expect(after[table], table).toBeGreaterThanOrEqual(before[table]!);
    const stats = await (await fx.app.request('/api/stats')).json();
    expect(stats).toBeTruthy();
  });
});
