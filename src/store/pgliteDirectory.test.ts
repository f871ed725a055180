import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from './ledger.js';
import { SCHEMA_VERSION } from './migrations.js';
import { pgliteTemplate } from './pgliteDirectory.js';

describe('new PGlite ledgers from a template', () => {
  let dir: string;
  const before = process.env.AIRLEDGER_CACHE_DIR;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-template-'));
    process.env.AIRLEDGER_CACHE_DIR = join(dir, 'cache');
  });
  afterAll(() => {
    if (before === undefined) delete process.env.AIRLEDGER_CACHE_DIR;
    else process.env.AIRLEDGER_CACHE_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the template once and copies it for each new ledger, which is then migrated to the current schema', async () => {
    for (const name of ['first', 'second']) {
      const ledger = await Ledger.open(join(dir, name));
      const { rows } = await ledger.db.query<{ version: number }>('SELECT max(version) AS version FROM airledger_schema');
      expect(rows[0]!.version).toBe(SCHEMA_VERSION);
      await ledger.close();
    }
    const template = await pgliteTemplate();
    expect(template).toBe(join(dir, 'cache', template!.split('/').pop()!));
    expect(existsSync(join(template!, 'PG_VERSION'))).toBe(true);
  });

  it('keeps the template free of AirLedger tables, so a migration added later still reaches ledgers copied from it', async () => {
    const template = (await pgliteTemplate())!;
    const copy = join(dir, 'inspect');
    const { cpSync } = await import('node:fs');
    cpSync(template, copy, { recursive: true });
    const db = await PGlite.create(copy);
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    await db.close();
    expect(rows[0]!.n).toBe(0);
  });
});
