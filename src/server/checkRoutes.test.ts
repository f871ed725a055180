import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicAddressesOnly, type UrlPolicy } from '../ingest/index.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';
import { backends } from '../../test/support/backends.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
const pglite = backends[0]!;

// An article whose first sentence is dated by the page, the second by a weekday; 2015-05-24 was a Sunday.
const PAGE = `<!doctype html><html><head><meta property="article:published_time" content="2015-05-25T09:00:00Z"></head>
<body><nav>99 strikes in the menu</nav><article><h1>Strikes near Palmyra</h1>
<p>The coalition conducted two airstrikes near Palmyra on Sunday, the task force said on Monday.</p></article></body></html>`;

describe('POST /api/check and /api/check/article', () => {
  let server: Server;
  let origin: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const withApp = async (urlPolicy: UrlPolicy | undefined, fn: (send: (path: string, body: unknown) => Promise<{ status: number; body: any }>) => Promise<void>) => {
    const fx = await workbenchFixture(pglite, urlPolicy ? { urlPolicy } : {});
    try {
      await fx.ledger.importSources([`${fixtures}ledger/releases`]);
      const visitor = await fx.browserAs('public');
      await fn(async (path, body) => {
        const response = await visitor.send('POST', path, body);
        return { status: response.status, body: await response.json() };
      });
    } finally {
      await fx.close();
    }
  };

  it('reads a sentence as of as_of, and refuses as_of after today', async () => {
    await withApp(undefined, async (send) => {
      const dated = await send('/api/check', { sentence: 'On Sunday the coalition conducted two airstrikes near Palmyra.', as_of: '2015-05-25' });
      // the release of Sunday may report Saturday's strikes, and there is none of Monday: no confident verdict
      expect(dated).toMatchObject({ status: 200, body: { verdict: 'partial-coverage', as_of: { day: '2015-05-25', source: 'as_of' }, window: { from: '2015-05-24', to: '2015-05-24' } } });
      expect(dated.body.parts[0].explanation.join('\n')).toContain('counted from the releases of 2015-05-25, found 0, which would be');
      const undated = await send('/api/check', { sentence: 'On Sunday the coalition conducted two airstrikes near Palmyra.' });
      expect(undated.body).toMatchObject({ verdict: 'unparseable', missing: ['publication date'] });
      expect(await send('/api/check', { sentence: 'x', as_of: '2030-01-01' })).toMatchObject({ status: 400, body: { detail: 'as_of: 2030-01-01 is after today (2025-06-01)' } });
    });
  });

  it('checks every claim of a pasted article, and of a fetched page as of its own date', async () => {
    const policy: UrlPolicy = async (host) => (host === 'news.test' ? { ok: true, addresses: [{ address: '127.0.0.1', family: 4 }] } : publicAddressesOnly()(host));
    await withApp(policy, async (send) => {
      const pasted = await send('/api/check/article', { text: 'On 23 May 2015 the coalition conducted one strike near Tadmur. On 23 May 2015 it conducted 9 strikes in Iraq.' });
      expect(pasted.status).toBe(200);
      // the first is one strike by strike day, two from the release of the day after; the second is too many either way
      expect(pasted.body.claims.map((c: { verdict: string }) => c.verdict)).toEqual(['partial-coverage', 'contradicted']);
      expect(pasted.body.summary).toEqual({ 'partial-coverage': 1, contradicted: 1 });
      const page = await send('/api/check/article', { url: `http://news.test:${new URL(origin).port}/article.html` });
      expect(page.body).toMatchObject({ title: 'Strikes near Palmyra', as_of: { day: '2015-05-25', source: "the page's article:published_time" }, summary: { 'partial-coverage': 1 } });
      expect(await send('/api/check/article', { text: 'x', url: 'http://news.test/' })).toMatchObject({ status: 400 });
    });
  });

  it('refuses to fetch a page from a loopback or private address, and says why', async () => {
    hits.length = 0;
    await withApp(undefined, async (send) => {
      const refused = await send('/api/check/article', { url: `${origin}/article.html` });
      expect(refused).toMatchObject({ status: 422, body: { error: 'cannot read the page', detail: `${origin}/article.html: refused: 127.0.0.1 is a loopback address` } });
    });
    expect(hits).toEqual([]);
  });
});
