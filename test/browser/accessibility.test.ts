import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Ledger } from '../../src/store/index.js';
import { serve } from '../../src/server/index.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { backends } from '../support/backends.js';
import { browserLedger, CHROMIUM, launchChromium } from '../support/browserLedger.js';

// Every reader: each view passes axe-core's WCAG 2.1 A/AA rules, works from the keyboard, reads on a 390 px
// phone without sideways scrolling, and a published analysis prints on A4. On PGlite only: the views are the
// same on both backends, and the workbench tests already run both. Screenshots and the printed PDF land in
// test-artifacts/browser/accessibility.

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test', 'fixtures');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser', 'accessibility');
const RELEASES = ['release-2014-prose.txt', 'release-2015-bullets.txt', 'ledger/releases/2015-05-23.txt', 'ledger/releases/2015-05-24.txt', 'release-2016-strikes-in.txt', 'release-2017-engagements.txt', 'release-2018-weekly.txt'].map((f) => join(FIXTURES, f));
const EDITOR = { email: 'editor@example.org', password: 'correct horse battery staple' };
const PHONE = { width: 390, height: 844 };
const SLUG = 'palmyra-in-print';
const ANALYSIS = [
  'The releases name Palmyra and Tadmur; both are one place. See the [coalition release](https://www.inherentresolve.mil/Releases/) for the text.',
  '',
  '```claim',
  'On 23 May 2015 the coalition conducted one strike near Tadmur.',
  '```',
  '',
  '```chart',
  'strikes near=Palmyra from=2015-05-01 to=2015-06-30 by=week',
  '```',
  '',
  '```control',
  'place=Palmyra',
  '```',
].join('\n');

const missing = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt install chromium)` : null;
if (missing) console.log(`accessibility browser tests skipped: ${missing}`);
const pglite = backends.find((b) => b.name === 'pglite')!;

describe.skipIf(missing !== null)('every reader of the workbench and its published analyses, in Chromium', () => {
  let dir: string;
  let ledger: Ledger;
  let closeLedger: () => Promise<void> = async () => undefined;
  let server: { close(): Promise<void>; url: string };
  let browser: Browser;
  let visitor: BrowserContext;
  let editor: BrowserContext;

  const open = async (context: BrowserContext, path: string, ready: (page: Page) => Promise<unknown>) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`page error on ${path}: ${error.message}`));
    await page.goto(`${server.url}${path}`);
    await ready(page);
    return page;
  };
  const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 20_000 });
  const exploreReady = (page: Page) => page.waitForSelector('html[data-ready]', { timeout: 20_000 });
  const placeReady = (page: Page) => page.waitForSelector('html[data-place-ready]', { timeout: 20_000 });
  const verdictShown = (page: Page) => page.getByTestId('verdict').waitFor({ timeout: 20_000 });
  const published = (page: Page) => page.locator('figure.chart svg').waitFor({ timeout: 20_000 });
  const expectNoViolations = async (page: Page, view: string) => {
    const violations = await axeViolations(page);
    const report = describeViolations(view, violations);
    console.log(report.split('\n')[0]);
    expect(violations, report).toEqual([]);
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
      console.log('dist/web is not built: running vite build');
      execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    }
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'airledger-a11y-'));
    ({ ledger, close: closeLedger } = await browserLedger(pglite, dir, EDITOR));
    server = await serve(ledger, 0);
    browser = await launchChromium();
    // axe is injected as a script tag, which the workbench's CSP (script-src 'self') would refuse
    visitor = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    editor = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await closeLedger();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes axe on the empty-ledger screen and the login page', async () => {
    const empty = await open(visitor, '/', (page) => page.locator('h1').first().waitFor({ timeout: 20_000 }));
    await expectNoViolations(empty, 'empty ledger');
    const login = await open(visitor, '/login', heading('Log in'));
    await expectNoViolations(login, 'login');
    await login.getByLabel('Email').fill(EDITOR.email);
    await login.getByLabel('Password').fill('not the password');
    await login.getByRole('button', { name: 'Log in' }).click();
    await login.getByRole('alert').waitFor();
    await expectNoViolations(login, 'login refused');
    await Promise.all([empty.close(), login.close()]);

    const page = await open(editor, '/login', heading('Log in'));
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('user').waitFor();
    await ledger.importSources(RELEASES);
    await ledger.importControl(readFileSync(join(FIXTURES, 'control-palmyra.csv'), 'utf8'), 'control-palmyra.csv');
    const status = await page.evaluate(async ({ slug, bodyMd }) => {
      const token = async () => (await (await fetch('/api/me')).json()).csrfToken as string;
      const post = async (path: string, body?: unknown) => (await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': await token() }, body: body === undefined ? undefined : JSON.stringify(body) })).status;
      return [await post('/api/analyses', { slug, title: 'Palmyra in print', bodyMd, date: '2015-07-01', tags: ['Palmyra'] }), await post(`/api/analyses/${slug}/publish`)];
    }, { slug: SLUG, bodyMd: ANALYSIS });
    expect(status).toEqual([201, 200]);
    await page.close();
  }, 90_000);

  const VIEWS: Array<{ view: string; path: string; as: 'visitor' | 'editor'; ready: (page: Page) => Promise<unknown> }> = [
    { view: 'explore', path: '/explore?near=Palmyra&radius_km=50', as: 'visitor', ready: exploreReady },
    { view: 'explore, whole ledger', path: '/', as: 'visitor', ready: exploreReady },
    { view: 'place page', path: '/places/palmyra', as: 'visitor', ready: placeReady },
    { view: 'checker with a verdict', path: `/check?sentence=${encodeURIComponent('There were 2 strikes near Tadmur on 23 May 2015.')}`, as: 'visitor', ready: verdictShown },
    { view: 'review queue', path: '/review', as: 'editor', ready: heading('Places to review') },
    { view: 'analysis editor', path: `/analyses/${SLUG}/edit`, as: 'editor', ready: (page) => page.getByLabel('Title').waitFor({ timeout: 20_000 }) },
    { view: 'analyses', path: '/analyses', as: 'visitor', ready: heading('Analyses') },
    { view: 'published analysis', path: `/analyses/${SLUG}`, as: 'visitor', ready: published },
    { view: 'import', path: '/import', as: 'editor', ready: (page) => page.getByRole('heading', { name: 'Import releases' }).waitFor() },
    { view: 'settings', path: '/settings', as: 'editor', ready: heading('Settings') },
  ];

  it.each(VIEWS)('passes axe on $view', async ({ view, path, as, ready }) => {
    const page = await open(as === 'editor' ? editor : visitor, path, ready);
    await expectNoViolations(page, view);
    await page.close();
  }, 60_000);

  it('moves and resizes the timeline brush from the keyboard, and the table and map follow', async () => {
    const page = await open(visitor, '/explore?from=2015-05-20&to=2015-05-31', exploreReady);
    const summary = page.locator('.summary');
    const shown = async () => ({ from: await summary.getAttribute('data-from'), to: await summary.getAttribute('data-to'), records: Number(await summary.getAttribute('data-records')) });
    const whole = await shown();
    expect(whole).toMatchObject({ from: '2015-05-20', to: '2015-05-31' });
    const brush = page.getByRole('slider', { name: 'Window of the timeline' });
    expect(await brush.getAttribute('tabindex')).toBe('0');
    await brush.focus();
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toMatchObject({ from: '2015-05-20', to: '2015-05-26' });
    const firstWeek = (await shown()).records;
    expect(firstWeek).toBeGreaterThan(0);
    expect(Number(await page.locator('.timeline .brush .selection').getAttribute('width'))).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toMatchObject({ from: '2015-05-22', to: '2015-05-28' });
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await shown()).toMatchObject({ from: '2015-05-22', to: '2015-05-29' });
    expect(await brush.getAttribute('aria-valuetext')).toBe('22 May 2015 – 29 May 2015 (8 days)');
    await page.locator('.record-row:not(.record-head):not(.loading)').first().waitFor();
    for (const date of await page.locator('.record-rows .date').allTextContents()) expect(date >= '2015-05-22' && date <= '2015-05-29', date).toBe(true);
    await page.keyboard.press('End');
    expect(await shown()).toMatchObject({ from: '2015-05-24', to: '2015-05-31' });
    await page.keyboard.press('Shift+Home');
    expect(await shown()).toMatchObject({ from: '2015-05-24', to: '2015-05-24' });
    expect(await page.evaluate('window.__airledger.visiblePlaces()')).toBeGreaterThan(0);
    await shot(page, 'explore-brushed-by-keyboard');
    await page.keyboard.press('Escape');
    expect(await shown()).toEqual(whole);
    await expectNoViolations(page, 'explore, brushed by keyboard');
    await page.close();
  }, 60_000);

  it('scrolls the records table from the keyboard', async () => {
    const page = await open(visitor, '/explore', exploreReady);
    const records = Number(await page.locator('.summary').getAttribute('data-records'));
    expect(records).toBeGreaterThan(20);
    const body = page.getByRole('rowgroup', { name: /Records of the window/ });
    expect(await body.getAttribute('tabindex')).toBe('0');
    await body.focus();
    const scrollTop = () => body.evaluate((el) => el.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(scrollTop).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await page.locator(`.record-row[aria-rowindex="${records + 1}"]:not(.loading)`).waitFor();
    await page.keyboard.press('Home');
    await expect.poll(scrollTop).toBe(0);
    await page.locator('.record-row[aria-rowindex="2"]').waitFor();
    await page.close();
  }, 60_000);

  it('reaches the circles of the map with Tab, moves among them with the arrows and opens a place with Enter', async () => {
    const page = await open(visitor, '/explore?from=2015-05-20&to=2015-05-31', exploreReady);
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('.place-button:focus');
    await focused.waitFor();
    const first = (await focused.getAttribute('aria-label'))!;
    expect(first).toMatch(/^.+: \d+ strikes? in the window; opens the place page$/);
    // one Tab stop for all the places: the arrow keys move among them, Tab leaves, Shift+Tab comes back
    await page.keyboard.press('ArrowRight');
    const label = (await focused.getAttribute('aria-label'))!;
    expect(label).not.toBe(first);
    await page.keyboard.press('Tab');
    expect(await page.locator('.place-button:focus').count()).toBe(0);
    await page.keyboard.press('Shift+Tab');
    expect(await focused.getAttribute('aria-label')).toBe(label);
    // the tooltip of the place left behind fades out for 200 ms: wait for the focused place's own
    await page.locator('.leaflet-tooltip').filter({ hasText: label.split(':')[0] }).waitFor();
    await shot(page, 'map-circle-focused');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/places\//);
    await placeReady(page);
    expect(await page.locator('h1').textContent()).toBe(label.split(':')[0]);
    await page.close();
  }, 60_000);

  it('lets an editor pin a place by typing its coordinates, without the map', async () => {
    const page = await open(editor, '/review', heading('Places to review'));
    const item = page.locator('.review-item').filter({ hasText: 'No gazetteer candidate.' }).first();
    const name = (await item.locator('h3').textContent())!.split(' (')[0]!;
    await item.getByRole('button', { name: 'Pin a point on the map' }).focus();
    await page.keyboard.press('Enter');
    await item.getByLabel('Latitude').fill('35.1');
    await item.getByLabel('Longitude').fill('40.4');
    await item.getByLabel('Country code').fill('SY');
    await item.getByRole('button', { name: 'Save pin' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toBe(`"${name}" pinned at 35.1, 40.4`);
    await page.close();
  }, 60_000);

  it('gives every chart a title, a summary and a table with the same numbers', async () => {
    const check = async (path: string, ready: (page: Page) => Promise<unknown>, title: RegExp, view: string) => {
      const page = await open(visitor, path, ready);
      const summary = page.getByTestId('chart-summary').first();
      const text = (await summary.textContent())!;
      expect(text).toMatch(title);
      const [, strikes, days] = /: ([\d,]+) strikes? on ([\d,]+) days?; /.exec(text)!;
      await page.getByText('Show as table').first().click();
      const table = page.locator('.chart-table table').first();
      await table.waitFor();
      expect(await table.locator('caption').textContent()).toBe(text);
      const cells = await table.locator('tbody tr td:nth-child(2)').allTextContents();
      const counts = cells.filter((c) => /^\d+$/.test(c)).map(Number);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(strikes!.replace(/,/g, '')));
      expect(counts.length).toBe(Number(days!.replace(/,/g, '')));
      await expectNoViolations(page, `${view}, chart table open`);
      await shot(page, `chart-table-${view.replace(/\W+/g, '-')}`);
      await page.close();
    };
    await check('/explore?near=Palmyra&radius_km=50', exploreReady, /^Strikes per day within 50 km of \S+, \d+ \w+ \d{4} – \d+ \w+ \d{4}: /, 'explore');
    await check('/places/palmyra', placeReady, /^Strikes per day near \S+, .*; no release on [\d,]+ days$/, 'place page');
    await check(`/check?sentence=${encodeURIComponent('There were 2 strikes near Tadmur between 20 and 31 May 2015.')}`, verdictShown, /^Strikes per day (near|within \d+ km of) \S+, 20 May 2015 – 31 May 2015: /, 'checker');
  }, 90_000);

  it('on a 390 px phone folds the navigation into a menu and reads every view without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, bypassCSP: true });
    const views: Array<[string, string, (page: Page) => Promise<unknown>]> = [
      ['explore', '/explore?near=Palmyra&radius_km=50', exploreReady],
      ['explore-whole-ledger', '/explore', exploreReady],
      ['place-page', '/places/palmyra', placeReady],
      ['checker', `/check?sentence=${encodeURIComponent('There were 2 strikes near Tadmur on 23 May 2015.')}`, verdictShown],
      ['analyses', '/analyses', heading('Analyses')],
      ['published-analysis', `/analyses/${SLUG}`, published],
      ['login', '/login', heading('Log in')],
    ];
    for (const [name, path, ready] of views) {
      const page = await open(phone, path, ready);
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      await shot(page, `phone-${name}`);
      expect(width.scroll, `${name}: page ${width.scroll} px wide in a ${width.inner} px window`).toBeLessThanOrEqual(width.inner);
      if (name === 'published-analysis') {
        await page.locator('details.chart-table summary').first().click();
        await page.locator('figure.claim details summary').first().click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      }
      await page.close();
    }

    const page = await open(phone, '/explore', exploreReady);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Settings' }).isVisible()).toBe(false);
    // stacked: the filters above the map, the map above the timeline, the timeline above the table
    const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
    expect(await top('form.filters')).toBeLessThan(await top('[data-testid=map]'));
    expect(await top('[data-testid=map]')).toBeLessThan(await top('[data-testid=timeline]'));
    expect(await top('[data-testid=timeline]')).toBeLessThan(await top('[data-testid=records]'));
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const settings = page.getByRole('link', { name: 'Settings' });
    await settings.waitFor();
    const box = (await settings.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-menu-open');
    await expectNoViolations(page, 'explore on a phone, menu open');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    await menu.click();
    await page.getByRole('link', { name: 'Check a claim' }).click();
    await page.getByRole('heading', { name: 'Check a claim' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await phone.close();
  }, 120_000);

  it('prints a published analysis on A4 with its charts, claims as text and links as footnotes', async () => {
    const page = await open(visitor, `/analyses/${SLUG}`, published);
    expect(await page.locator('.footnotes').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('figure.chart svg').isVisible()).toBe(true);
    expect(await page.locator('figure.control svg').isVisible()).toBe(true);
    const badge = page.locator('figure.claim a.badge').first();
    expect(await badge.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"verdict: "');
    // in black on white: printers drop backgrounds, and the verdict must not depend on colour
    expect(await badge.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual(['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    const figures = (await page.locator('figure.claim dl.claim-figures').first().innerText()).replace(/\s+/g, ' ');
    expect(figures).toMatch(/claimed one strike \(accepted: 1\) found \d+ strikes? window 2015-05-23\.\.2015-05-23/);
    const footnotes = page.locator('.footnotes li');
    expect(await page.locator('.footnotes').isVisible()).toBe(true);
    expect(await footnotes.allTextContents()).toContain('https://www.inherentresolve.mil/Releases/');
    expect(await footnotes.allTextContents()).toContain('/check?q=On 23 May 2015 the coalition conducted one strike near Tadmur.');
    expect(await page.locator('a[href="https://www.inherentresolve.mil/Releases/"] + sup.fn-ref').isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await shot(page, 'published-analysis-print-media');
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'published-analysis.pdf'), preferCSSPageSize: true });
    // A4 is 595 × 842 points (Letter, the default, 612 × 792); the stylesheet's @page asks for A4
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
    await page.close();
  }, 60_000);
});
