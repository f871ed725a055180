import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';

// Every route the app registers × every role × private on and off. The rule is written from the README,
// not from the routes, so a route added later is held to it too: reads are for everyone (members only
// when private), any other method needs an editor, settings an admin, changing one's own password a login,
// and login and /api/me are always open.

type Role = 'public' | 'viewer' | 'editor' | 'admin';
type Need = 'open' | 'read' | 'session' | 'member' | 'editor' | 'admin';
const ROLES: Role[] = ['public', 'viewer', 'editor', 'admin'];
const RANK: Record<Role, number> = { public: 0, viewer: 1, editor: 2, admin: 3 };

/** What a route needs, by the README's rules. */
function needOf(method: string, path: string): Need {
  if (path === '/api/login' || path === '/api/me') return 'open';
  if (path === '/api/logout') return 'session';
  if (path === '/api/me/password') return 'member';
  if (path === '/api/settings') return 'admin';
  // POST /api/check and /api/check/article only read: sentences and articles are long
  if (method === 'GET' || path === '/api/check' || path === '/api/check/article') return 'read';
  return 'editor';
}

/** Whether `role` gets past the gates of a route needing `need` (true: anything but 401/403). */
function allowed(need: Need, role: Role, privateInstance: boolean): boolean {
  if (need === 'open') return true;
  if (privateInstance && role === 'public') return false;
  if (need === 'read' || need === 'session') return true;
  if (need === 'member') return role !== 'public';
  return RANK[role] >= RANK[need];
}

const concrete = (path: string) => path.replace(':slug', 'kept').replace(':name', 'Palmyra');

describe.each(backends)('access matrix of every route on $name', (backend) => {
  for (const privateInstance of [false, true]) {
    describe(privateInstance ? 'private instance' : 'public instance', () => {
      let fx: Awaited<ReturnType<typeof workbenchFixture>>;
      beforeAll(async () => {
        fx = await workbenchFixture(backend, { private: privateInstance });
        await fx.ledger.importSources([new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname]);
        const editor = await fx.browserAs('editor');
        expect((await editor.send('POST', '/api/analyses', { slug: 'kept', title: 'Kept', bodyMd: 'x', date: '2015-06-01' })).status).toBe(201);
        expect((await editor.send('POST', '/api/analyses/kept/publish')).status).toBe(200);
      }, 60_000);
      afterAll(() => fx?.close());

      it('lets each role read and change exactly what its rank allows, on every registered route', async () => {
        const routes = [...new Map(fx.app.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, r])).values()];
        const needs = new Set(routes.map((r) => needOf(r.method, r.path)));
        expect(routes.length).toBeGreaterThan(20);
        expect([...needs].sort()).toEqual(['admin', 'editor', 'member', 'open', 'read', 'session']);

        const browsers = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await fx.browserAs(role)] as const)));
        const wrong: string[] = [];
        for (const route of routes) {
          const need = needOf(route.method, route.path);
          for (const role of ROLES) {
            // logging out would end the role's session for the routes after it
            if (need === 'session' && role !== 'public') continue;
            const path = concrete(route.path);
            // {} is minimal and invalid for most writes: a 400 past the gates is as good as a 200
            const response = route.method === 'GET'
              ? await browsers[role]!.request(path)
              : await browsers[role]!.send(route.method, path, {});
            const denied = response.status === 401 || response.status === 403;
            const expected = allowed(need, role, privateInstance);
            const exact = expected ? !denied : response.status === (role === 'public' ? 401 : 403);
            if (!exact) wrong.push(`${route.method} ${path} as ${role}: ${response.status}, expected ${expected ? 'not 401/403' : role === 'public' ? 401 : 403}`);
          }
        }
        expect(wrong).toEqual([]);
      }, 120_000);

      it('logs out anyone with a session, and a visitor only on a public instance', async () => {
        for (const role of ['viewer', 'editor', 'admin'] as const) {
          expect((await (await fx.browserAs(role)).send('POST', '/api/logout')).status, role).toBe(200);
        }
        expect((await (await fx.browserAs('public')).send('POST', '/api/logout')).status).toBe(privateInstance ? 401 : 200);
      });
    });
  }

  it('turns private with the settings row as with AIRLEDGER_PRIVATE, and only an admin may turn it', async () => {
    const fx = await workbenchFixture(backend);
    try {
      for (const role of ['public', 'viewer', 'editor'] as const) {
        expect((await (await fx.browserAs(role)).send('POST', '/api/settings', { private: true })).status, role).toBe(role === 'public' ? 401 : 403);
      }
      expect((await (await fx.browserAs('public')).request('/api/stats')).status).toBe(200);
      expect((await (await fx.browserAs('admin')).send('POST', '/api/settings', { private: true })).status).toBe(200);
      const visitor = await fx.browserAs('public');
      expect((await visitor.request('/api/stats')).status).toBe(401);
      expect((await visitor.request('/api/me')).status).toBe(200);
      expect((await (await fx.browserAs('viewer')).request('/api/stats')).status).toBe(200);
    } finally {
      await fx.close();
    }
  });
});
