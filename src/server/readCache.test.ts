import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture, type TestBrowser } from '../../test/support/workbenchClient.js';
import { readCache } from './readCache.js';
import type { AppEnv } from './workbench.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;

/** An app whose ledger version the test sets, with a count route that counts its own computations. */
function countingApp(maxBytes?: number) {
  const state = { version: 'v1', computed: 0, status: 200, size: 10 };
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('ledgerVersion', state.version);
    c.header('set-cookie', `airledger_visitor=${c.req.header('x-visitor') ?? 'anon'}; Path=/`);
    await next();
  });
  app.use('/api/*', readCache({ maxBytes }));
  app.get('/api/count', async (c) => {
    state.computed++;
    await new Promise((r) => setTimeout(r, 20));
    return c.json({ computed: state.computed, pad: 'x'.repeat(state.size) }, state.status as 200);
  });
  app.get('/api/me', (c) => {
    state.computed++;
    return c.json({ computed: state.computed });
  });
  return { app, state };
}

describe('the read cache', () => {
  it('computes a read once for a crowd of requests, and again once the ledger changes', async () => {
    const { app, state } = countingApp();
    const answers = await Promise.all(Array.from({ length: 10 }, async () => (await app.request('/api/count?near=Mosul')).json()));
    expect(state.computed).toBe(1);
    expect(answers.every((a: { computed: number }) => a.computed === 1)).toBe(true);
    state.version = 'v2';
    expect((await (await app.request('/api/count?near=Mosul')).json()).computed).toBe(2);
    expect((await (await app.request('/api/count?near=Palmyra')).json()).computed).toBe(3);
  });

  it('answers an unchanged read with 304 to a browser holding its ETag', async () => {
    const { app } = countingApp();
    const first = await app.request('/api/count');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await app.request('/api/count', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect((await app.request('/api/count', { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  it('never hands one visitor’s cookie to another', async () => {
    const { app } = countingApp();
    await app.request('/api/count', { headers: { 'x-visitor': 'alice' } });
    const bob = await app.request('/api/count', { headers: { 'x-visitor': 'bob' } });
    expect(bob.headers.getSetCookie().join()).toContain('airledger_visitor=bob');
    expect(bob.headers.getSetCookie().join()).not.toContain('alice');
  });

  it('keeps no failed answer and no route outside the public reads', async () => {
    const { app, state } = countingApp();
    state.status = 500;
    await app.request('/api/count');
    state.status = 200;
    expect((await (await app.request('/api/count')).json()).computed).toBe(2);
    await app.request('/api/me');
    await app.request('/api/me');
    expect(state.computed).toBe(4);
  });

  it('holds no more than its memory allows', async () => {
    const { app, state } = countingApp(1000);
    state.size = 600;
    await app.request('/api/count?a');
    await app.request('/api/count?b');
    await app.request('/api/count?a');
    expect(state.computed).toBe(3);
    const off = countingApp(0);
    await off.app.request('/api/count');
    await off.app.request('/api/count');
    expect(off.state.computed).toBe(2);
  });
});

describe.each(backends)('reads after writes on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  let reader: TestBrowser;
  beforeAll(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([`${fixtures}ledger/releases/2015-05-23.txt`]);
    reader = await fx.browserAs('public');
  });
  afterAll(() => fx.close());

  const strikesNearPalmyra = async () => ((await (await reader.request('/api/count?near=Palmyra')).json()) as { strikes: number }).strikes;

  it('shows an import made outside the server (another process) at the next read', async () => {
    const before = await strikesNearPalmyra();
    expect(await strikesNearPalmyra()).toBe(before);
    await fx.ledger.importSources([`${fixtures}ledger/releases/2015-05-24.txt`]);
    expect(await strikesNearPalmyra()).toBe(before + 2);
  });

  it('shows an editor’s import through the API to the very next read', async () => {
    const before = await strikesNearPalmyra();
    const editor = await fx.browserAs('editor');
    const text = 'Military airstrikes continue against ISIL terrorists in Syria and Iraq\nJune 2, 2015\n\nSyria\n- Near Palmyra, three airstrikes destroyed an ISIL vehicle.\n';
    const response = await editor.send('POST', '/api/import', { text, name: 'june-2.txt' });
    expect(response.status).toBe(200);
    expect(await strikesNearPalmyra()).toBe(before + 3);
  });
});
