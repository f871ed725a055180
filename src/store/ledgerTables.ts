import type { BulkColumn, Queryable } from './db.js';

/**
 * Tables an export leaves out: the schema bookkeeping (the header carries its version) and what is
 * ephemeral — sessions and login attempts expire and mean nothing in another ledger.
 */
const EXCLUDED = [/^airledger_schema$/, /sessions?$/, /^login_attempts?$/];

/** The ledger's own tables, in an order that keeps references valid; tables added later follow. */
const KNOWN_ORDER = [
  'places', 'place_names', 'place_mentions', 'releases', 'strike_records', 'unparsed_lines', 'control_periods', 'control_events',
];

/** A column as an export writes it and a restore reads it back. */
export interface LedgerColumn {
  name: string;
  /** The column's type as `format_type` spells it (`bigint`, `timestamp with time zone`, `character varying(40)`). */
  sqlType: string;
  /** The value goes out as JSON (json, jsonb) rather than a string. */
  json: boolean;
  /** Filled from a sequence (serial, identity): restored ids move the sequence past them. */
  sequence: string | null;
}

export interface LedgerTable {
  name: string;
  columns: LedgerColumn[];
  /** Primary key columns, in key order; empty when the table has none. */
  key: string[];
}

export const isExcludedTable = (name: string): boolean => EXCLUDED.some((pattern) => pattern.test(name));

/** Double-quotes an identifier for SQL. Names come from the catalogue, but quoting keeps odd ones safe. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The tables of the ledger's schema that an export carries, parents before the tables that reference
 * them (by foreign keys), the ledger's own tables in their usual order, others by name.
 */
export async function ledgerTables(db: Queryable): Promise<LedgerTable[]> {
  const { rows: tableRows } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
  );
  const names = tableRows.map((r) => r.name).filter((name) => !isExcludedTable(name));
  if (names.length === 0) return [];
  const { rows: columnRows } = await db.query<{ table_name: string; name: string; sql_type: string; type_name: string; sequence: string | null }>(
    `SELECT c.relname AS table_name, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS sql_type, t.typname AS type_name,
            pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(c.relname), a.attname) AS sequence
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_type t ON t.oid = a.atttypid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[]) AND a.attnum > 0 AND NOT a.attisdropped
       AND a.attgenerated = ''
     ORDER BY c.relname, a.attnum`,
    [names],
  );
  const { rows: constraintRows } = await db.query<{ table_name: string; kind: string; columns: string[] | string; referenced: string | null }>(
    `SELECT c.relname AS table_name, k.contype AS kind, r.relname AS referenced,
            ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.n) AS columns
     FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid
     LEFT JOIN pg_class r ON r.oid = k.confrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND k.contype IN ('p', 'f')`,
  );
  const tables = new Map<string, LedgerTable>(names.map((name) => [name, { name, columns: [], key: [] }]));
  for (const row of columnRows) {
    tables.get(row.table_name)?.columns.push({
      name: row.name,
      sqlType: row.sql_type,
      json: row.type_name === 'json' || row.type_name === 'jsonb',
      sequence: row.sequence,
    });
  }
  const parents = new Map<string, Set<string>>(names.map((name) => [name, new Set<string>()]));
  for (const row of constraintRows) {
    if (!tables.has(row.table_name)) continue;
    if (row.kind === 'p') tables.get(row.table_name)!.key = pgTextArray(row.columns);
    else if (row.referenced && row.referenced !== row.table_name && tables.has(row.referenced)) parents.get(row.table_name)!.add(row.referenced);
  }
  return parentsFirst(names, parents).map((name) => tables.get(name)!);
}

/** PGlite and node-postgres both parse name[] arrays, but fall back to the text form to be safe. */
function pgTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((s) => s.replace(/^"|"$/g, ''));
}

/** Orders tables so each comes after those it references; ties by the known order, then by name. */
function parentsFirst(names: string[], parents: Map<string, Set<string>>): string[] {
  const rank = (name: string) => {
    const i = KNOWN_ORDER.indexOf(name);
    return i === -1 ? KNOWN_ORDER.length : i;
  };
  const pending = [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  while (pending.length > 0) {
    // A cycle of references cannot be ordered; take the first table then, and let the constraint speak.
    const next = pending.findIndex((name) => [...parents.get(name)!].every((p) => out.includes(p)));
    out.push(...pending.splice(next === -1 ? 0 : next, 1));
  }
  return out;
}

const BULK_TYPES = new Set<string>(['bigint', 'integer', 'real', 'double precision', 'boolean', 'text', 'date', 'jsonb']);

/** The column as insertRows takes it, or null when its type is not one insertRows can cast to. */
export function bulkColumn(column: LedgerColumn): BulkColumn | null {
  if (!BULK_TYPES.has(column.sqlType)) return null;
  return { name: quoteIdent(column.name), type: column.sqlType === 'double precision' ? 'float8' : (column.sqlType as BulkColumn['type']) };
}
