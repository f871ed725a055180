import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import type { Ledger } from '../../src/store/index.js';
import { serve } from '../../src/server/index.js';
import { backends } from '../support/backends.js';
import { browserLedger, CHROMIUM, launchChromium } from '../support/browserLedger.js';

// The workbench driven as a person would, in Debian's Chromium, on each backend; screenshots land in
// test-artifacts/browser/workbench (PGlite) and test-artifacts/browser/workbench-postgres.

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test', 'fixtures');
const RELEASES = [
  'release-2014-prose.txt',
  'release-2015-bullets.txt',
  'ledger/releases/2015-05-24.txt',
  'release-2016-strikes-in.txt',
  'release-2017-engagements.txt',
  'release-2018-weekly.txt',
].map((f) => join(FIXTURES, f));
const EDITOR = { email: 'editor@example.org', password: 'correct horse battery staple' };

const missing = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt install chromium)` : null;
if (missing) console.log(`browser tests skipped: ${missing}`);

describe.skipIf(missing !== null).each(backends)('the workbench in a browser on $name', (backend) => {
  const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser', backend.name === 'pglite' ? 'workbench' : `workbench-${backend.name}`);
  let dir: string;
  let closeLedger: () => Promise<void> = async () => undefined;
  let ledger: Ledger;
  let server: { close(): Promise<void>; url: string };
  let browser: Browser;
  let page: Page;
  let sessions = false;
  let shot = 0;
  const snap = async (name: string) => {
    shot++;
    await page.screenshot({ path: join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
  const ready = async () => page.waitForSelector('html[data-ready]', { timeout: 20_000 });

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
      console.log('dist/web is not built: running vite build');
      execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    }
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'airledger-browser-'));
    ({ ledger, close: closeLedger } = await browserLedger(backend, dir, EDITOR));
    server = await serve(ledger, 0);
    sessions = (await fetch(`${server.url}/api/me`)).ok;
    if (!sessions) console.log('browser tests: no /api/me on this server; login, import and analyses steps are skipped');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await closeLedger();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('offers import on an empty ledger, and imports the fixture releases after login', async () => {
    await page.goto(`${server.url}/`);
    await page.getByText('An empty ledger').waitFor();
    await page.getByText('Drop release files here').waitFor();
    // the public record is offered three ways: the scraper's CSV by URL, a URL list, a folder
    expect(await page.locator('.first-start').textContent()).toContain('kevinschaul/uscentcom-isil-airstrikes-scraper/master/data/all.csv');
    await page.getByRole('button', { name: /Import the public record, 2014–2016/ }).waitFor();
    await page.getByLabel(/release URLs, one a line/).waitFor();
    expect(await page.locator('input[name=folder]').count()).toBe(1);
    await snap('empty-ledger-offers-import');
    if (!sessions) {
      await ledger.importSources(RELEASES);
      return;
    }
    await page.goto(`${server.url}/login?next=/import`);
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('user').waitFor();
    await page.waitForURL(/\/import$/);
    await page.locator('input[name=files]').setInputFiles(RELEASES);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toMatch(/releases?/);
    await snap('import-summary');
  }, 60_000);

  it('lets an editor settle a place name from the review queue', async (context) => {
    if (!sessions) {
      console.log('skipped: the server has no session routes');
      context.skip();
    }
    await page.goto(`${server.url}/review`);
    await page.getByRole('heading', { name: 'Places to review' }).waitFor();
    const pick = page.getByRole('button', { name: 'This one' }).first();
    if ((await page.locator('.review-item').count()) === 0 || (await pick.count()) === 0) {
      console.log('review step: no name with a gazetteer candidate in the fixtures');
      return;
    }
    await snap('review-queue');
    await pick.click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/is now a name of/);
    await page.getByRole('button', { name: 'Pin a point on the map' }).first().click();
    await page.locator('.pin-map').waitFor();
    const box = (await page.locator('.pin-map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByText(/^Pin at /).waitFor();
    await snap('review-settled-and-pinning');
  }, 60_000);

  it('shows a line held for its count in the review queue, and lets an editor accept it', async (context) => {
    if (!sessions) context.skip();
    const release = join(dir, 'held-count.txt');
    writeFileSync(release, 'Military airstrikes continue\nMay 25, 2015\nIraq\n- Near Hit, 250 airstrikes struck an ISIL tactical unit.\n');
    expect((await ledger.importSources([release])).heldLines).toHaveLength(1);
    await page.goto(`${server.url}/review`);
    await page.getByRole('heading', { name: 'Counts held for review' }).waitFor();
    expect(await page.locator('.held-counts').textContent()).toContain('- Near Hit, 250 airstrikes struck an ISIL tactical unit.');
    await snap('review-held-count');
    await page.getByRole('button', { name: 'Accept this count' }).click();
    await page.getByText(/250 strikes on 2015-05-25: accepted/).waitFor();
    // the queue reloads after the message shows: the section goes once the reload finds nothing held
    await page.locator('.held-counts').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await ledger.countStrikes({ from: '2015-05-25', to: '2015-05-25' })).toMatchObject({ strikes: 250 });
  }, 60_000);

  it('shows strikes near Palmyra on the map, and the timeline shaded by who held it', async () => {
    await ledger.importControl(readFileSync(join(FIXTURES, 'control-palmyra.csv'), 'utf8'), 'control-palmyra.csv');
    await page.goto(`${server.url}/explore?near=Palmyra&radius_km=50`);
    await ready();
    expect(await page.evaluate('window.__airledger.visiblePlaces()')).toBeGreaterThan(0);
    expect(Number(await page.locator('.summary').getAttribute('data-records'))).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-container canvas').count()).toBeGreaterThan(0);
    await page.locator('.record-row:not(.record-head):not(.loading)').first().waitFor();
    expect(await page.locator('.record-rows').textContent()).toMatch(/Tadmur|Palmyra/);
    await snap('explore-near-palmyra');
  }, 60_000);

  it('follows a brush on the timeline with the table and the map', async () => {
    await page.goto(`${server.url}/explore`);
    await ready();
    const summary = page.locator('.summary');
    const before = Number(await summary.getAttribute('data-records'));
    const box = (await page.locator('.timeline .brush rect').first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const from = (await summary.getAttribute('data-from'))!;
    const to = (await summary.getAttribute('data-to'))!;
    const after = Number(await summary.getAttribute('data-records'));
    expect(after).toBeLessThan(before);
    if (after > 0) {
      await page.locator('.record-row:not(.record-head):not(.loading)').first().waitFor();
      const dates = await page.locator('.record-rows .date').allTextContents();
      for (const date of dates) expect(date >= from && date <= to, `${date} in ${from}..${to}`).toBe(true);
    } else {
      expect(await page.locator('.record-rows .date').count()).toBe(0);
    }
    expect(Number(await page.evaluate('window.__airledgerRedrawMs'))).toBeLessThan(50);
    // the CSV download is the brushed view: the same records, one row each
    const csvHref = (await page.locator('p.downloads a', { hasText: 'CSV' }).getAttribute('href'))!;
    expect(csvHref).toContain(`from=${from}`);
    expect(csvHref).toContain(`to=${to}`);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvHref);
    expect(csv.trim().split('\n').length - 1).toBe(after);
    await snap('explore-brushed');
    // the address bar holds the brushed window, and the link opens the same view
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('brush_from') === f, from);
    const link = page.url();
    expect(new URL(link).searchParams.get('brush_to')).toBe(to);
    const shared = await browser.newPage();
    await shared.goto(link);
    await shared.waitForSelector('html[data-ready]', { timeout: 20_000 });
    expect(await shared.locator('.summary').getAttribute('data-from')).toBe(from);
    expect(await shared.locator('.summary').getAttribute('data-to')).toBe(to);
    expect(Number(await shared.locator('.summary').getAttribute('data-records'))).toBe(after);
    await shared.close();
    const download = page.waitForEvent('download');
    await page.locator('.timeline-box .downloads button', { hasText: 'SVG' }).click();
    expect((await download).suggestedFilename()).toBe('strikes-per-day.svg');
  }, 60_000);

  it('counts a "yesterday" release on the day before it, and on its own day when dated by release day', async () => {
    // release-2016-strikes-in.txt, issued 14 June 2016, reports the strikes of the 13th
    await page.goto(`${server.url}/explore?from=2016-06-13&to=2016-06-13`);
    await ready();
    const summary = page.locator('.summary');
    expect(Number(await summary.getAttribute('data-records'))).toBe(5);
    expect(await summary.textContent()).toContain('by strike day');
    await page.locator('.record-row:not(.record-head):not(.loading)').first().waitFor();
    expect(await page.locator('.record-rows .reported').first().textContent()).toBe('2016-06-14');
    await page.getByLabel('Dated by').selectOption('reported');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/dated_by=reported/);
    await ready();
    expect(Number(await summary.getAttribute('data-records'))).toBe(0);
    expect(await summary.textContent()).toContain('by release day');
    await page.goto(`${server.url}/explore?from=2016-06-14&to=2016-06-14&dated_by=reported`);
    await ready();
    expect(Number(await summary.getAttribute('data-records'))).toBe(5);
    await snap('explore-dated-by-release-day');
  }, 60_000);

  it('opens a shared explore link with its filters and brushed window', async () => {
    await page.goto(`${server.url}/explore?near=Palmyra&radius_km=50&brush_from=2015-05-23&brush_to=2015-05-23`);
    await ready();
    const summary = page.locator('.summary');
    expect(await summary.getAttribute('data-from')).toBe('2015-05-23');
    expect(await summary.getAttribute('data-to')).toBe('2015-05-23');
    expect(await summary.textContent()).toContain('brushed');
    expect(await page.locator('input[name=near]').inputValue()).toBe('Palmyra');
    expect(await page.title()).toBe('Palmyra · Explore · AirLedger');
    await page.locator('.record-row:not(.record-head):not(.loading)').first().waitFor();
    for (const date of await page.locator('.record-rows .date').allTextContents()) expect(date).toBe('2015-05-23');
    await snap('explore-shared-link');
  }, 60_000);

  it('opens a shared place page link with its window and radius, under the English name', async () => {
    await page.goto(`${server.url}/places/tadmur?from=2015-05-23&to=2015-05-24&radius_km=25`);
    await page.waitForSelector('html[data-place-ready]', { timeout: 20_000 });
    expect(await page.locator('h1').textContent()).toBe('Palmyra');
    expect(await page.title()).toBe('Palmyra · AirLedger');
    const total = page.getByTestId('place-total');
    expect(await total.getAttribute('data-from')).toBe('2015-05-23');
    expect(await total.getAttribute('data-to')).toBe('2015-05-24');
    expect(await total.textContent()).toContain('within 25 km');
    expect(await page.locator('input[name=radius_km]').inputValue()).toBe('25');
    await snap('place-page-shared-link');
  }, 60_000);

  it('opens the place page through an alias', async () => {
    await page.goto(`${server.url}/places/tadmur`);
    await page.waitForSelector('html[data-place-ready]', { timeout: 20_000 });
    const heading = await page.locator('h1').textContent();
    const names = await page.getByTestId('names').textContent();
    expect(`${heading} ${names}`).toMatch(/Palmyra/);
    expect(`${heading} ${names}`).toMatch(/Tadmur/);
    await page.locator('[data-testid=control-chart] svg').first().waitFor();
    expect(await page.locator('[data-testid=periods] tbody tr').count()).toBeGreaterThan(1);
    // the fixture's periods replace the built-in ones; both are listed with their sources
    await page.getByText('Sources of the control periods and events').click();
    const sources = (await page.getByTestId('control-sources').textContent())!;
    expect(sources).toContain('Wikipedia: Palmyra offensive (May 2015)');
    expect(sources).toContain('this ledger');
    expect(sources).toContain("Built in, replaced by this ledger's own for the same days");
    await snap('place-page-via-tadmur');
  }, 60_000);

  it('checks a claim and shows the verdict card with its sources', async () => {
    await page.goto(`${server.url}/check`);
    await page.getByLabel(/A sentence/).fill('There were 2 strikes near Tadmur on 23 May 2015.');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const card = page.getByTestId('verdict');
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator('.verdict-badge').textContent()).toMatch(/supported|contradicted|coverage|unparseable/);
    await snap('claim-verdict');
  }, 60_000);

  it('opens a shared /check?q= link with its answer shown, and checks a pasted article claim by claim', async () => {
    const sentence = 'On Sunday the coalition conducted two airstrikes near Palmyra.';
    await page.goto(`${server.url}/check?q=${encodeURIComponent(sentence)}&as_of=2015-05-25`);
    const card = page.getByTestId('verdict');
    await card.waitFor({ timeout: 20_000 });
    // the release of Sunday may report Saturday's strikes, and Monday's (held-count.txt, when imported) names none near Palmyra: the card says so
    expect(await card.locator('.verdict-badge').textContent()).toBe('partial coverage');
    expect(await card.textContent()).toContain('Sunday = 2015-05-24');
    expect(await card.locator('ul.why').textContent()).toMatch(/counted from the releases of 2015-05-25, found 0, which would be (contradicted|no-coverage); the answer cannot choose between them/);
    await page.getByLabel(/or its text, pasted/).fill('On 24 May 2015 the coalition conducted two airstrikes near Palmyra. On 23 May 2015 it conducted 40 strikes in Iraq.');
    await page.getByRole('button', { name: 'Check the article' }).click();
    const cards = page.getByTestId('claim-card');
    await cards.first().waitFor({ timeout: 20_000 });
    expect(await cards.count()).toBe(2);
    expect(await cards.locator('.verdict-badge').allTextContents()).toEqual(['partial coverage', 'contradicted']);
    await snap('article-check');
  }, 60_000);

  it('writes and publishes an analysis, reads it logged out, and refuses an edit logged out', async (context) => {
    if (!sessions) {
      console.log('skipped: the server has no session routes');
      context.skip();
    }
    await page.goto(`${server.url}/analyses/new`);
    await page.getByLabel('Title').fill('Palmyra under two masters');
    await page.getByLabel(/Places and tags/).fill('Palmyra');
    await page.getByLabel(/^Text/).fill([
      'The releases name Palmyra and Tadmur; both are one place.',
      '',
      '```claim',
      'On 23 May 2015 the coalition conducted one strike near Palmyra.',
      '```',
      '',
      '```chart',
      'strikes near=Palmyra from=2015-05-01 to=2015-06-30 by=week',
      '```',
      '',
      '```control',
      'place=Palmyra',
      '```',
    ].join('\n'));
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published', { exact: true }).waitFor({ timeout: 20_000 });
    await snap('analysis-published');
    const slug = /\/analyses\/([^/]+)\/edit/.exec(page.url())![1]!;
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await page.goto(`${server.url}/analyses/${slug}`);
    expect(await page.locator('body').textContent()).toContain('Palmyra under two masters');
    // live blocks render on the server: a checked claim's badge, a bar chart and the control bands
    // the fixture's releases do not say when their strikes happened, and the release of the 24th names two near Palmyra
    expect(await page.locator('a.badge').first().textContent()).toBe('partial-coverage');
    expect(await page.locator('ul.claim-why').first().textContent()).toContain('counted from the releases of 2015-05-24, found 2, which would be contradicted');
    expect(await page.locator('figure.chart svg').count()).toBe(1);
    expect(await page.locator('figure.control svg').count()).toBe(1);
    await snap('analysis-read-logged-out');
    await page.goto(`${server.url}/analyses/${slug}/edit`);
    await page.getByLabel('Title').waitFor();
    await page.getByLabel('Title').fill('Vandalised');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/login|log in|401|403/i);
    await snap('edit-refused-logged-out');
    const status = await page.evaluate(async (s) => {
      const me = await (await fetch('/api/me')).json();
      const res = await fetch(`/api/analyses/${s}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify({ title: 'x' }) });
      return res.status;
    }, slug);
    expect([401, 403]).toContain(status);
  }, 60_000);

  it('lets a member change their password in Settings, after which only the new one logs in', async (context) => {
    if (!sessions) return context.skip();
    const logIn = async (password: string) => {
      await page.goto(`${server.url}/login?next=/settings`);
      await page.getByLabel('Email').fill(EDITOR.email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
    };
    await logIn(EDITOR.password);
    await page.getByRole('heading', { name: 'Your password' }).waitFor();
    const form = page.locator('form.password');
    const fill = async (current: string, next: string, again = next) => {
      await form.getByLabel('Current password').fill(current);
      await form.getByLabel('New password', { exact: true }).fill(next);
      await form.getByLabel('New password again').fill(again);
      await form.getByRole('button', { name: 'Change password' }).click();
    };
    const renewed = 'a new and longer passphrase';
    await fill('not my password', renewed);
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toMatch(/current password is wrong/);
    await fill(EDITOR.password, renewed);
    await form.getByRole('status').waitFor();
    await snap('password-changed');
    // the new session works for writes: its CSRF token came with the change
    expect(await page.evaluate(async () => (await (await fetch('/api/me')).json()).user?.email)).toBe(EDITOR.email);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await logIn(EDITOR.password);
    await page.getByRole('alert').waitFor();
    await logIn(renewed);
    await page.getByTestId('user').waitFor();
  }, 60_000);
});
