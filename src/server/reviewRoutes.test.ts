import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';

const hugeCounts = new URL('../../test/fixtures/release-huge-counts.txt', import.meta.url).pathname;

describe.each(backends)('lines held for their count, over HTTP on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  beforeEach(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([hugeCounts]);
  });
  afterEach(() => fx.close());

  it('lists them for anyone, lets an editor accept one, and refuses others', async () => {
    const held = (await (await fx.app.request('/api/review/counts')).json()) as Array<{ id: number; placeText: string; strikes: number; source: string }>;
    expect(held.map((h) => [h.placeText, h.strikes])).toEqual([['Mosul', 999_999_999], ['Ramadi', 999_999_999], ['Ramadi', 999_999_999], ['Hit', 201]]);
    const path = `/api/review/counts/${held[0]!.id}/accept`;
    expect((await (await fx.browserAs('public')).send('POST', path)).status).toBe(401);
    expect((await (await fx.browserAs('viewer')).send('POST', path)).status).toBe(403);
    const editor = await fx.browserAs('editor');
    const accepted = await editor.send('POST', path);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ accepted: { placeText: 'Mosul', strikes: 999_999_999 } });
    expect(await (await editor.send('POST', path)).json()).toEqual({ error: 'not held', detail: `no line held for review with id ${held[0]!.id}` });
    expect((await editor.send('POST', '/api/review/counts/x/accept')).status).toBe(400);
  });

  it('answers every public page once the accepted counts pass 32 bits', async () => {
    const editor = await fx.browserAs('editor');
    for (const h of (await (await fx.app.request('/api/review/counts')).json()) as Array<{ id: number }>) {
      expect((await editor.send('POST', `/api/review/counts/${h.id}/accept`)).status).toBe(200);
    }
    const stats = await fx.app.request('/api/stats');
    expect(stats.status).toBe(200);
    expect(await stats.json()).toMatchObject({ strikes: 3 * 999_999_999 + 404 });
    for (const path of ['/api/count?from=2015-05-01&to=2015-05-31', '/api/places/mosul', '/api/explore?from=2015-05-01&to=2015-05-31', '/api/strikes?format=csv', '/']) {
      expect((await fx.app.request(path)).status, path).toBe(200);
    }
    const count = (await (await fx.app.request('/api/count?from=2015-05-23&to=2015-05-23&near=Ramadi')).json()) as { strikes: number };
    expect(count.strikes).toBe(1_999_999_998);
  });
});
