import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The PostgreSQL server the suite may use; unset on a laptop without one. */
export const PG_URL = process.env.AIRLEDGER_TEST_PG_URL;

let skipNoted = false;
if (!PG_URL && !skipNoted) {
  skipNoted = true;
  console.log('PostgreSQL backend tests skipped: set AIRLEDGER_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them');
}

export interface Backend {
  name: 'pglite' | 'postgres';
  /** A fresh, empty ledger location for one test; `drop` removes it. */
  fresh(): Promise<{ spec: string; drop(): Promise<void> }>;
}

const pglite: Backend = {
  name: 'pglite',
  fresh: async () => ({ spec: 'memory://', drop: async () => undefined }),
};

/** Each test gets its own schema on the server, so tests never see each other's rows. */
const postgres: Backend = {
  name: 'postgres',
  async fresh() {
    const schema = `airledger_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = new URL(PG_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      spec: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      },
    };
  },
};

/** The backends this run can exercise: PGlite always, PostgreSQL when its URL is set. */
export const backends: Backend[] = PG_URL ? [pglite, postgres] : [pglite];
