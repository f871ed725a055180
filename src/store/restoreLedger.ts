import { createHash } from 'node:crypto';
import type { BulkColumn, Database, Queryable } from './db.js';
import { EXPORT_END_TYPE, EXPORT_HEADER_TYPE, type ExportHeader } from './exportLedger.js';
import { bulkColumn, ledgerTables, quoteIdent, type LedgerColumn, type LedgerTable } from './ledgerTables.js';
import { SCHEMA_VERSION } from './migrations.js';

/** A restore that cannot go ahead: the message names the file and line, or why the ledger is refused. */
export class RestoreError extends Error {}

/** The rows do not match the export's checksum, or it has none: restored only when the caller trusts the file. */
export class ExportChecksumError extends RestoreError {}

export interface RestoreOptions {
  /** Names the input in messages (`ledger.jsonl:12: …`). */
  sourceName?: string;
  /** Rows stored per insert. */
  batchSize?: number;
  /** Restore a file whose checksum is missing or does not match its rows (edited by hand, or older than checksums). */
  trust?: boolean;
}

export interface RestoreSummary {
  schemaVersion: number;
  /** Rows stored per table, in the order restored. */
  rows: Record<string, number>;
  /** What the end line's SHA-256 said of the rows; anything but 'verified' was restored only with `trust`. */
  checksum: 'verified' | 'mismatch' | 'missing';
}

/**
 * Restores an export (see exportLedger) into an empty ledger, in one transaction: every row with its id,
 * then each sequence moved past the highest id so that new rows do not collide. Refuses a ledger that
 * holds any row, a file written by a newer schema, a line that is not a row of a known table and column,
 * a file cut short (no end line, or counts that differ), and, unless `trust` is set, rows that do not match
 * the end line's SHA-256 (or an end line without one); nothing is stored then.
 */
export async function restoreLedger(db: Database, lines: AsyncIterable<string>, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const source = options.sourceName ?? 'restore';
  const batchSize = options.batchSize ?? 2_000;
  // Take the iterator now: a readline interface drops lines that arrive before anyone iterates it.
  const iterator = lines[Symbol.asyncIterator]();
  const input: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  return db.transaction(async (tx) => {
    const tables = new Map((await ledgerTables(tx)).map((t) => [t.name, t]));
    await refuseNonEmpty(tx, db.location, [...tables.values()]);
    const rows: Record<string, number> = {};
    let header: ExportHeader | null = null;
    let ended: Record<string, number> | null = null;
    let statedChecksum: unknown = undefined;
    const checksum = createHash('sha256');
    let pending: { table: LedgerTable; columns: LedgerColumn[]; rows: unknown[][]; firstLine: number; lastLine: number } | null = null;
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      const { table, columns, firstLine, lastLine } = pending;
      try {
        await insertBatch(tx, table, columns, pending.rows);
      } catch (error) {
        throw new RestoreError(`${source}:${firstLine}-${lastLine}: ${table.name} rows not stored: ${(error as Error).message}`);
      }
      pending.rows = [];
    };

    let lineNo = 0;
    for await (const line of input) {
      lineNo++;
      if (line.trim() === '') continue;
      const at = `${source}:${lineNo}`;
      if (ended) throw new RestoreError(`${at}: text after the end line`);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new RestoreError(`${at}: not JSON: ${(error as Error).message}`);
      }
      if (!isObject(value) || typeof value.type !== 'string') throw new RestoreError(`${at}: expected an object with a "type"`);
      if (!header) {
        header = checkHeader(value, at, db.location);
        continue;
      }
      if (value.type === EXPORT_END_TYPE) {
        await flush();
        ended = isObject(value.rows) ? (value.rows as Record<string, number>) : {};
        statedChecksum = value.sha256;
        continue;
      }
      // a file whose line breaks became CRLF on the way still holds the same rows
      checksum.update(`${line.endsWith('\r') ? line.slice(0, -1) : line}\n`);
      if (value.type === EXPORT_HEADER_TYPE) throw new RestoreError(`${at}: a second header`);
      const table = tables.get(value.type);
      if (!table) throw new RestoreError(`${at}: unknown table "${value.type}" (this ledger has ${[...tables.keys()].join(', ')})`);
      if (!isObject(value.row)) throw new RestoreError(`${at}: expected "row" to be an object`);
      const row = value.row;
      if (!pending || pending.table !== table || !sameKeys(pending.columns, row)) {
        await flush();
        pending = { table, columns: columnsOf(table, row, at), rows: [], firstLine: lineNo, lastLine: lineNo };
      }
      if (pending.rows.length === 0) pending.firstLine = lineNo;
      pending.lastLine = lineNo;
      pending.rows.push(pending.columns.map((c) => restoredValue(c, row[c.name], at, table.name)));
      rows[table.name] = (rows[table.name] ?? 0) + 1;
      if (pending.rows.length >= batchSize) await flush();
    }
    if (!header) throw new RestoreError(`${source}: empty file, expected an AirLedger export`);
    if (!ended) throw new RestoreError(`${source}: no end line after line ${lineNo}: the export was cut short; nothing restored`);
    for (const [name, expected] of Object.entries(ended)) {
      if ((rows[name] ?? 0) !== expected) throw new RestoreError(`${source}: ${name}: the end line counts ${expected} rows, the file holds ${rows[name] ?? 0}; nothing restored`);
    }
    const state = typeof statedChecksum !== 'string' ? 'missing' : statedChecksum === checksum.digest('hex') ? 'verified' : 'mismatch';
    if (state !== 'verified' && !options.trust) {
      throw new ExportChecksumError(state === 'missing'
        ? `${source}: the end line carries no checksum (an export older than checksums, or edited); nothing restored`
        : `${source}: the rows do not match the export's checksum: the file was changed after it was exported; nothing restored`);
    }
    for (const table of tables.values()) await resetSequences(tx, table);
    return { schemaVersion: header.schemaVersion, rows, checksum: state };
  });
}

function checkHeader(value: Record<string, unknown>, at: string, location: string): ExportHeader {
  if (value.type !== EXPORT_HEADER_TYPE || typeof value.schemaVersion !== 'number') {
    throw new RestoreError(`${at}: not an AirLedger export (expected a first line with "type":"${EXPORT_HEADER_TYPE}" and a schemaVersion)`);
  }
  if (value.schemaVersion > SCHEMA_VERSION) {
    throw new RestoreError(`${at}: the export is schema version ${value.schemaVersion}, newer than this AirLedger understands (${SCHEMA_VERSION}); upgrade AirLedger to restore it into ${location}`);
  }
  return value as unknown as ExportHeader;
}

async function refuseNonEmpty(tx: Queryable, location: string, tables: LedgerTable[]): Promise<void> {
  const held: string[] = [];
  for (const table of tables) {
    const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1000001) t`);
    const n = rows[0]?.n ?? 0;
    if (n > 0) held.push(`${table.name}: ${n > 1_000_000 ? 'over 1,000,000' : n} rows`);
  }
  if (held.length > 0) throw new RestoreError(`${location}: the ledger is not empty (${held.join(', ')}); restore only into an empty ledger`);
}

/** The row's columns, in the table's order; a column the table lacks is an error, a missing one takes its default. */
function columnsOf(table: LedgerTable, row: Record<string, unknown>, at: string): LedgerColumn[] {
  const unknown = Object.keys(row).filter((key) => !table.columns.some((c) => c.name === key));
  if (unknown.length > 0) throw new RestoreError(`${at}: ${table.name} has no column ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return table.columns.filter((c) => c.name in row);
}

function sameKeys(columns: LedgerColumn[], row: Record<string, unknown>): boolean {
  const keys = Object.keys(row);
  return keys.length === columns.length && columns.every((c) => c.name in row);
}

function restoredValue(column: LedgerColumn, value: unknown, at: string, table: string): unknown {
  if (value === null || value === undefined) return null;
  if (column.json) return JSON.stringify(value);
  if (typeof value === 'object') throw new RestoreError(`${at}: ${table}.${column.name}: expected a ${column.sqlType} value, got ${Array.isArray(value) ? 'an array' : 'an object'}`);
  return value;
}

/**
 * Stores rows by insertRows (COPY on PGlite) when every column has a type it casts to; otherwise (arrays,
 * instants, numerics) as text cast to each column's own type, which every PostgreSQL type reads.
 */
async function insertBatch(tx: Queryable, table: LedgerTable, columns: LedgerColumn[], rows: unknown[][]): Promise<void> {
  const bulk = columns.map(bulkColumn);
  if (bulk.every((c) => c !== null)) {
    await tx.insertRows(quoteIdent(table.name), bulk as BulkColumn[], rows);
    return;
  }
  const names = columns.map((c) => quoteIdent(c.name));
  const casts = columns.map((c, i) => `u.c${i}::${c.sqlType}`).join(', ');
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  await tx.query(
    `INSERT INTO ${quoteIdent(table.name)} (${names.join(', ')}) SELECT ${casts} FROM unnest(${arrays}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`,
    columns.map((_, i) => rows.map((row) => (row[i] === null || row[i] === undefined ? null : String(row[i])))),
  );
}

/** Moves each sequence of `table` past the highest value restored, or back to its start when none was. */
async function resetSequences(tx: Queryable, table: LedgerTable): Promise<void> {
  for (const column of table.columns) {
    if (!column.sequence) continue;
    await tx.query(
      `SELECT setval($1::regclass, coalesce((SELECT max(${quoteIdent(column.name)}) FROM ${quoteIdent(table.name)}), 1),
                     (SELECT max(${quoteIdent(column.name)}) IS NOT NULL FROM ${quoteIdent(table.name)}))`,
      [column.sequence],
    );
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
