import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.js';
import { parseRelease } from '../../src/ingest/index.js';
import { Ledger, openDatabase } from '../../src/store/index.js';
import { deferredDefinitions } from '../../src/store/bulkLoad.js';
import { backends } from '../support/backends.js';
import { checkReleasesWhole, releaseFiles, seededRandom, startChild } from './children.js';

// Kills a child importing ~200 releases at random points, then reopens the ledger: only whole releases may
// be there, and importing again must complete the rest without storing any day twice.
const ROUNDS = 5;
const CHUNK = 10;
const seed = Number(process.env.AIRLEDGER_KILL_SEED ?? Date.now() % 1_000_000_000);

let work: string;
let files: string[];
let expectedRecords: number;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'airledger-kill-'));
  generateCorpus(join(work, 'corpus'), 2_400, 12);
  files = releaseFiles(join(work, 'corpus'));
  // Some releases carry a sentence that does not parse, so unparsed rows are checked too.
  files.forEach((file, i) => {
    if (i % 5 === 0) appendFileSync(file, 'Additionally, coalition aircraft damaged an ISIL bridge somewhere in the valley.\n');
  });
  const parsed = files.map((f) => parseRelease(readFileSync(f, 'utf8'), { sourceUri: f }));
  expectedRecords = parsed.reduce((n, r) => n + r.strikes.length, 0);
  expect(parsed.reduce((n, r) => n + r.unparsed.length, 0)).toBeGreaterThan(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Round {
  seenFiles: number;
  signal: string | null;
  releasesAfter: number;
  /** The kill found the indexes and foreign keys set aside (a bulk load underway). */
  setAside: boolean;
}

/**
 * Runs ROUNDS killed imports and one full one against `spec`, checking the ledger after each; `command` is
 * importChild's: 'import', or 'bulk-import' to kill bulk loads (whose reopened ledger must have every index
 * and foreign key back).
 */
async function killRounds(spec: string, command: 'import' | 'bulk-import' = 'import'): Promise<Round[]> {
  const random = seededRandom(seed);
  const rounds: Round[] = [];
  let stored = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const child = startChild([command, spec, String(CHUNK), ...files]);
    await child.linesSeen(1);
    if (!child.lines[0] || !('ready' in child.lines[0])) throw new Error(`the child did not start: ${(await child.exited).stderr}`);
    // Past the files already stored, so that each kill lands among new writes: in a chunk's parse, its
    // place mentions or its transaction.
    const remaining = files.length - stored;
    const target = stored + 1 + Math.floor(random() * Math.max(1, Math.min(40, remaining - 1)));
    await child.linesSeen(1 + target);
    await sleep(random() * 20);
    child.process.kill('SIGKILL');
    const exit = await child.exited;
    // As the kill left it, before Ledger.open restores anything.
    const raw = await openDatabase(spec);
    const setAside = await deferredDefinitions(raw).then(({ expected, found }) => found.some((d, i) => d !== expected[i])).finally(() => raw.close());
    const ledger = await Ledger.open(spec);
    try {
      const check = await checkReleasesWhole(ledger.db);
      expect(check.problems, `seed ${seed}, round ${round}`).toEqual([]);
      const { expected, found } = await deferredDefinitions(ledger.db);
      expect(found, `seed ${seed}, round ${round}`).toEqual(expected);
      stored = check.releases;
      rounds.push({ seenFiles: child.lines.length - 1, signal: exit.signal, releasesAfter: check.releases, setAside });
    } finally {
      await ledger.close();
    }
  }
  const last = startChild([command, spec, String(CHUNK), ...files]);
  const exit = await last.exited;
  expect(exit.code, exit.stderr).toBe(0);
  const done = last.lines.at(-1)!.done as Record<string, number>;
  expect(Object.keys(done).sort()).toEqual(stored > 0 ? ['duplicate', 'imported'].filter((s) => s in done) : ['imported']);
  expect((done.imported ?? 0) + (done.duplicate ?? 0)).toBe(files.length);
  expect(done.duplicate ?? 0).toBe(stored);
  const ledger = await Ledger.open(spec);
  try {
    const check = await checkReleasesWhole(ledger.db);
    expect(check.problems).toEqual([]);
    expect(check.releases).toBe(files.length);
    expect(check.records).toBe(expectedRecords);
  } finally {
    await ledger.close();
  }
  console.log(`kill test (${command}, seed ${seed}, replay with AIRLEDGER_KILL_SEED=${seed}) on ${spec.startsWith('postgres') ? 'PostgreSQL' : 'PGlite'}: ` +
    rounds.map((r) => `killed after ${r.seenFiles} file outcomes${r.setAside ? ' (indexes set aside)' : ''} → ${r.releasesAfter} whole releases`).join('; '));
  return rounds;
}

describe('an import killed with SIGKILL at random points', () => {
  it('leaves a PGlite directory holding only whole releases, and importing again completes the rest', async () => {
    const dir = join(work, 'ledger');
    const create = startChild(['open', dir]);
    expect((await create.exited).code).toBe(0);
    const rounds = await killRounds(dir);
    expect(rounds.filter((r) => r.signal === 'SIGKILL').length).toBeGreaterThanOrEqual(ROUNDS - 1);
  }, 90_000);

  it('leaves a PGlite directory whole, indexes and foreign keys included, when each import is a bulk load', async () => {
    const dir = join(work, 'bulk-ledger');
    const create = startChild(['open', dir]);
    expect((await create.exited).code).toBe(0);
    const rounds = await killRounds(dir, 'bulk-import');
    expect(rounds.filter((r) => r.signal === 'SIGKILL').length).toBeGreaterThanOrEqual(ROUNDS - 1);
  }, 120_000);

  it.runIf(backends.some((b) => b.name === 'postgres'))('leaves a PostgreSQL schema holding only whole releases, and importing again completes the rest', async () => {
    const fresh = await backends.find((b) => b.name === 'postgres')!.fresh();
    try {
      const rounds = await killRounds(fresh.spec);
      expect(rounds.filter((r) => r.signal === 'SIGKILL').length).toBeGreaterThanOrEqual(ROUNDS - 1);
    } finally {
      await fresh.drop();
    }
  }, 90_000);
});
