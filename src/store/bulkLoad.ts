import type { Database, Queryable } from './db.js';

/**
 * A large import into PGlite loads faster without the secondary indexes of strike_records and unparsed_lines
 * and the foreign keys of strike_records: it sets them aside, loads, and rebuilds them in one pass at the end.
 * They are defined here once, exactly as PostgreSQL prints the ones the first migration created (a test holds
 * the two together), and a load sets aside only a ledger whose catalog holds exactly these.
 * If the process dies in between, Ledger.open puts back whatever is missing (restoreDeferredSchema).
 */
const DEFERRED: DeferredObject[] = [
  { kind: 'index', table: 'strike_records', name: 'strike_records_date', definition: 'CREATE INDEX strike_records_date ON strike_records USING btree (date)' },
  { kind: 'index', table: 'strike_records', name: 'strike_records_mention_date', definition: 'CREATE INDEX strike_records_mention_date ON strike_records USING btree (mention_id, date)' },
  { kind: 'index', table: 'strike_records', name: 'strike_records_release', definition: 'CREATE INDEX strike_records_release ON strike_records USING btree (release_id)' },
  { kind: 'index', table: 'unparsed_lines', name: 'unparsed_lines_release', definition: 'CREATE INDEX unparsed_lines_release ON unparsed_lines USING btree (release_id)' },
  { kind: 'foreign key', table: 'strike_records', name: 'strike_records_release_id_fkey', definition: 'FOREIGN KEY (release_id) REFERENCES releases(id) ON DELETE CASCADE' },
  { kind: 'foreign key', table: 'strike_records', name: 'strike_records_mention_id_fkey', definition: 'FOREIGN KEY (mention_id) REFERENCES place_mentions(id)' },
];

interface DeferredObject {
  kind: 'index' | 'foreign key';
  table: string;
  name: string;
  /** As pg_get_indexdef / pg_get_constraintdef print it, without schema names. */
  definition: string;
}

/**
 * Local files from which an import may set indexes and foreign keys aside (about 70,000 strike lines). Measured
 * on PGlite: loading without them saves about 1.4 s per 100,000 new lines, rebuilding them costs about 0.36 s
 * per 100,000 records in the ledger after the import; so it pays when the import is big enough for the saving
 * to be felt and, on a ledger that already holds records, adds at least about half as many again.
 */
export const BULK_LOAD_MIN_BYTES = 8 * 1024 * 1024;

/**
 * From how many bytes of local files an import into `db` sets indexes aside (see ImportOptions.bulkLoad), or
 * null when it may not.
 */
export async function bulkLoadFrom(db: Database, mode: 'auto' | 'always' | undefined): Promise<number | null> {
  if (!mode || db.kind !== 'pglite' || db.shared) return null;
  if (mode === 'always') return 0;
  // A stored record takes about four times the bytes of its release line (430 against 120): an eighth of the
  // table's bytes is about half its records again.
  const { rows } = await db.query<{ bytes: number }>(`SELECT pg_relation_size('strike_records') AS bytes`);
  return Math.max(BULK_LOAD_MIN_BYTES, (rows[0]?.bytes ?? 0) / 8);
}

/** Memory for rebuilding the indexes (64 MB by default): a few million records still sort without temporary files. */
const BUILD_MEMORY = '256MB';

/** What the catalog holds of the deferred objects: name → definition and whether it is valid. */
async function catalog(db: Queryable): Promise<Map<string, { definition: string; valid: boolean }>> {
  const { rows } = await db.query<{ name: string; definition: string; valid: boolean }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition, i.indisvalid AS valid
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid IN ('strike_records'::regclass, 'unparsed_lines'::regclass) AND NOT i.indisprimary
     UNION ALL
     SELECT conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint
     WHERE conrelid = 'strike_records'::regclass AND contype = 'f'`,
  );
  // Definitions name tables with their schema (always for indexes, outside the search path for references).
  return new Map(rows.map((row) => [row.name, { definition: row.definition.replace(/\b(ON|REFERENCES) (?:"[^"]+"|\w+)\./g, '$1 '), valid: row.valid }]));
}

/**
 * The deferred indexes and foreign keys as the catalog defines them, for tests: exactly DEFERRED's
 * definitions on a freshly migrated ledger.
 */
export async function deferredDefinitions(db: Queryable): Promise<{ expected: string[]; found: string[] }> {
  const found = await catalog(db);
  return {
    expected: DEFERRED.map((d) => `${d.name}: ${d.definition}`),
    found: DEFERRED.map((d) => `${d.name}: ${found.get(d.name)?.definition ?? '(missing)'}`),
  };
}

/**
 * Drops the deferred indexes and foreign keys, in one transaction, before a bulk load. Returns false, touching
 * nothing, when the catalog does not hold exactly the expected ones (a schema newer than this code, or a
 * ledger not yet restored), so that the import goes the ordinary way.
 */
export async function setAsideDeferredSchema(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const found = await catalog(tx);
    if (DEFERRED.some((d) => found.get(d.name)?.definition !== d.definition || !found.get(d.name)?.valid)) return false;
    for (const d of DEFERRED) {
      await tx.exec(d.kind === 'index' ? `DROP INDEX ${d.name}` : `ALTER TABLE ${d.table} DROP CONSTRAINT ${d.name}`);
    }
    return true;
  });
}

/**
 * Builds whichever deferred index or foreign key is missing (or left invalid), and validates the foreign keys
 * against the rows already there. Runs on every open, so a ledger whose bulk load was killed comes back whole;
 * when nothing is missing it costs one catalog query. Throws, naming the key and the row, when stored records
 * point at a release or mention that does not exist: the foreign key then stays in place unvalidated (it still
 * checks every new row) and each open says so again.
 */
export async function restoreDeferredSchema(db: Database): Promise<void> {
  const found = await catalog(db);
  const missing = DEFERRED.filter((d) => !found.has(d.name) || (d.kind === 'index' && !found.get(d.name)!.valid));
  if (missing.length > 0) {
    await db.transaction(async (tx) => {
      await tx.exec(`SET LOCAL maintenance_work_mem = '${BUILD_MEMORY}'`);
      for (const d of missing) {
        if (d.kind === 'index') await tx.exec(`DROP INDEX IF EXISTS ${d.name}; ${d.definition}`);
        else await tx.exec(`ALTER TABLE ${d.table} ADD CONSTRAINT ${d.name} ${d.definition} NOT VALID`);
      }
    });
  }
  const unchecked = DEFERRED.filter((d) => d.kind === 'foreign key' && (!found.has(d.name) || !found.get(d.name)!.valid));
  for (const d of unchecked) {
    try {
      await db.exec(`ALTER TABLE ${d.table} VALIDATE CONSTRAINT ${d.name}`);
    } catch (error) {
      const detail = (error as { detail?: string }).detail ?? (error as Error).message;
      throw new Error(`${db.location}: the ledger is inconsistent, foreign key ${d.name} cannot be restored: ${detail}`);
    }
  }
}
