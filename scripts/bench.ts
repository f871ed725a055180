/**
 * Performance figures (printed, never asserted): the CLI's cold start (bench-cli.ts); for ingest, parser throughput on one core, the dev corpus
 * imported end to end into PGlite, the time to check a 3,000-word article, and a generated corpus of 1,000,000 strike lines imported into PGlite
 * by a child process whose peak memory is measured (creating the empty ledger is timed apart from the import).
 * Usage: npm run bench [-- --lines 1000000] [-- --skip-million]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseRelease } from '../src/ingest/index.js';
import { Ledger } from '../src/store/index.js';
import { generateCorpus, releaseText } from './generate-corpus.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// 0. The CLI from a cold process on the dev corpus (scripts/bench-cli.ts, on the built CLI).
execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-cli.ts')], { stdio: 'inherit' });

// 1. Parser throughput, single core, no I/O.
{
  const texts = Array.from({ length: 2000 }, (_, i) => releaseText(i, 100));
  const lines = 2000 * 100;
  parseRelease(texts[0]!, { sourceUri: 'warmup' });
  const t0 = performance.now();
  let parsed = 0;
  for (const [i, text] of texts.entries()) parsed += parseRelease(text, { sourceUri: `gen-${i}.txt` }).strikes.length;
  const s = (performance.now() - t0) / 1000;
  console.log(`parse throughput: ${fmt(parsed / s)} strike lines/s (${fmt(lines)} lines in ${s.toFixed(2)} s, one core)`);
}

// 2. The dev corpus, end to end into an on-disk PGlite ledger.
const corpus = join(import.meta.dirname, '../../shared/data/oir/releases');
if (existsSync(corpus)) {
  const dir = mkdtempSync(join(tmpdir(), 'airledger-bench-'));
  const t0 = performance.now();
  const ledger = await Ledger.open(join(dir, 'db'));
  const summary = await ledger.importSources([corpus]);
  await ledger.close();
  const s = (performance.now() - t0) / 1000;
  console.log(`dev corpus import (PGlite on disk, open + migrate + import + close): ${summary.releasesImported} releases, ` +
    `${fmt(summary.strikeRecords)} records in ${s.toFixed(2)} s`);
  rmSync(dir, { recursive: true, force: true });
} else {
  console.log(`dev corpus import: skipped (no corpus at ${corpus})`);
}

// 3. A 3,000-word article checked claim by claim, against a ledger the size of the whole record (scripts/bench-claims.ts).
execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-claims.ts')], { stdio: 'inherit' });

// 4. A million generated strike lines, imported by the CLI in a child process (its peak RSS is the figure):
// into PGlite, and into PostgreSQL too when a server is named (the scale-out path), on a fresh schema.
if (!process.argv.includes('--skip-million')) {
  const total = Number(arg('--lines') ?? 1_000_000);
  const perRelease = 100;
  const dir = mkdtempSync(join(tmpdir(), 'airledger-million-'));
  const files = generateCorpus(join(dir, 'releases'), total, perRelease);
  const importInto = (label: string, spec: string, target: string) => {
    const report = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-import.ts'), join(dir, 'releases'), spec], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(report.trim().split('\n').pop()!) as { records: number; createSeconds: number; importSeconds: number; maxRssMb: number; failed: number };
    const total = result.createSeconds + result.importSeconds;
    console.log(`generated corpus import (${label}): ${fmt(result.records)} strike lines in ${files} files; ` +
      `creating the empty ledger ${result.createSeconds.toFixed(1)} s; ` +
      `import into it ${result.importSeconds.toFixed(1)} s = ${fmt(result.records / result.importSeconds)} lines/s (${target}); ` +
      `end to end ${total.toFixed(1)} s = ${fmt(result.records / total)} lines/s; ` +
      `peak RSS ${fmt(result.maxRssMb)} MB (target < 1,024 MB); failed files: ${result.failed}`);
  };
  importInto('PGlite on disk', join(dir, 'db'), 'target ≥ 50,000');
  const pgUrl = process.env.AIRLEDGER_BENCH_PG_URL ?? process.env.AIRLEDGER_TEST_PG_URL;
  if (pgUrl) {
    const schema = `airledger_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(pgUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      importInto('PostgreSQL server', url.toString(), 'no target; the scale-out path');
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  } else {
    console.log('generated corpus import (PostgreSQL server): skipped (set AIRLEDGER_BENCH_PG_URL)');
  }
  rmSync(dir, { recursive: true, force: true });
}

// 5. Analysis and claim queries on a generated 1,000,000-record ledger (scripts/bench-analysis.ts).
execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-analysis.ts')], { stdio: 'inherit' });
