/**
 * The workbench's figures in Debian's Chromium, on 50,000 generated strike records: navigation to ready
 * (map, timeline and table drawn), a brush move's redraw, the place page, and the explore bundle gzipped.
 * Usage: npm run bench:browser [-- RECORDS]   (needs `npm run build` and /usr/bin/chromium)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { Ledger } from '../src/store/index.js';
import { serve } from '../src/server/index.js';
import { generateCorpus } from './generate-corpus.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB = new URL('../dist/web/', import.meta.url).pathname;
const records = Number(process.argv[2] ?? 50_000);

if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt install chromium`);
if (!existsSync(join(WEB, 'index.html'))) throw new Error('dist/web is not built: npm run build');

/** Gzipped bytes of what the explore view loads first: index.html, its entry script, static imports and CSS. */
function exploreBundleGzip(): { files: string[]; bytes: number } {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const files = new Set<string>(['index.html']);
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    // static imports only: lazily loaded views are not part of the explore view
    const code = readFileSync(join(WEB, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+)["']/g)) queue.push(`assets/${m[1]}`);
  }
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;
  return { files: [...files], bytes };
}

const dir = mkdtempSync(join(tmpdir(), 'airledger-bench-browser-'));
try {
  console.log(`generating and importing ${records.toLocaleString('en')} strike lines…`);
  const t0 = performance.now();
  generateCorpus(join(dir, 'corpus'), records, 100);
  const ledger = await Ledger.open(join(dir, 'ledger'));
  const summary = await ledger.importSources([join(dir, 'corpus')]);
  await ledger.importControl(readFileSync(new URL('../test/fixtures/control-palmyra.csv', import.meta.url), 'utf8'), 'control-palmyra.csv');
  console.log(`imported ${summary.strikeRecords.toLocaleString('en')} records in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const server = await serve(ledger, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

  const readyRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${server.url}/explore`);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
    readyRuns.push(Number(await page.evaluate('window.__airledgerReady')));
  }

  // Brush moves: the synchronous redraw of map, timeline and table, then until the table's rows are filled.
  const span = (await page.evaluate(`[document.querySelector('.summary').dataset.from, document.querySelector('.summary').dataset.to]`)) as [string, string];
  const redraws: number[] = [];
  const filled: number[] = [];
  const day = (s: string, n: number) => new Date(Date.parse(`${s}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 20; i++) {
    const from = day(span[0], i * 11);
    const to = day(from, 30 + i * 7);
    const started = Date.now();
    redraws.push(Number(await page.evaluate(`window.__airledger.brush(${JSON.stringify(from)}, ${JSON.stringify(to)})`)));
    // a function, not a string: the server's CSP forbids eval in the page
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('.record-row.loading'), undefined, { timeout: 10_000 });
    filled.push(Date.now() - started);
  }
  // and a real drag across the timeline
  const box = (await page.locator('.timeline .brush rect').first().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + 20);
  await page.mouse.down();
  const dragRedraws: number[] = [];
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + box.width * (0.3 + i * 0.03), box.y + 20);
    dragRedraws.push(Number(await page.evaluate('window.__airledgerRedrawMs')));
  }
  await page.mouse.up();

  const placeRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${server.url}/places/palmyra`);
    await page.waitForSelector('html[data-place-ready]', { timeout: 30_000 });
    placeRuns.push(Number(await page.evaluate(`document.documentElement.getAttribute('data-place-ready')`)));
  }

  await browser.close();
  await server.close();
  await ledger.close();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const max = (xs: number[]) => Math.max(...xs);
  const bundle = exploreBundleGzip();
  const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
  console.log('');
  console.log(`workbench ready (map, timeline, table) after navigation: median ${median(readyRuns).toFixed(0)} ms, max ${max(readyRuns).toFixed(0)} ms (target 2000) ${ok(max(readyRuns) < 2000)}`);
  console.log(`brush move redraw (map, timeline, table): median ${median(redraws).toFixed(1)} ms, max ${max(redraws).toFixed(1)} ms; mouse drag max ${max(dragRedraws).toFixed(1)} ms (target 50) ${ok(max([...redraws, ...dragRedraws]) < 50)}`);
  console.log(`  table rows filled after a brush (one page fetched when not cached): median ${median(filled)} ms, max ${max(filled)} ms`);
  console.log(`place page (/places/palmyra) drawn after navigation: median ${median(placeRuns).toFixed(0)} ms, max ${max(placeRuns).toFixed(0)} ms (target 1000) ${ok(max(placeRuns) < 1000)}`);
  console.log(`explore bundle gzipped: ${(bundle.bytes / 1024).toFixed(1)} kB in ${bundle.files.length} files (target 400 kB) ${ok(bundle.bytes < 400 * 1024)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
