import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Ledger } from '../../src/store/index.js';
import { serve } from '../../src/server/index.js';
import { backends } from '../support/backends.js';
import { browserLedger, CHROMIUM, launchChromium } from '../support/browserLedger.js';

// Hostile text in releases, place names and analyses, rendered by the real workbench in Chromium.
// The pages run with the CSP bypassed: the CSP is a second wall, and these tests check the first one
// (escaping), so any markup that got into the DOM as markup would run and set window.__xss.

const ROOT = new URL('../../', import.meta.url).pathname;
const EDITOR = { email: 'editor@example.org', password: 'correct horse battery staple' };

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const ALERT = '<img src=y onerror=alert(1)>';
const TEXTAREA = '</textarea><script>window.__xss=1</script>';
const JS_LINK = 'javascript:window.__xss=1';

const missing = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (apt install chromium)`
  : !existsSync(join(ROOT, 'dist', 'web', 'index.html'))
    ? 'dist/web is not built (npm run build)'
    : null;
if (missing) console.log(`XSS browser tests skipped: ${missing}`);

/** One release per day whose place names and lines carry the payloads. */
function hostileReleases(dir: string): void {
  const release = (date: string, title: string, lines: string[]) =>
    writeFileSync(join(dir, `${date}.txt`), `Military airstrikes continue against ISIL terrorists in Syria and Iraq\n${title}\n\nSyria\n${lines.join('\n')}\n`);
  release('2015-05-23', 'May 23, 2015', [
    `- Near ${IMG}, one airstrike struck an ISIL tactical unit.`,
    `- Near Tadmur, two airstrikes struck an ISIL tactical unit ${SCRIPT} and destroyed an ISIL vehicle.`,
    `- Near ${SVG}, one airstrike destroyed an ISIL fighting position.`,
  ]);
  release('2015-05-24', 'May 24, 2015', [
    `- Near ${ALERT}, one airstrike struck an ISIL tactical unit.`,
    `- Near Palmyra, one airstrike destroyed an ISIL building [${JS_LINK}].`,
    TEXTAREA,
  ]);
}

/** A cookie-keeping editor over fetch, with the CSRF token of /api/me. */
async function editorClient(base: string) {
  const cookies = new Map<string, string>();
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (method !== 'GET') {
      const me = (await (await call('GET', '/api/me')).json()) as { csrfToken: string };
      headers['x-csrf-token'] = me.csrfToken;
      headers['content-type'] = 'application/json';
    }
    headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  };
  const login = await call('POST', '/api/login', EDITOR);
  if (login.status !== 200) throw new Error(`editor login: ${login.status} ${await login.text()}`);
  return call;
}

describe.skipIf(missing !== null).each(backends)('hostile text in the workbench on $name', (backend) => {
  const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser', backend.name === 'pglite' ? 'xss' : `xss-${backend.name}`);
  let closeLedger: () => Promise<void> = async () => undefined;
  let dir: string;
  let ledger: Ledger;
  let server: { close(): Promise<void>; url: string };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  const snap = (name: string) => page.screenshot({ path: join(ARTIFACTS, `xss-${name}.png`), fullPage: true });

  /** Nothing ran, no dialog opened, and no payload became an element, a handler or a javascript: link. */
  const expectInert = async (where: string) => {
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window.__xss on ${where}`).toBeUndefined();
    expect(dialogs, `dialogs on ${where}`).toEqual([]);
    const injected = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 120)),
      inlineScripts: [...document.querySelectorAll('script:not([src])')].map((el) => el.outerHTML.slice(0, 120)),
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).map((a) => a.outerHTML),
    }));
    expect(injected, `markup injected on ${where}`).toEqual({ handlers: [], inlineScripts: [], jsLinks: [] });
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'airledger-xss-'));
    const releases = join(dir, 'releases');
    mkdirSync(releases);
    hostileReleases(releases);
    ({ ledger, close: closeLedger } = await browserLedger(backend, dir, EDITOR));
    await ledger.importSources([releases]);
    server = await serve(ledger, 0, '127.0.0.1', { today: () => '2025-06-01' });

    const editor = await editorClient(server.url);
    const pin = await editor('POST', '/api/places/pin', { name: IMG, lat: 34.9, lon: 38.9, countryCode: 'SY' });
    expect(pin.status, await pin.clone().text()).toBe(200);
    const palmyra = (await (await editor('GET', '/api/places/resolve?name=Palmyra&country=Syria')).json()) as { place: { key: string } };
    const alias = await editor('POST', '/api/places/alias', { name: SVG, placeKey: palmyra.place.key });
    expect(alias.status, await alias.clone().text()).toBe(200);
    const bodyMd = [
      `# Heading ${SCRIPT}`,
      `Text with ${IMG} and ${ALERT} and a [link](${JS_LINK}) and <a href="${JS_LINK}">raw link</a>.`,
      '',
      TEXTAREA,
      '',
      `<div onclick="window.__xss=1" style="background:url(javascript:window.__xss=1)">div</div>`,
      '',
      '```claim',
      `On 23 May 2015 the coalition conducted one strike near ${IMG}.`,
      '```',
    ].join('\n');
    const created = await editor('POST', '/api/analyses', { slug: 'hostile', title: `Title ${SVG}${SCRIPT}`, bodyMd, date: '2015-06-01', tags: [IMG, SVG, 'Palmyra'] });
    expect(created.status, await created.clone().text()).toBe(201);
    const published = await editor('POST', '/api/analyses/hostile/publish');
    expect(published.status, await published.clone().text()).toBe(200);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await closeLedger();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows hostile place names and lines as text in the explore table and map', async () => {
    await page.goto(`${server.url}/explore`);
    await page.waitForSelector('html[data-ready]', { timeout: 20_000 });
    await page.locator('.record-row:not(.record-head):not(.loading)').first().waitFor();
    const rows = (await page.locator('.record-rows').textContent()) ?? '';
    expect(rows).toContain(IMG);
    expect(rows).toContain(SVG);
    // hover every circle the map drew, so that each tooltip renders
    const box = (await page.locator('.leaflet-container').first().boundingBox())!;
    for (let x = 0; x < 1; x += 0.05) for (let y = 0.1; y < 1; y += 0.1) await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
    await snap('explore');
    await expectInert('/explore');
  }, 60_000);

  it('shows the place pinned under a hostile name as text on its page', async () => {
    await page.goto(`${server.url}/places/${encodeURIComponent(IMG)}`);
    await page.waitForSelector('html[data-place-ready]', { timeout: 20_000 });
    expect(await page.locator('h1').textContent()).toBe(IMG);
    await snap('place-page');
    await expectInert('the place page');
  }, 60_000);

  it('escapes the place name in the place page map tooltip', async () => {
    await page.goto(`${server.url}/places/${encodeURIComponent(IMG)}`);
    await page.waitForSelector('html[data-place-ready]', { timeout: 20_000 });
    const box = (await page.locator('.small-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.leaflet-tooltip').waitFor({ timeout: 5_000 });
    await snap('place-tooltip');
    expect(await page.locator('.leaflet-tooltip').textContent()).toBe(IMG);
    await expectInert('the place page tooltip');
  }, 60_000);

  it('opens the place page of Palmyra through a hostile alias', async () => {
    await page.goto(`${server.url}/places/${encodeURIComponent(SVG)}`);
    await page.waitForSelector('html[data-place-ready]', { timeout: 20_000 });
    expect(await page.getByTestId('names').textContent()).toContain(SVG);
    await expectInert('the aliased place page');
  }, 60_000);

  it('lists hostile names as text in the review queue', async () => {
    await page.goto(`${server.url}/review`);
    await page.getByRole('heading', { name: 'Places to review' }).waitFor();
    await page.locator('.review-item').first().waitFor({ timeout: 10_000 });
    const queue = (await page.locator('main').textContent()) ?? (await page.locator('body').textContent()) ?? '';
    expect(queue).toContain(ALERT);
    await snap('review');
    await expectInert('/review');
  }, 60_000);

  it('checks a hostile sentence and shows it as text', async () => {
    await page.goto(`${server.url}/check`);
    await page.getByLabel(/A sentence/).fill(`There were 2 strikes near ${IMG} on 23 May 2015 ${SCRIPT}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    await snap('check');
    await expectInert('/check');
  }, 60_000);

  it('serves the published hostile analysis logged out with its title and tags as text', async () => {
    const visitor = await browser.newContext({ viewport: { width: 1200, height: 1000 }, bypassCSP: true });
    const previous = page;
    page = await visitor.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    try {
      const response = await page.goto(`${server.url}/analyses/hostile`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').first().textContent()).toBe(`Title ${SVG}${SCRIPT}`);
      const tags = (await page.locator('ul.tags').textContent()) ?? '';
      expect(tags).toContain(IMG);
      expect(tags).toContain(SVG);
      await page.mouse.click(10, 10);
      await snap('analysis');
      await expectInert('/analyses/hostile');
      await page.goto(`${server.url}/analyses`);
      expect(await page.locator('body').textContent()).toContain(`Title ${SVG}${SCRIPT}`);
      await expectInert('/analyses');
    } finally {
      await visitor.close();
      page = previous;
    }
  }, 60_000);
});
