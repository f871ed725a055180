import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { deferredDefinitions, restoreDeferredSchema, setAsideDeferredSchema } from './bulkLoad.js';
import { Ledger } from './ledger.js';

const fixtures = new URL('../../test/fixtures/ledger/', import.meta.url).pathname;

describe.each(backends)('the indexes a bulk load sets aside, on $name', (backend) => {
  it('are exactly the ones the migrations create', async () => {
    const fresh = await backend.fresh();
    const ledger = await Ledger.open(fresh.spec);
    try {
      const { expected, found } = await deferredDefinitions(ledger.db);
      expect(found).toEqual(expected);
    } finally {
      await ledger.close();
      await fresh.drop();
    }
  });
});

describe('a bulk load into a PGlite directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-bulkload-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('that died with its indexes set aside leaves a ledger that reopens with them rebuilt and its records intact', async () => {
    const spec = join(dir, 'db');
    let ledger = await Ledger.open(spec);
    await ledger.importSources([`${fixtures}releases`]);
    // What a process killed in the middle of a bulk load leaves behind.
    expect(await setAsideDeferredSchema(ledger.db)).toBe(true);
    await ledger.importSources([`${fixtures}other/scraper.csv`]);
    const missing = await deferredDefinitions(ledger.db);
    expect(missing.found.every((d) => d.endsWith('(missing)'))).toBe(true);
    await ledger.close();

    ledger = await Ledger.open(spec);
    try {
      const { expected, found } = await deferredDefinitions(ledger.db);
      expect(found).toEqual(expected);
      expect(await ledger.stats()).toMatchObject({ releases: 4, records: 11 });
      expect((await ledger.strikes({ from: '2015-06-01', to: '2015-06-01' })).map((r) => r.placeText)).toEqual(['Tadmur', 'Ramadi']);
    } finally {
      await ledger.close();
    }
  });

  it('refuses, naming the key and the row, to restore a foreign key that stored records break', async () => {
    const spec = join(dir, 'db');
    const ledger = await Ledger.open(spec);
    try {
      await ledger.importSources([`${fixtures}releases`]);
      await setAsideDeferredSchema(ledger.db);
      const { rows } = await ledger.db.query<{ mention_id: number }>('SELECT mention_id FROM strike_records LIMIT 1');
      await ledger.db.query(
        `INSERT INTO strike_records (release_id, date, mention_id, relation, strikes, effects, targets, line_no, raw_line)
         VALUES (424242, '2015-05-23', $1, 'near', 1, '', '[]', 1, 'a record whose release is gone')`,
        [rows[0]!.mention_id],
      );
      await expect(restoreDeferredSchema(ledger.db)).rejects.toThrow(/inconsistent, foreign key strike_records_release_id_fkey cannot be restored: Key \(release_id\)=\(424242\) is not present/);
    } finally {
      await ledger.close();
    }
    // Every later open says so again rather than serving a ledger whose records point at nothing.
    await expect(Ledger.open(spec)).rejects.toThrow(/inconsistent.*424242/);
  });

  it('is not used with --replace, so a replaced day keeps no record of its old release', async () => {
    const ledger = await Ledger.open(join(dir, 'db'));
    try {
      await ledger.importSources([`${fixtures}releases`], { bulkLoad: 'always' });
      const summary = await ledger.importSources([`${fixtures}other/2015-05-24-corrected.txt`], { replace: true, bulkLoad: 'always' });
      expect(summary.files[0]!.status).toBe('replaced');
      const day = await ledger.strikes({ from: '2015-05-24', to: '2015-05-24' });
      expect(day.map((r) => [r.placeText, r.strikes])).toEqual([['Palmyra', 3], ['Sinjar', 3]]);
      expect((await ledger.stats()).records).toBe(6);
    } finally {
      await ledger.close();
    }
  });
});
