import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture, type TestBrowser } from '../../test/support/workbenchClient.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;

const BODY = `Palmyra fell to IS on 20 May 2015.

\`\`\`claim
On 23 May 2015 the coalition conducted one strike near Tadmur.
\`\`\`

\`\`\`chart
strikes near=Palmyra from=2015-05-20 to=2015-06-10 by=week
\`\`\`

\`\`\`control
place=Palmyra
\`\`\`

<script>alert("x")</script>
<img src="x" onerror="alert(1)">

[a link](javascript:alert(1)) and [a good one](https://example.org).
`;

describe.each(backends)('analyses on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  let editor: TestBrowser;
  beforeEach(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([`${fixtures}ledger/releases`]);
    const control = await fx.ledger.importControl(readFileSync(`${fixtures}control-palmyra.csv`, 'utf8'), 'control-palmyra.csv');
    expect(control.ok).toBe(true);
    editor = await fx.browserAs('editor');
  });
  afterEach(() => fx.close());

  const create = () => editor.send('POST', '/api/analyses', { title: 'Palmyra, May 2015', bodyMd: BODY, date: '2015-06-01', series: 'Palmyra', tags: ['Tadmur', 'airpower'] });

  it('creates a draft that only editors see, then publishes it with a badge, an SVG chart and control bands', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(draft).toMatchObject({ slug: 'palmyra-may-2015', status: 'draft', author: 'editor@x.test', tags: ['Tadmur', 'airpower'] });

    const visitor = await fx.browserAs('public');
    expect((await (await visitor.request('/api/analyses')).json()).analyses).toEqual([]);
    expect((await visitor.request('/api/analyses/palmyra-may-2015')).status).toBe(404);
    expect((await visitor.request('/analyses/palmyra-may-2015')).status).toBe(404);
    expect((await (await editor.request('/api/analyses')).json()).analyses).toHaveLength(1);

    const published = await editor.send('POST', '/api/analyses/palmyra-may-2015/publish');
    expect(published.status).toBe(200);
    expect((await published.json()).status).toBe('published');

    const page = await visitor.request('/analyses/palmyra-may-2015');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    // the fixture's releases do not say when their strikes happened, and the release of the 24th names two near Palmyra
    expect(html).toContain('<a class="badge verdict-partial-coverage" href="/check?q=On%2023%20May%202015');
    expect(html).toContain('<li>records without a strike day of their own may hold strikes of the day before their release: counted from the releases of 2015-05-24, found 2, which would be contradicted; the answer cannot choose between them</li>');
    expect(html).toMatch(/2015-05-23<\/td><td>Tadmur<\/td><td class="num">1<\/td><td><code>[^<]*2015-05-23\.txt:6<\/code>/);
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain('aria-label="Strikes per week near Palmyra, 2015-05-20..2015-06-10"');
    // without script a reader still gets each chart in words and as a table, and each claim's figures
    expect(html).toContain('<p class="chart-summary">Strikes per week near Palmyra, 20 May 2015 – 10 June 2015: 3 strikes in 1 of 4 weeks; no release on 20 days</p>');
    expect(html).toMatch(/<details class="chart-table"><summary>Show as table<\/summary><table><caption>Strikes per week near Palmyra.*<td>2015-05-20\.\.2015-05-24<\/td><td class="num">3<\/td><td class="num">2 of 5<\/td>/s);
    expect(html).toContain('<p class="chart-summary">Who held Palmyra: IS 20 May 2015 – 26 March 2016;');
    expect(html).toContain('<dt>claimed</dt><dd>one strike (accepted: 1)</dd></div><div><dt>found</dt><dd>1 strike</dd></div><div><dt>window</dt><dd>2015-05-23..2015-05-23</dd>');
    expect(html).toContain('aria-label="Who held Palmyra"');
    expect(html).toContain('<a class="tag tag-place" href="/places/Palmyra">Tadmur</a>');
    expect(html).toContain('<span class="tag">airpower</span>');
    expect(html).toContain('<a href="https://example.org">a good one</a>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);

    const index = await (await visitor.request('/analyses')).text();
    expect(index).toContain('<a href="/analyses/palmyra-may-2015">Palmyra, May 2015</a>');
  });

  it('never lets a <script> in the Markdown reach the HTML, even one hidden as a live block', async () => {
    const response = await editor.send('POST', '/api/analyses/preview', {
      bodyMd: '<script>alert(1)</script>\n\n```chart\nstrikes near=<script>alert(2)</script>\n```\n\n```claim\n<script>alert(3)</script> 5 strikes near Palmyra in May 2015\n```\n\n<svg><script>alert(4)</script></svg>',
    });
    const { html } = await response.json();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('says in place why a chart block cannot be drawn', async () => {
    const { html } = await (await editor.send('POST', '/api/analyses/preview', { bodyMd: '```chart\nstrikes near=Palmyra by=year\n```' })).json();
    expect(html).toMatch(/class="block-error".*chart block not drawn:.*by: /s);
  });

  it('refuses a slug already taken, and keeps the published HTML until published again', async () => {
    await create();
    expect((await create()).status).toBe(409);
    await editor.send('POST', '/api/analyses/palmyra-may-2015/publish');
    const updated = await (await editor.send('PUT', '/api/analyses/palmyra-may-2015', { bodyMd: 'Changed.' })).json();
    expect(updated.bodyMd).toBe('Changed.');
    expect(updated.publishedHtml).toContain('verdict-partial-coverage');
  });
});
