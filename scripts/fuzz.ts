// Fuzzes the release and claim parsers (npm run fuzz [-- --releases N --claims N --seed S --release-run N --claim-run N]):
// no throw, no input over 1 s, every line of a release accounted for. Exits 1 on any failure, listing the
// inputs. The parsers are synchronous, so the fuzzing runs in a child process that a watchdog kills when
// one input has run for 30 s; the input is kept in fuzz-hang.txt.
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runFuzz, timings, TIME_LIMIT_MS, type FuzzStats } from '../test/fuzz/parserFuzz.js';

const HANG_MS = 30_000;
const LONG_INPUT = 10_000;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const releases = arg('releases', 100_000);
const claims = arg('claims', 20_000);
const releaseRun = arg('release-run', 100_000);
const claimRun = arg('claim-run', 100_000);
const seed = arg('seed', Date.now() % 1_000_000_000);
const current = join(tmpdir(), `airledger-fuzz-${seed}.txt`);

if (process.argv.includes('--child')) runChild();
else await watch();

/** Runs the fuzzing, printing a heartbeat per 1,000 inputs, failures as they come and the summary last. */
function runChild(): void {
  const t0 = performance.now();
  const { release, claim } = runFuzz(releases, claims, seed, {
    releaseRun,
    claimRun,
    onProgress: (done) => console.log(JSON.stringify({ done, seconds: (performance.now() - t0) / 1000 })),
    onFailure: (failure) => console.log(JSON.stringify({ failure })),
    beforeInput: (kind, input) => {
      if (input.length >= LONG_INPUT) writeFileSync(current, `${kind}\n${input}`);
    },
  });
  const line = (name: string, stats: FuzzStats) => {
    const t = timings(stats.durations);
    return `${name}: ${stats.inputs.toLocaleString('en-US')} inputs · max ${t.max.toFixed(1)} ms · p99 ${t.p99.toFixed(2)} ms · median ${t.median.toFixed(3)} ms · ` +
      `${stats.durations.filter((d) => d > TIME_LIMIT_MS).length} over ${TIME_LIMIT_MS} ms · ${stats.failures.length} failures`;
  };
  console.log(JSON.stringify({ summary: [
    `fuzz seed ${seed} (replay: npm run fuzz -- --seed ${seed}) · ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    line('release parser', release),
    line('claim parser  ', claim),
  ], failed: release.failures.length + claim.failures.length }));
}

async function watch(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2), '--seed', String(seed), '--child'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let last = Date.now();
  let failed = 0;
  let hung = false;
  const timer = setInterval(() => {
    if (Date.now() - last < HANG_MS) return;
    hung = true;
    child.kill('SIGKILL');
  }, 1_000);
  createInterface({ input: child.stdout! }).on('line', (text) => {
    last = Date.now();
    const message = JSON.parse(text) as { done?: number; seconds?: number; failure?: { kind: string; problem: string; input: string }; summary?: string[]; failed?: number };
    if (message.done !== undefined && message.done % 10_000 === 0) process.stderr.write(`${message.done.toLocaleString('en-US')} inputs… (${message.seconds!.toFixed(0)} s)\n`);
    if (message.failure) console.log(`  ${message.failure.kind}: ${message.failure.problem}\n    ${JSON.stringify(message.failure.input)}`);
    if (message.summary) {
      console.log(message.summary.join('\n'));
      failed = message.failed ?? 0;
    }
  });
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (hung) {
    copyFileSync(current, 'fuzz-hang.txt');
    console.log(`fuzz seed ${seed}: one input ran for over ${HANG_MS / 1000} s and was killed; it is in fuzz-hang.txt (first line: which parser)`);
    failed++;
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
