import { copyFileSync, appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.js';
import { parseRelease } from '../../src/ingest/index.js';
import { Ledger, SCHEMA_VERSION } from '../../src/store/index.js';
import { backends } from '../support/backends.js';
import { checkReleasesWhole, releaseFiles, startChild } from './children.js';

const postgres = backends.find((b) => b.name === 'postgres');

describe.runIf(postgres)('several processes on one fresh PostgreSQL schema', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'airledger-concurrent-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('all open it at once, and each migration is applied exactly once', async () => {
    const fresh = await postgres!.fresh();
    try {
      const children = Array.from({ length: 8 }, () => startChild(['open', fresh.spec]));
      const exits = await Promise.all(children.map((c) => c.exited));
      expect(exits.map((e) => [e.code, e.stderr])).toEqual(exits.map(() => [0, '']));
      const client = new pg.Client({ connectionString: fresh.spec });
      await client.connect();
      const { rows } = await client.query<{ version: number; n: number }>('SELECT version, count(*)::int AS n FROM airledger_schema GROUP BY version ORDER BY version');
      await client.end();
      expect(rows).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => ({ version: i + 1, n: 1 })));
    } finally {
      await fresh.drop();
    }
  }, 60_000);

  it('two importing overlapping files at once never store a day twice, and report every file', async () => {
    generateCorpus(join(work, 'corpus'), 6_000, 10);
    const files = releaseFiles(join(work, 'corpus'));
    // One process goes forward through files 0–399, the other backward through 599–200: they meet in the
    // overlap while both are writing. Days 250–289 reach the second as corrected releases (same day, same
    // number of strikes, one effect corrected): a day conflict rather than a duplicate or another copy of one release.
    mkdirSync(join(work, 'corrected'));
    const correctedCopy = (file: string) => {
      const copy = join(work, 'corrected', basename(file));
      copyFileSync(file, copy);
      writeFileSync(copy, readFileSync(copy, 'utf8').replace(/destroy(ed|ing)/, (_, end: string) => (end === 'ed' ? 'damaged' : 'damaging')));
      appendFileSync(copy, 'Corrected release: an earlier version misstated a target.\n');
      return copy;
    };
    const a = files.slice(0, 400);
    const b = files.slice(200).reverse().map((file, i, all) => {
      const index = files.length - 1 - i;
      return index >= 250 && index < 290 ? correctedCopy(file) : all[i]!;
    });
    const singleImportRecords = files.reduce((n, f) => n + parseRelease(readFileSync(f, 'utf8'), { sourceUri: f }).strikes.length, 0);

    const fresh = await postgres!.fresh();
    try {
      const [first, second] = [startChild(['import', fresh.spec, '20', ...a]), startChild(['import', fresh.spec, '20', ...b])];
      const exits = await Promise.all([first.exited, second.exited]);
      const outcomes = [first, second].flatMap((c) => c.lines.filter((l) => 'file' in l)) as Array<{ file: string; status: string; reason?: string }>;
      expect(exits.map((e) => [e.code, e.signal, e.stderr])).toEqual([[0, null, ''], [0, null, '']]);
      expect(outcomes.length).toBe(a.length + b.length);
      // Each file is imported, or reported as the same content or another release for its day: never failed.
      expect(outcomes.filter((o) => !['imported', 'duplicate', 'conflict'].includes(o.status))).toEqual([]);

      const ledger = await Ledger.open(fresh.spec);
      try {
        const check = await checkReleasesWhole(ledger.db);
        expect(check.problems).toEqual([]);
        expect(check.releases).toBe(files.length);
        expect(check.records).toBe(singleImportRecords);
      } finally {
        await ledger.close();
      }
      const imported = outcomes.filter((o) => o.status === 'imported').length;
      console.log(`concurrent import on PostgreSQL: ${imported} imported, ${outcomes.filter((o) => o.status === 'duplicate').length} duplicate, ` +
        `${outcomes.filter((o) => o.status === 'conflict').length} conflict, ${outcomes.filter((o) => o.status === 'failed').length} failed`);
    } finally {
      await fresh.drop();
    }
  }, 60_000);

  it('four importing the same files in different orders report each stored once and the rest as already imported', async () => {
    generateCorpus(join(work, 'same'), 2_400, 10);
    const files = releaseFiles(join(work, 'same'));
    const third = Math.floor(files.length / 3);
    const orders = [
      files,
      [...files].reverse(),
      [...files.slice(third), ...files.slice(0, third)],
      [...files.filter((_, i) => i % 2 === 1), ...files.filter((_, i) => i % 2 === 0)].reverse(),
    ];
    const fresh = await postgres!.fresh();
    try {
      // single files (chunks of 1) meet another process's uncommitted insert of the same file most often
      const children = orders.map((order, i) => startChild(['import', fresh.spec, i % 2 === 0 ? '1' : '10', ...order]));
      const exits = await Promise.all(children.map((c) => c.exited));
      expect(exits.map((e) => [e.code, e.signal, e.stderr])).toEqual(exits.map(() => [0, null, '']));
      const outcomes = children.flatMap((c) => c.lines.filter((l) => 'file' in l)) as Array<{ file: string; status: string; reason?: string }>;
      expect(outcomes.length).toBe(4 * files.length);
      // identical content is never a failure or a conflict, whoever stored it first
      expect(outcomes.filter((o) => o.status !== 'imported' && o.status !== 'duplicate')).toEqual([]);
      const importedBy = new Map<string, number>();
      for (const o of outcomes) if (o.status === 'imported') importedBy.set(o.file, (importedBy.get(o.file) ?? 0) + 1);
      expect(files.filter((f) => importedBy.get(f) !== 1)).toEqual([]);
      const ledger = await Ledger.open(fresh.spec);
      try {
        const check = await checkReleasesWhole(ledger.db);
        expect(check.problems).toEqual([]);
        expect(check.releases).toBe(files.length);
      } finally {
        await ledger.close();
      }
    } finally {
      await fresh.drop();
    }
  }, 120_000);
});
