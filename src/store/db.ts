import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { copyText, parseCopyText } from './copyText.js';
import { createPgliteDirectory } from './pgliteDirectory.js';
import { CHANNEL_FILE } from './sharedLedger.js';

/** Anything that runs SQL with `$1` parameters: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Appends rows to a table by the backend's fastest path (COPY on PGlite, one unnest INSERT on a server). */
  insertRows(table: string, columns: BulkColumn[], rows: unknown[][]): Promise<void>;
  /** Appends rows already written as COPY text (UTF-8, fields in `columns` order; see copyText.ts). */
  copyRows(table: string, columns: BulkColumn[], text: Uint8Array<ArrayBuffer>): Promise<void>;
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
  /**
   * Another process serves this database and others may read and write it meanwhile (a PGlite ledger reached
   * through `serve`'s channel): no shortcut that assumes the database to itself, such as setting indexes aside.
   */
  readonly shared?: boolean;
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

export interface OpenOptions {
  /**
   * PGlite's buffer cache in MB (its default is 128). A short command reading a few thousand rows needs far
   * less; the default's pages count in the peak memory of every cold CLI run. Ignored for a server.
   */
  cacheMb?: number;
}

/** Opens `spec`: a `postgres://` (or `postgresql://`) URL, `memory://`, or a data directory for PGlite. */
export async function openDatabase(spec: string, options: OpenOptions = {}): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(spec)) return openPostgres(spec);
  return openPglite(spec, options);
}

async function openPglite(dir: string, options: OpenOptions): Promise<Database> {
  const inMemory = dir === 'memory://' || dir === '';
  if (!inMemory && !existsSync(join(dir, 'PG_VERSION'))) await createPgliteDirectory(dir);
  const lock = inMemory ? { release: () => undefined } : lockDirectory(dir);
  if ('heldBy' in lock) {
    // `serve` holds the folder: its channel carries this command's SQL (sharedLedger.ts)
    const { connectSharedLedger } = await import('./remoteDatabase.js');
    const shared = await connectSharedLedger(dir);
    if (shared && shared.servedBy === lock.heldBy) return shared;
    await shared?.close();
    throw new Error(`${dir}: the ledger is open in another process (pid ${lock.heldBy}) that shares it with no one; stop it first, or use a postgres:// ledger for several processes`);
  }
  const releaseLock = lock.release;
  const db = await PGlite.create(inMemory ? undefined : dir, {
    ...(options.cacheMb ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${Math.max(1, Math.round(options.cacheMb))}MB`] } : {}),
    parsers: {
      [DATE_OID]: keepText,
      [INT8_OID]: toNumber,
      [NUMERIC_OID]: toNumber,
      [TIMESTAMPTZ_OID]: keepText,
    },
  });
  type PgliteRunner = Pick<PGlite, 'query' | 'exec'>;
  const copy = async (runner: PgliteRunner, table: string, columns: BulkColumn[], blob: Blob) => {
    await runner.query(`COPY ${table} (${columns.map((c) => c.name).join(', ')}) FROM '/dev/blob'`, [], { blob });
  };
  const queryable = (runner: PgliteRunner): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await runner.query<T>(sql, params)).rows }),
    exec: async (sql) => void (await runner.exec(sql)),
    async insertRows(table, columns, rows) {
      if (rows.length > 0) await copy(runner, table, columns, new Blob([copyText(rows)]));
    },
    async copyRows(table, columns, text) {
      if (text.length > 0) await copy(runner, table, columns, new Blob([text]));
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
 * directory would corrupt it, so it gets the holder's pid instead (and may reach the ledger through the
 * holder's channel; a PostgreSQL URL serves many).
 */
function lockDirectory(dir: string): { release: () => void } | { heldBy: number } {
  const lockPath = join(dir, 'airledger.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      const release = () => rmSync(lockPath, { force: true });
      process.once('exit', release);
      rmSync(join(dir, CHANNEL_FILE), { force: true }); // a channel left by a process that died
      return {
        release: () => {
          process.off('exit', release);
          release();
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8'));
      if (holder === process.pid) throw new Error(`${dir}: the ledger is already open in this process`);
      if (holder && isAlive(holder)) return { heldBy: holder };
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

async function openPostgres(url: string): Promise<Database> {
  // pg loads only for a server ledger: a PGlite command starts without it
  const { default: pg } = await import('pg');
  const pgTypes = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === DATE_OID || oid === TIMESTAMPTZ_OID) return keepText;
      if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
      return pg.types.getTypeParser(oid, format);
    },
  } as unknown as typeof pg.types;
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
  const insertRows = async (runner: pg.Pool | pg.PoolClient, table: string, columns: BulkColumn[], rows: unknown[][]) => {
    if (rows.length === 0) return;
    const arrays = columns.map((c) => `$${columns.indexOf(c) + 1}::${c.type}[]`).join(', ');
    await runner.query(
      `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT * FROM unnest(${arrays})`,
      columns.map((_, i) => rows.map((row) => row[i])),
    );
  };
  const queryable = (runner: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await runner.query(sql, params)).rows as T[] }),
    exec: async (sql) => void (await runner.query(sql)),
    insertRows: (table, columns, rows) => insertRows(runner, table, columns, rows),
    // pg has no COPY FROM STDIN of its own: the rows go as arrays, one statement however many there are.
    copyRows: (table, columns, text) => insertRows(runner, table, columns, parseCopyText(new TextDecoder().decode(text))),
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
