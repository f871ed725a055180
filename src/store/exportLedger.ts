import { createHash } from 'node:crypto';
import type { Database, Queryable } from './db.js';
import { ledgerTables, quoteIdent, type LedgerColumn, type LedgerTable } from './ledgerTables.js';

/** The first line of an export. */
export interface ExportHeader {
  type: 'airledger-export';
  schemaVersion: number;
  exportedAt: string;
  /** The tables that follow, in order. */
  tables: string[];
}

/** The last line of an export: a file without it was cut short, and a restore refuses it. */
export interface ExportEnd {
  type: 'airledger-export-end';
  /** Rows written per table. */
  rows: Record<string, number>;
  /**
   * SHA-256 (hex) of the row lines: every line between the header and this one, each with its line break. A
   * restore refuses a file whose rows no longer match it (edited by hand) unless told to trust the file.
   */
  sha256: string;
}

/** A row line: `{"type":"releases","row":{"id":1,…}}`; the row sits apart so a column named `type` cannot clash. */
export interface ExportRow {
  type: string;
  row: Record<string, unknown>;
}

export const EXPORT_HEADER_TYPE = 'airledger-export';
export const EXPORT_END_TYPE = 'airledger-export-end';

export interface ExportOptions {
  /** Rows read per query; the export never holds more than one page. */
  pageSize?: number;
  now?: () => Date;
}

/**
 * Writes the whole ledger as JSON lines through `write` (one call per page, each chunk ending in a line
 * break): a header, every row of every table in reference order (each table by primary key, ids kept),
 * then an end line with the counts and the rows' SHA-256. Reads one consistent snapshot. `write` may return a promise to
 * apply back-pressure. Returns the end line.
 */
export async function exportLedger(db: Database, write: (chunk: string) => void | Promise<void>, options: ExportOptions = {}): Promise<ExportEnd> {
  const pageSize = options.pageSize ?? 5_000;
  return db.transaction(async (tx) => {
    // One snapshot for every table: rows added while the export runs neither half-appear nor break references.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const { rows: versionRows } = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM airledger_schema');
    const tables = await ledgerTables(tx);
    const header: ExportHeader = {
      type: EXPORT_HEADER_TYPE,
      schemaVersion: versionRows[0]?.version ?? 0,
      exportedAt: (options.now?.() ?? new Date()).toISOString(),
      tables: tables.map((t) => t.name),
    };
    await write(`${JSON.stringify(header)}\n`);
    const rows: Record<string, number> = {};
    const checksum = createHash('sha256');
    for (const table of tables) {
      let count = 0;
      for await (const page of pages(tx, table, pageSize)) {
        count += page.length;
        const chunk = page.map((row) => `${JSON.stringify({ type: table.name, row } satisfies ExportRow)}\n`).join('');
        checksum.update(chunk);
        await write(chunk);
      }
      rows[table.name] = count;
    }
    const end: ExportEnd = { type: EXPORT_END_TYPE, rows, sha256: checksum.digest('hex') };
    await write(`${JSON.stringify(end)}\n`);
    return end;
  });
}

/** A table's rows a page at a time, by primary key: keyset paging on a single integer key, offsets otherwise. */
async function* pages(tx: Queryable, table: LedgerTable, pageSize: number): AsyncGenerator<Record<string, unknown>[]> {
  const select = table.columns.map((c) => `${valueSql(c)} AS ${quoteIdent(c.name)}`).join(', ');
  // Ordering and paging name the table's own columns (t.…): the select list's aliases may be text casts.
  const from = `FROM ${quoteIdent(table.name)} AS t`;
  const keyColumn = table.key.length === 1 ? table.columns.find((c) => c.name === table.key[0]) : undefined;
  if (keyColumn && /^(smallint|integer|bigint)$/.test(keyColumn.sqlType)) {
    const key = `t.${quoteIdent(keyColumn.name)}`;
    let after: string | null = null;
    for (;;) {
      const { rows } = await tx.query<Record<string, unknown>>(
        `SELECT ${select}, ${key}::text AS "__key" ${from} ${after === null ? '' : `WHERE ${key} > $1::bigint`} ORDER BY ${key} LIMIT ${pageSize}`,
        after === null ? [] : [after],
      );
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.__key as string;
      yield rows.map((row) => exportedRow(table.columns, row));
      if (rows.length < pageSize) return;
    }
  }
  // Without a single integer key, order by the key (or every column) so that two exports agree byte for byte.
  const order = table.key.length > 0
    ? table.key.map((k) => `t.${quoteIdent(k)}`).join(', ')
    : table.columns.map((c) => `t.${quoteIdent(c.name)}::text`).join(', ');
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await tx.query<Record<string, unknown>>(`SELECT ${select} ${from} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`);
    if (rows.length === 0) return;
    yield rows.map((row) => exportedRow(table.columns, row));
    if (rows.length < pageSize) return;
  }
}

/**
 * How a column is read so that both backends, whatever their time zone or DateStyle, write the same
 * bytes: days and instants as ISO text (instants in UTC to the microsecond), big integers, numerics, JSON
 * and anything unusual as their text form; plain numbers, booleans and text as the driver gives them.
 */
function valueSql(column: LedgerColumn): string {
  const c = `t.${quoteIdent(column.name)}`;
  switch (column.sqlType) {
    case 'date':
      return `to_char(${c}, 'YYYY-MM-DD')`;
    case 'timestamp with time zone':
      return `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case 'timestamp without time zone':
      return `to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
    case 'smallint':
    case 'integer':
    case 'real':
    case 'double precision':
    case 'boolean':
    case 'text':
      return c;
    default:
      return column.sqlType.startsWith('character') ? c : `${c}::text`;
  }
}

function exportedRow(columns: LedgerColumn[], row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of columns) out[column.name] = exportedValue(column, row[column.name]);
  return out;
}

function exportedValue(column: LedgerColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.json) return JSON.parse(value as string);
  // bigints travel as numbers while exact, as text beyond 2^53, so that no id or population is rounded.
  if (column.sqlType === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  // JSON has no NaN or Infinity; PostgreSQL reads them back from these spellings.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return value;
}
