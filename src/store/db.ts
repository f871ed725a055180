import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Anything that runs SQL with `$1` parameters: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Appends rows to a table by the backend's fastest path (COPY on PGlite, one unnest INSERT on a server). */
  insertRows(table: string, columns: BulkColumn[], rows: unknown[][]): Promise<void>;
}

/** A column for insertRows: its name and SQL type (for the array cast). */
export interface BulkColumn {
  name: string;
  type: 'bigint' | 'integer' | 'real' | 'float8' | 'boolean' | 'text' | 'date' | 'jsonb';
}

/** One ledger database, embedded (PGlite) or a PostgreSQL server; the same SQL runs on both. */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory or a URL without its password. */
  readonly location: string;
  /** Runs `fn` in one transaction: all of its writes land, or none do. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Calendar days stay ISO strings and counts stay numbers on both backends.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const TIMESTAMPTZ_OID = 1184;
const keepText = (value: string) => value;
const toNumber = (value: string) => Number(value);

/** Opens `spec`: a `postgres://` (or `postgresql://`) URL, `memory://`, or a data directory for PGlite. */
export async function openDatabase(spec: string): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(spec)) return openPostgres(spec);
  return openPglite(spec);
}

async function openPglite(dir: string): Promise<Database> {
  const inMemory = dir === 'memory://' || dir === '';
  if (!inMemory && !existsSync(join(dir, 'PG_VERSION'))) await createPgliteDirectory(dir);
  const releaseLock = inMemory ? () => undefined : lockDirectory(dir);
  const db = await PGlite.create(inMemory ? undefined : dir, {
    parsers: {
      [DATE_OID]: keepText,
      [INT8_OID]: toNumber,
      [NUMERIC_OID]: toNumber,
      [TIMESTAMPTZ_OID]: keepText,
    },
  });
  type PgliteRunner = Pick<PGlite, 'query' | 'exec'>;
  const queryable = (runner: PgliteRunner): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await runner.query<T>(sql, params)).rows }),
    exec: async (sql) => void (await runner.exec(sql)),
    async insertRows(table, columns, rows) {
      if (rows.length === 0) return;
      const copy = `COPY ${table} (${columns.map((c) => c.name).join(', ')}) FROM '/dev/blob'`;
      await runner.query(copy, [], { blob: new Blob([copyText(rows)]) });
    },
  });
  return {
    kind: 'pglite',
    location: inMemory ? 'memory://' : dir,
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () => db.close().finally(releaseLock),
  };
}

/**
 * Takes the directory for this process. PGlite is one process's database: a second process opening the same
 * directory would corrupt it, so it is refused with the holder's pid (a PostgreSQL URL serves many).
 */
function lockDirectory(dir: string): () => void {
  const lockPath = join(dir, 'airledger.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      const release = () => rmSync(lockPath, { force: true });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8'));
      if (holder === process.pid) throw new Error(`${dir}: the ledger is already open in this process`);
      if (holder && isAlive(holder)) {
        throw new Error(`${dir}: the ledger is open in another process (pid ${holder}); stop it first, or use a postgres:// ledger for several processes`);
      }
      rmSync(lockPath, { force: true }); // left by a process that died
    }
  }
  throw new Error(`${dir}: cannot take the ledger's lock file ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates a PGlite data directory in a short-lived child process. initdb needs some 700 MB that the WASM
 * heap never gives back; a long-running importer or server that created its ledger in-process would carry
 * that for its whole life.
 */
async function createPgliteDirectory(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const entry = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), 'index.js')).href;
  const script = `const { PGlite } = await import(${JSON.stringify(entry)});
    const db = await PGlite.create(${JSON.stringify(dir)}); await db.close();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]).catch((error: Error & { stderr?: string }) => {
    throw new Error(`${dir}: cannot create the ledger: ${error.stderr?.trim() || error.message}`);
  });
}

/** Rows in COPY's text format: tab-separated, `\N` for NULL, backslash escapes. */
function copyText(rows: unknown[][]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) out += '\t';
      if (value === null || value === undefined) out += '\\N';
      else if (typeof value === 'boolean') out += value ? 't' : 'f';
      else if (typeof value === 'number') out += String(value);
      else out += String(value).replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!);
    }
    out += '\n';
  }
  return out;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID || oid === TIMESTAMPTZ_OID) return keepText;
    if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as typeof pg.types;

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.AIRLEDGER_PG_POOL_MAX ?? 10),
    types: pgTypes,
  });
  // Fail now, with the server's reason, rather than at the first query.
  const probe = await pool.connect();
  probe.release();
  const safe = new URL(url);
  safe.password = '';
  const queryable = (runner: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await runner.query(sql, params)).rows as T[] }),
    exec: async (sql) => void (await runner.query(sql)),
    async insertRows(table, columns, rows) {
      if (rows.length === 0) return;
      const arrays = columns.map((c) => `$${columns.indexOf(c) + 1}::${c.type}[]`).join(', ');
      await runner.query(
        `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT * FROM unnest(${arrays})`,
        columns.map((_, i) => rows.map((row) => row[i])),
      );
    },
  });
  return {
    kind: 'postgres',
    location: safe.toString(),
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
