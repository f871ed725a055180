import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseRelease } from '../../src/ingest/index.js';
import type { Queryable } from '../../src/store/index.js';

const repo = new URL('../../', import.meta.url).pathname;
const CHILD = new URL('./importChild.ts', import.meta.url).pathname;

/** A child process running importChild.ts, its JSON lines read as they come. */
export interface Child {
  process: ChildProcess;
  /** Every JSON line printed so far. */
  lines: Array<Record<string, unknown>>;
  /** Resolves once `count` lines have been printed (or the child has exited). */
  linesSeen(count: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts importChild.ts with tsx, so the tests need no build. */
export function startChild(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      lines.push({ text: line });
    }
    for (const w of waiters.filter((w) => lines.length >= w.count)) w.resolve();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const w of waiters) w.resolve();
      resolve({ code, signal, stderr });
    });
  });
  return {
    process: child,
    lines,
    exited,
    linesSeen: (count) => (lines.length >= count || child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
  };
}

/** The .txt release files of a folder, sorted. */
export function releaseFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

/** A small deterministic generator (mulberry32), so that a failing round can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What is wrong with the stored releases; empty when each is whole and nothing hangs loose. */
export interface LedgerCheck {
  releases: number;
  records: number;
  problems: string[];
}

/**
 * Checks that every stored release has exactly the strike records and unparsed lines its file parses
 * to, that no row points at a missing release or mention, and that no day or content is stored twice.
 */
export async function checkReleasesWhole(db: Queryable): Promise<LedgerCheck> {
  const problems: string[] = [];
  const { rows } = await db.query<{ source_uri: string; strikes: number; unparsed: number; line_count: number }>(
    `SELECT rel.source_uri, rel.line_count,
            (SELECT count(*)::int FROM strike_records r WHERE r.release_id = rel.id) AS strikes,
            (SELECT count(*)::int FROM unparsed_lines u WHERE u.release_id = rel.id) AS unparsed
     FROM releases rel ORDER BY rel.source_uri`,
  );
  let records = 0;
  for (const row of rows) {
    const parsed = parseRelease(readFileSync(row.source_uri, 'utf8'), { sourceUri: row.source_uri });
    records += row.strikes;
    if (row.strikes !== parsed.strikes.length) problems.push(`${row.source_uri}: ${row.strikes} strike records stored, the file has ${parsed.strikes.length}`);
    if (row.unparsed !== parsed.unparsed.length) problems.push(`${row.source_uri}: ${row.unparsed} unparsed lines stored, the file has ${parsed.unparsed.length}`);
    if (row.line_count !== parsed.lineCount) problems.push(`${row.source_uri}: line_count ${row.line_count}, the file has ${parsed.lineCount}`);
  }
  const loose = await db.query<{ what: string; n: number }>(
    `SELECT 'strike records without their release' AS what, count(*)::int AS n FROM strike_records r WHERE NOT EXISTS (SELECT 1 FROM releases rel WHERE rel.id = r.release_id)
     UNION ALL SELECT 'strike records without their mention', count(*)::int FROM strike_records r WHERE NOT EXISTS (SELECT 1 FROM place_mentions m WHERE m.id = r.mention_id)
     UNION ALL SELECT 'unparsed lines without their release', count(*)::int FROM unparsed_lines u WHERE NOT EXISTS (SELECT 1 FROM releases rel WHERE rel.id = u.release_id)
     UNION ALL SELECT 'days stored twice', count(*)::int FROM (SELECT 1 FROM releases GROUP BY issuer, report_date HAVING count(*) > 1) d
     UNION ALL SELECT 'contents stored twice', count(*)::int FROM (SELECT 1 FROM releases GROUP BY content_hash HAVING count(*) > 1) c`,
  );
  for (const { what, n } of loose.rows) if (n > 0) problems.push(`${n} ${what}`);
  return { releases: rows.length, records, problems };
}
