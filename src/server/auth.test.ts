import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { PASSWORD, TestBrowser, workbenchFixture } from '../../test/support/workbenchClient.js';
import { Ledger, LoginFailures, Members } from '../store/index.js';
import { createApp } from './app.js';
import { LoginThrottle } from './auth.js';

describe.each(backends)('members and sessions on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  beforeEach(async () => {
    fx = await workbenchFixture(backend);
  });
  afterEach(() => fx.close());

  it('stores passwords only as argon2id hashes', async () => {
    const { rows } = await fx.ledger.db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(PASSWORD);
    }
    await expect(fx.ledger.db.query(`INSERT INTO users (email, password_hash, role) VALUES ('x@y.z', 'plain', 'editor')`)).rejects.toThrow();
  });

  it('logs a member in with a new httpOnly SameSite=Strict session cookie, and /api/me then names them', async () => {
    const browser = new TestBrowser(fx.app);
    const anonymous = await (await browser.request('/api/me')).json();
    expect(anonymous).toMatchObject({ user: null, private: false });
    expect(anonymous.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const response = await browser.login('Editor@X.test', PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('airledger_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const me = await (await browser.request('/api/me')).json();
    expect(me.user).toEqual({ email: 'editor@x.test', role: 'editor' });
    expect(me.csrfToken).not.toBe(anonymous.csrfToken);
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const browser = new TestBrowser(fx.app);
    const token = await browser.csrfToken();
    const response = await browser.request('/api/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'editor@x.test', password: PASSWORD }),
    });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('airledger_session='))).toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const browser = new TestBrowser(fx.app);
    const wrong = await browser.login('editor@x.test', 'not the password');
    const unknown = await browser.login('nobody@x.test', PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(browser.cookies.has('airledger_session')).toBe(false);
  });

  it('gives a new session id at login, so a planted session id is never promoted', async () => {
    const browser = await fx.browserAs('editor');
    const first = browser.cookies.get('airledger_session')!;
    const again = await browser.login('editor@x.test', PASSWORD);
    expect(again.status).toBe(200);
    const second = browser.cookies.get('airledger_session')!;
    expect(second).not.toBe(first);
    // the old id no longer works
    const stale = new TestBrowser(fx.app);
    stale.cookies.set('airledger_session', first);
    expect((await (await stale.request('/api/me')).json()).user).toBeNull();
    // an id an attacker sets before login is replaced
    const victim = new TestBrowser(fx.app);
    victim.cookies.set('airledger_session', 'planted-by-attacker');
    await victim.login('editor@x.test', PASSWORD);
    expect(victim.cookies.get('airledger_session')).not.toBe('planted-by-attacker');
  });

  it('logs out: the session ends and the cookie is cleared', async () => {
    const browser = await fx.browserAs('editor');
    const token = browser.cookies.get('airledger_session')!;
    expect((await browser.send('POST', '/api/logout')).status).toBe(200);
    expect(browser.cookies.has('airledger_session')).toBe(false);
    const replay = new TestBrowser(fx.app);
    replay.cookies.set('airledger_session', token);
    expect((await (await replay.request('/api/me')).json()).user).toBeNull();
  });

  it('refuses writes without the CSRF token, or with a wrong one, even for an admin', async () => {
    const browser = await fx.browserAs('admin');
    const none = await browser.send('POST', '/api/settings', { private: true }, null);
    const wrong = await browser.send('POST', '/api/settings', { private: true }, 'x'.repeat(43));
    const right = await browser.send('POST', '/api/settings', { private: false });
    expect([none.status, wrong.status, right.status]).toEqual([403, 403, 200]);
    expect((await none.json()).error).toMatch(/CSRF/);
  });

  it('protects login itself with the visitor cookie\'s CSRF token', async () => {
    const attacker = new TestBrowser(fx.app);
    const foreignToken = await attacker.csrfToken();
    const victim = new TestBrowser(fx.app);
    await victim.request('/api/me');
    const response = await victim.send('POST', '/api/login', { email: 'editor@x.test', password: PASSWORD }, foreignToken);
    expect(response.status).toBe(403);
    expect((await victim.send('POST', '/api/login', { email: 'editor@x.test', password: PASSWORD }, null)).status).toBe(403);
  });

  it('says which role a write needs and which role the member has', async () => {
    const editor = await fx.browserAs('editor');
    expect(await (await editor.send('POST', '/api/settings', { private: true })).json()).toEqual({ error: 'not allowed', detail: 'editor@x.test is an editor; this needs an admin' });
    const viewer = await fx.browserAs('viewer');
    expect(await (await viewer.send('POST', '/api/control', {})).json()).toEqual({ error: 'not allowed', detail: 'viewer@x.test is a viewer; this needs an editor' });
    const visitor = await fx.browserAs('public');
    expect(await (await visitor.send('POST', '/api/settings', { private: true })).json()).toEqual({ error: 'login required', detail: 'log in as an admin to do this' });
  });

  it('lets a member change their own password: their other sessions end, this browser stays logged in', async () => {
    const here = await fx.browserAs('viewer');
    const elsewhere = await fx.browserAs('viewer');
    const response = await here.send('POST', '/api/me/password', { current: PASSWORD, next: 'a brand new password' });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.user).toEqual({ email: 'viewer@x.test', role: 'viewer' });
    expect(response.headers.getSetCookie().some((c) => c.startsWith('airledger_session='))).toBe(true);
    expect(await (await here.request('/api/me')).json()).toMatchObject({ user: { email: 'viewer@x.test' }, csrfToken: answer.csrfToken });
    expect((await (await elsewhere.request('/api/me')).json()).user).toBeNull();
    expect((await new TestBrowser(fx.app).login('viewer@x.test', PASSWORD)).status).toBe(401);
    expect((await new TestBrowser(fx.app).login('viewer@x.test', 'a brand new password')).status).toBe(200);
  });

  it('refuses a password change without the CSRF token, when not logged in, with a wrong current or a short new password', async () => {
    const editor = await fx.browserAs('editor');
    const change = { current: PASSWORD, next: 'a brand new password' };
    expect(await (await editor.send('POST', '/api/me/password', change, null)).json()).toMatchObject({ error: 'CSRF token missing or wrong' });
    expect((await (await fx.browserAs('public')).send('POST', '/api/me/password', change)).status).toBe(401);
    const wrong = await editor.send('POST', '/api/me/password', { ...change, current: 'not my password' });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: 'wrong password', detail: 'the current password is wrong; the password is unchanged' });
    expect(await (await editor.send('POST', '/api/me/password', { ...change, next: 'short' })).json()).toEqual({
      error: 'invalid password', detail: 'the password is too short: at least 10 characters',
    });
    expect((await new TestBrowser(fx.app).login('editor@x.test', PASSWORD)).status).toBe(200);
  });

  it('counts wrong current passwords as failed logins: the fifth makes the next try wait', async () => {
    const admin = await fx.browserAs('admin');
    for (let i = 0; i < 5; i++) expect((await admin.send('POST', '/api/me/password', { current: `wrong ${i}`, next: 'a brand new password' })).status).toBe(403);
    const blocked = await admin.send('POST', '/api/me/password', { current: PASSWORD, next: 'a brand new password' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await new TestBrowser(fx.app).login('admin@x.test', PASSWORD)).status).toBe(429);
  });

  it('answers 429 with Retry-After after 5 failed logins for one email and address', async () => {
    const browser = new TestBrowser(fx.app);
    for (let i = 0; i < 5; i++) expect((await browser.login('editor@x.test', `wrong password ${i}`)).status).toBe(401);
    const blocked = await browser.login('editor@x.test', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    // another email is not blocked
    expect((await browser.login('admin@x.test', PASSWORD)).status).toBe(200);
  });

  it('sends the security headers and a CSP without inline script on every answer', async () => {
    for (const path of ['/', '/api/me', '/analyses', '/api/nothing-here']) {
      const response = await fx.app.request(path);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("img-src 'self' data: https:");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe.each(backends)('access matrix on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  beforeEach(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname]);
  });
  afterEach(() => fx.close());

  // Each write with a body that would succeed for an editor; `expectOk` is the status it answers then.
  const writes: Array<{ method: string; path: string; body: unknown; needs: 'editor' | 'admin'; ok: number }> = [
    { method: 'POST', path: '/api/import', body: { text: 'May 25, 2015\n\nSyria\n- Near Tadmur, one airstrike struck an ISIL unit.\n', name: '2015-05-25.txt' }, needs: 'editor', ok: 200 },
    { method: 'POST', path: '/api/places/alias', body: { name: 'Barghooth', placeKey: 'geonames:163808' }, needs: 'editor', ok: 200 },
    { method: 'POST', path: '/api/places/pin', body: { name: 'Barghooth', lat: 35.1, lon: 40.4, countryCode: 'SY' }, needs: 'editor', ok: 200 },
    { method: 'POST', path: '/api/control', body: { place: 'Palmyra', holder: 'IS', from: '2015-05-20' }, needs: 'editor', ok: 200 },
    { method: 'POST', path: '/api/analyses', body: { title: 'Matrix', bodyMd: 'text', date: '2015-06-01' }, needs: 'editor', ok: 201 },
    { method: 'POST', path: '/api/analyses/preview', body: { bodyMd: '# hi' }, needs: 'editor', ok: 200 },
    { method: 'POST', path: '/api/settings', body: { private: false }, needs: 'admin', ok: 200 },
  ];
  const expected = (role: string, needs: 'editor' | 'admin', ok: number) =>
    role === 'public' ? 401 : role === 'viewer' ? 403 : role === 'editor' ? (needs === 'admin' ? 403 : ok) : ok;

  for (const write of writes) {
    it(`${write.method} ${write.path}: public 401, viewer 403, ${write.needs === 'admin' ? 'editor 403, admin' : 'editor and admin'} allowed`, async () => {
      const statuses: Record<string, number> = {};
      for (const role of ['public', 'viewer', 'editor', 'admin'] as const) {
        const browser = await fx.browserAs(role);
        const body = write.path === '/api/analyses' ? { ...(write.body as object), slug: `matrix-${role}` } : write.body;
        const response = await browser.send(write.method, write.path, body);
        statuses[role] = response.status;
      }
      expect(statuses).toEqual(Object.fromEntries(['public', 'viewer', 'editor', 'admin'].map((role) => [role, expected(role, write.needs, write.ok)])));
    });
  }

  it('PUT and publish an analysis: editors only', async () => {
    const editor = await fx.browserAs('editor');
    expect((await editor.send('POST', '/api/analyses', { slug: 'a', title: 'A', bodyMd: 'x', date: '2015-06-01' })).status).toBe(201);
    for (const role of ['public', 'viewer'] as const) {
      const browser = await fx.browserAs(role);
      expect((await browser.send('PUT', '/api/analyses/a', { title: 'B' })).status).toBe(role === 'public' ? 401 : 403);
      expect((await browser.send('POST', '/api/analyses/a/publish')).status).toBe(role === 'public' ? 401 : 403);
    }
    expect((await editor.send('PUT', '/api/analyses/a', { title: 'B' })).status).toBe(200);
    expect((await (await fx.browserAs('admin')).send('POST', '/api/analyses/a/publish')).status).toBe(200);
  });

  it('lets everyone read on a public instance', async () => {
    const browser = await fx.browserAs('public');
    for (const path of ['/api/stats', '/api/strikes?near=Palmyra', '/api/review', '/api/analyses', '/analyses', '/api/openapi.json']) {
      expect((await browser.request(path)).status, path).toBe(200);
    }
  });

  it('answers 401 on a private instance to anyone not logged in, except login and /api/me', async () => {
    const admin = await fx.browserAs('admin');
    expect((await admin.send('POST', '/api/settings', { private: true })).status).toBe(200);
    const visitor = new TestBrowser(fx.app);
    for (const path of ['/', '/api/stats', '/api/strikes?near=Palmyra', '/api/review', '/api/analyses', '/analyses', '/api/openapi.json', '/api/places/resolve?name=Tadmur']) {
      expect((await visitor.request(path)).status, path).toBe(401);
    }
    const me = await (await visitor.request('/api/me')).json();
    expect(me).toMatchObject({ user: null, private: true });
    expect((await visitor.login('viewer@x.test', PASSWORD)).status).toBe(200);
    expect((await visitor.request('/api/stats')).status).toBe(200);
  });

  it('is private with AIRLEDGER_PRIVATE whatever the setting says', async () => {
    const { createApp } = await import('./app.js');
    const app = createApp(fx.ledger, { private: true });
    expect((await app.request('/api/stats')).status).toBe(401);
    expect((await app.request('/api/me')).status).toBe(200);
  });
});

describe.each(backends)('login throttle on $name', (backend) => {
  let spec: string;
  let drop: () => Promise<void>;
  let ledger: Ledger;
  beforeEach(async () => {
    ({ spec, drop } = await backend.fresh());
    ledger = await Ledger.open(spec);
  });
  afterEach(async () => {
    await ledger.close();
    await drop();
  });

  it('lets a pair try again once its oldest failure leaves the window, and forgets failures as they age out', async () => {
    let now = Date.parse('2025-06-01T12:00:00Z');
    const throttle = new LoginThrottle(new LoginFailures(ledger.db), 5, 15 * 60_000, () => now);
    for (let i = 0; i < 5; i++) expect(await throttle.attempt('a@x.test\u0000203.0.113.9')).toBe(0);
    expect(await throttle.attempt('a@x.test\u0000203.0.113.9')).toBe(900);
    expect(await throttle.retryAfter('a@x.test\u0000203.0.113.9')).toBe(900);
    expect(await throttle.retryAfter('b@x.test\u0000203.0.113.9')).toBe(0);
    now += 10 * 60_000;
    expect(await throttle.attempt('a@x.test\u0000203.0.113.9')).toBe(300);
    now += 5 * 60_000 + 1;
    expect(await throttle.retryAfter('a@x.test\u0000203.0.113.9')).toBe(0);
    expect(await throttle.attempt('b@x.test\u0000203.0.113.9')).toBe(0);
    const { rows } = await ledger.db.query<{ n: number }>('SELECT count(*)::int AS n FROM login_attempts');
    expect(rows[0]!.n).toBe(1);
  });

  it('clears a pair\'s failures when it logs in', async () => {
    const throttle = new LoginThrottle(new LoginFailures(ledger.db));
    for (let i = 0; i < 5; i++) await throttle.attempt('a');
    expect(await throttle.retryAfter('a')).toBeGreaterThan(0);
    await throttle.succeed('a');
    expect(await throttle.retryAfter('a')).toBe(0);
  });

  it('checks at most 5 passwords for one email and address, however many logins arrive at once', async () => {
    await new Members(ledger.db).add('editor@x.test', PASSWORD, 'editor');
    // on PostgreSQL the attempts come through two servers (two pools) at once, as two processes would send them
    const second = backend.name === 'postgres' ? await Ledger.open(spec) : ledger;
    const checks = vi.spyOn(Members.prototype, 'authenticate');
    try {
      const apps = [createApp(ledger), createApp(second)];
      for (const [email, attempts] of [['editor@x.test', 50], ['nobody@x.test', 150]] as const) {
        checks.mockClear();
        const statuses = await Promise.all(Array.from({ length: attempts }, (_, i) => new TestBrowser(apps[i % 2]!).login(email, `wrong ${i}`).then((r) => r.status)));
        expect(checks).toHaveBeenCalledTimes(5);
        expect(statuses.filter((s) => s === 401)).toHaveLength(5);
        expect(statuses.filter((s) => s === 429)).toHaveLength(attempts - 5);
      }
      // the right password too must wait now, without being checked
      checks.mockClear();
      expect((await new TestBrowser(apps[0]!).login('editor@x.test', PASSWORD)).status).toBe(429);
      expect(checks).not.toHaveBeenCalled();
    } finally {
      checks.mockRestore();
      if (second !== ledger) await second.close();
    }
  }, 60_000);

  it('counts the failed logins of every process serving the ledger together', async () => {
    await new Members(ledger.db).add('editor@x.test', PASSWORD, 'editor');
    // a PGlite directory is one process's; a PostgreSQL ledger is opened again, as a second server would
    const second = backend.name === 'postgres' ? await Ledger.open(spec) : ledger;
    try {
      const one = new TestBrowser(createApp(ledger));
      const two = new TestBrowser(createApp(second));
      for (let i = 0; i < 3; i++) expect((await one.login('editor@x.test', `wrong ${i}`)).status).toBe(401);
      for (let i = 0; i < 2; i++) expect((await two.login('editor@x.test', `wrong ${i}`)).status).toBe(401);
      for (const browser of [one, two]) {
        const blocked = await browser.login('editor@x.test', PASSWORD);
        expect(blocked.status).toBe(429);
        expect(blocked.headers.get('retry-after')).toMatch(/^(89\d|900)$/);
        expect(await blocked.json()).toEqual({ error: 'too many failed logins', detail: 'try again in 15 minutes' });
      }
    } finally {
      if (second !== ledger) await second.close();
    }
  });
});
