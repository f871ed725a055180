import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { Ledger, Members } from '../src/store/index.js';
import { generateCorpus, releaseText } from './generate-corpus.js';

// A bounded load run (npm run load): the server, in its own process as in production, on a fresh PostgreSQL
// schema holding the shared corpus; autocannon drives 100 readers spread over three read routes while one
// editor imports a release for a new day in a loop, for a fixed time; then figures. Run by hand like a benchmark.

const PG_URL = process.env.AIRLEDGER_LOAD_PG_URL ?? process.env.AIRLEDGER_TEST_PG_URL;
const SECONDS = Number(process.env.AIRLEDGER_LOAD_SECONDS ?? 30);
const READERS = Number(process.env.AIRLEDGER_LOAD_READERS ?? 100);
const CORPUS = new URL('../../shared/data/oir/releases', import.meta.url).pathname;
const READS = ['/api/count?near=Mosul&from=2015-01-01&to=2015-12-31', '/api/strikes?near=Palmyra', '/api/places/palmyra'];
const IMPORT = 'POST /api/import';
const EDITOR = { email: 'load-editor@example.org', password: 'load test password' };

if (!PG_URL) {
  console.error('load: set AIRLEDGER_LOAD_PG_URL or AIRLEDGER_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  process.exit(1);
}

const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
const record = (name: string, ms: number, ok: boolean) => {
  if (!latencies.has(name)) latencies.set(name, []);
  latencies.get(name)!.push(ms);
  if (!ok) errors.set(name, (errors.get(name) ?? 0) + 1);
};

async function timed(name: string, url: string, init?: RequestInit): Promise<Response | null> {
  const start = performance.now();
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    record(name, performance.now() - start, response.ok);
    return response;
  } catch {
    record(name, performance.now() - start, false);
    return null;
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Starts `airledger serve` on the ledger in a child process; resolves with its URL once it listens. */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'serve-child.ts'), 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
}

/** `connections` autocannon readers on one path for the run's duration, each answer recorded under the path. */
function readers(base: string, path: string, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: `${base}${path}`, connections, duration: SECONDS, timeout: 10 }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, status, _bytes, ms) => record(path, ms, status >= 200 && status < 300));
    // a request that never got an answer (timeout, reset) has no latency to record, only an error
    instance.on('reqError', () => errors.set(path, (errors.get(path) ?? 0) + 1));
  });
}

async function main(): Promise<void> {
  const schema = `airledger_load_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const scratch = mkdtempSync(join(tmpdir(), 'airledger-load-'));
  let server: { url: string; child: ChildProcess } | null = null;
  try {
    const ledger = await Ledger.open(url.toString());
    let source = CORPUS;
    if (!existsSync(CORPUS)) {
      source = join(scratch, 'corpus');
      generateCorpus(source, 3_000, 10);
      console.log(`no corpus at ${CORPUS}: generated 300 releases instead`);
    }
    const started = performance.now();
    const summary = await ledger.importSources([source]);
    console.log(`imported ${source} in ${((performance.now() - started) / 1000).toFixed(1)} s (${summary.releasesImported} releases, ${summary.strikeRecords} records)`);
    await new Members(ledger.db).add(EDITOR.email, EDITOR.password, 'editor');
    await ledger.close();
    server = await startServer(url.toString());
    const base = server.url;

    const deadline = performance.now() + SECONDS * 1000;
    const editor = async () => {
      const cookies = new Map<string, string>();
      const keep = (response: Response | null) => {
        for (const cookie of response?.headers.getSetCookie() ?? []) {
          const [pair = ''] = cookie.split(';');
          cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
        }
      };
      const jar = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const meResponse = await fetch(`${base}/api/me`);
      keep(meResponse);
      const me = (await meResponse.json()) as { csrfToken: string };
      const login = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken, cookie: jar() }, body: JSON.stringify(EDITOR) });
      keep(login);
      if (!login.ok) throw new Error(`editor login: ${login.status} ${await login.text()}`);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      // days from 1 January 2003 on: none is in the 2014–2015 corpus
      for (let day = 4_748; performance.now() < deadline; day++) {
        const body = JSON.stringify({ text: releaseText(day, 12), name: `load-${day}.txt` });
        await timed(IMPORT, `${base}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: jar() }, body });
      }
    };
    console.log(`load: ${READERS} autocannon readers on ${READS.join(', ')} and 1 editor importing, for ${SECONDS} s; server in its own process`);
    const shares = READS.map((_, i) => Math.floor(READERS / READS.length) + (i < READERS % READS.length ? 1 : 0));
    await Promise.all([...READS.map((path, i) => readers(base, path, shares[i]!)), editor()]);

    const rows: string[][] = [['endpoint', 'requests', 'errors', 'p50 ms', 'p99 ms', 'max ms']];
    const all: number[] = [];
    for (const name of [...READS, IMPORT]) {
      const times = (latencies.get(name) ?? []).sort((a, b) => a - b);
      all.push(...times);
      rows.push([name, String(times.length), String(errors.get(name) ?? 0), quantile(times, 0.5).toFixed(1), quantile(times, 0.99).toFixed(1), (times.at(-1) ?? NaN).toFixed(1)]);
    }
    all.sort((a, b) => a - b);
    const totalErrors = [...errors.values()].reduce((a, b) => a + b, 0);
    rows.push(['all', String(all.length), String(totalErrors), quantile(all, 0.5).toFixed(1), quantile(all, 0.99).toFixed(1), (all.at(-1) ?? NaN).toFixed(1)]);
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    // the cache must not hide writes: the ledger read after the run holds every release the editor landed
    const imported = (latencies.get(IMPORT)?.length ?? 0) - (errors.get(IMPORT) ?? 0);
    const stats = (await (await fetch(`${base}/api/stats`)).json()) as { releases: number };
    const fresh = stats.releases === summary.releasesImported + imported;
    console.log(`after the run the server reads ${stats.releases} releases: ${summary.releasesImported} imported before + ${imported} by the editor (${fresh ? 'consistent' : 'INCONSISTENT'})`);
    const p99 = quantile(all, 0.99);
    console.log(`${(all.length / SECONDS).toFixed(0)} requests/s · goal p99 < 200 ms and no errors: ${p99 < 200 && totalErrors === 0 ? 'met' : 'NOT met'}`);
    process.exitCode = p99 < 200 && totalErrors === 0 && fresh ? 0 : 1;
  } finally {
    if (server) {
      const exited = new Promise((done) => server!.child.once('exit', done));
      server.child.kill('SIGTERM');
      await exited;
    }
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
