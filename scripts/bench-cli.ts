/**
 * Cold CLI figures (printed, never asserted): each command run 5 times as a new process on a PGlite ledger
 * holding the dev corpus, with the median wall time from spawn to exit and the highest peak RSS, against the
 * targets: --version and --help ≤ 0.2 s; check, count and strikes ≤ 1.2 s and ≤ 300 MB; places resolve
 * outside a ledger makes none.
 * Usage: npm run bench:cli [-- --bin path/to/airledger.js] [-- --runs 5]   (runs the built CLI: npm run build first)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const bin = resolve(arg('--bin') ?? join(import.meta.dirname, '../bin/airledger.js'));
const runs = Number(arg('--runs') ?? 5);
const corpus = join(import.meta.dirname, '../../shared/data/oir/releases');

// Reports the child's peak RSS on fd 3 as it exits; a preload of a few lines costs well under a millisecond.
const PEAK_RSS = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); try { writeSync(3, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`); } catch {} });",
)}`;

interface Run {
  seconds: number;
  /** CPU time of the process (all its threads): what the run costs when the machine is shared. */
  cpuSeconds: number;
  peakMb: number;
  code: number | null;
  out: string;
}

function runOnce(args: string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK_RSS, bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let rss = '';
    child.stdout!.on('data', (d: Buffer) => void (out += d));
    child.stderr!.on('data', (d: Buffer) => void (out += d));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => void (rss += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const [kb, micros] = rss.split(' ').map(Number);
      done({ seconds: (performance.now() - start) / 1000, cpuSeconds: (micros ?? 0) / 1e6, peakMb: (kb ?? 0) / 1024, code, out });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, args: string[], cwd: string, target: { seconds: number; mb?: number }): Promise<void> {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(args, cwd));
  const failed = results.find((r) => r.code !== 0 && !(label.startsWith('check') && r.code === 2));
  const s = median(results.map((r) => r.seconds));
  const cpu = median(results.map((r) => r.cpuSeconds));
  const mb = Math.max(...results.map((r) => r.peakMb));
  const met = s <= target.seconds && (target.mb === undefined || mb <= target.mb);
  const goal = `target ≤ ${target.seconds} s${target.mb ? `, ≤ ${target.mb} MB` : ''}: ${met ? 'met' : 'NOT met'}`;
  console.log(`  ${label.padEnd(34)} median ${s.toFixed(2)} s (cpu ${cpu.toFixed(2)} s) over ${runs} runs, peak RSS ${Math.round(mb)} MB (${goal})${failed ? ` — exit ${failed.code}: ${failed.out.trim().split('\n')[0]}` : ''}`);
}

if (!existsSync(bin)) {
  console.log(`cold CLI: skipped (no ${bin})`);
} else if (!existsSync(corpus)) {
  console.log(`cold CLI: skipped (no dev corpus at ${corpus})`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'airledger-cli-bench-'));
  try {
    const ledger = join(dir, 'ledger');
    const made = await runOnce(['--db', ledger, 'import', '--quiet', corpus], dir);
    console.log(`cold CLI, ${bin} on a PGlite ledger of the dev corpus (${made.out.split('\n')[0]}); load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores:`);
    await measure('--version', ['--version'], dir, { seconds: 0.2 });
    await measure('--help', ['--help'], dir, { seconds: 0.2 });
    await measure('check (one sentence)', ['--db', ledger, 'check', 'In March 2016 the coalition conducted three airstrikes near Palmyra.'], dir, { seconds: 1.2, mb: 300 });
    await measure('count --near Palmyra', ['--db', ledger, 'count', '--near', 'Palmyra'], dir, { seconds: 1.2, mb: 300 });
    await measure('strikes --near Palmyra', ['--db', ledger, 'strikes', '--near', 'Palmyra'], dir, { seconds: 1.2, mb: 300 });
    const outside = join(dir, 'elsewhere');
    rmSync(outside, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(outside));
    await measure('places resolve Tadmur (no ledger)', ['places', 'resolve', 'Tadmur'], outside, { seconds: 1.2, mb: 300 });
    const left = readdirSync(outside);
    console.log(`  places resolve outside a ledger left ${left.length ? left.join(', ') : 'nothing'} in the folder`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
