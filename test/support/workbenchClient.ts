import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../src/server/index.js';
import { Ledger, Members, type Role } from '../../src/store/index.js';
import type { Backend } from './backends.js';

/** A browser for `app.request`: keeps cookies between requests, fetches the CSRF token like the workbench does. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: Hono<any>) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.request(path, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      if (/max-age=0\b/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return response;
  }

  async csrfToken(): Promise<string> {
    const me = (await (await this.request('/api/me')).json()) as { csrfToken: string };
    return me.csrfToken;
  }

  /** A JSON write with the right CSRF token (unless `token` says otherwise). */
  async send(method: string, path: string, body?: unknown, token?: string | null): Promise<Response> {
    const csrf = token === undefined ? await this.csrfToken() : token;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (csrf !== null) headers['x-csrf-token'] = csrf;
    return this.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  login(email: string, password: string): Promise<Response> {
    return this.send('POST', '/api/login', { email, password });
  }
}

export const PASSWORD = 'correct horse battery';

/** A ledger on `backend` with one member per role (`viewer@x.test`, `editor@x.test`, `admin@x.test`) and its app. */
export async function workbenchFixture(backend: Backend, options: AppOptions = {}) {
  const { spec, drop } = await backend.fresh();
  const ledger = await Ledger.open(spec);
  const members = new Members(ledger.db);
  for (const role of ['viewer', 'editor', 'admin'] as Role[]) {
    const added = await members.add(`${role}@x.test`, PASSWORD, role);
    if (!added.ok) throw new Error(added.reason);
  }
  const app = createApp(ledger, { today: () => '2025-06-01', ...options });
  /** A browser logged in with `role`, or anonymous for 'public'. */
  const browserAs = async (role: Role | 'public') => {
    const browser = new TestBrowser(app);
    if (role !== 'public') {
      const response = await browser.login(`${role}@x.test`, PASSWORD);
      if (response.status !== 200) throw new Error(`login as ${role}: ${response.status} ${await response.text()}`);
    }
    return browser;
  };
  return {
    ledger, app, members, browserAs,
    async close() {
      await ledger.close();
      await drop();
    },
  };
}
