import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Backend } from '../../test/support/backends.js';
import { exportLedger } from './exportLedger.js';
import { Ledger } from './ledger.js';
import { LoginFailures } from './loginFailures.js';
import { SCHEMA_VERSION } from './migrations.js';
import { ExportChecksumError, restoreLedger, RestoreError } from './restoreLedger.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
// beside the repository, as CI and the developers have it
const SHARED_CORPUS = new URL('../../../shared/data/oir/releases', import.meta.url).pathname;
// The shared corpus when this machine has it, the small fixture ledger otherwise.
const corpus = existsSync(SHARED_CORPUS) ? SHARED_CORPUS : `${fixtures}ledger/releases`;

/** Everything an export of `ledger` writes, as one string. */
async function exported(ledger: Ledger, pageSize?: number): Promise<string> {
  let out = '';
  await exportLedger(ledger.db, (chunk) => void (out += chunk), { pageSize, now: () => new Date('2025-01-01T00:00:00Z') });
  return out;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.split('\n')) yield line;
}

/** A ledger with rows in every kind of table, including the workbench's users, sessions and analyses. */
async function fillLedger(ledger: Ledger): Promise<void> {
  await ledger.importSources([corpus]);
  expect((await ledger.importControl(readFileSync(`${fixtures}control-palmyra.csv`, 'utf8'), 'control-palmyra.csv')).ok).toBe(true);
  await ledger.places.addAlias('Tadmor Oasis', (await ledger.knownPlace('Palmyra'))!.key);
  const { rows } = await ledger.db.query<{ id: number }>(
    `INSERT INTO users (email, password_hash, role) VALUES ('ed@example.org', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 'editor') RETURNING id`,
  );
  await ledger.db.query(`INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ('deadbeef', $1, 'csrf', now() + interval '1 day')`, [rows[0]!.id]);
  await new LoginFailures(ledger.db).reserve('ed@example.org\u0000127.0.0.1', Date.now(), Date.now() - 60_000, 5, Date.now() - 60_000);
  await ledger.db.query(
    `INSERT INTO analyses (slug, title, body_md, author_id, date, tags, published_at) VALUES ('palmyra-2015', 'Palmyra', '# Palmyra\n\n"quoted"\ttab', $1, '2015-05-20', '{"a b",c}', '2025-03-04T05:06:07.123456Z')`,
    [rows[0]!.id],
  );
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt":"[^"]*"/, '"exportedAt":"…"');

describe.each(backends)('export and restore on $name', (backend) => {
  let source: Ledger;
  let dropSource: () => Promise<void>;
  let first: string;

  beforeAll(async () => {
    const fresh = await backend.fresh();
    dropSource = fresh.drop;
    source = await Ledger.open(fresh.spec);
    await fillLedger(source);
    first = await exported(source);
  }, 120_000);
  afterAll(async () => {
    await source.close();
    await dropSource();
  });

  async function withFresh<T>(target: Backend, fn: (ledger: Ledger) => Promise<T>): Promise<T> {
    const fresh = await target.fresh();
    const ledger = await Ledger.open(fresh.spec);
    try {
      return await fn(ledger);
    } finally {
      await ledger.close();
      await fresh.drop();
    }
  }

  it('writes a header, every table but the ephemeral ones, and an end line with the counts', () => {
    const lines = first.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; row?: Record<string, unknown>; rows?: Record<string, number> });
    expect(lines[0]).toMatchObject({ type: 'airledger-export', schemaVersion: SCHEMA_VERSION });
    const tables = (lines[0] as unknown as { tables: string[] }).tables;
    expect(tables.slice(0, 8)).toEqual(['places', 'place_names', 'place_mentions', 'releases', 'strike_records', 'unparsed_lines', 'control_periods', 'control_events']);
    expect(tables).toEqual(expect.arrayContaining(['users', 'analyses']));
    expect(tables).not.toContain('sessions');
    expect(tables).not.toContain('login_attempts');
    expect(tables.indexOf('users')).toBeLessThan(tables.indexOf('analyses'));
    const end = lines.at(-1)!;
    expect(end.type).toBe('airledger-export-end');
    expect(end.rows!.strike_records).toBe(lines.filter((l) => l.type === 'strike_records').length);
    expect(end.rows!.strike_records).toBeGreaterThan(0);
    const analysis = lines.find((l) => l.type === 'analyses')!.row!;
    expect(analysis).toMatchObject({ tags: '{"a b",c}', date: '2015-05-20', published_at: '2025-03-04T05:06:07.123456Z' });
  });

  it('restores into an empty ledger so that exporting it again gives the same bytes', async () => {
    await withFresh(backend, async (target) => {
      const summary = await restoreLedger(target.db, linesOf(first), { sourceName: 'ledger.jsonl' });
      expect(summary.rows.releases).toBe((await source.stats()).releases);
      expect(withoutExportedAt(await exported(target))).toBe(withoutExportedAt(first));
      expect(await target.strikes({ from: '2015-05-23', to: '2015-05-23' })).toEqual(await source.strikes({ from: '2015-05-23', to: '2015-05-23' }));
    });
  });

  it('pages through tables without changing a byte', async () => {
    expect(withoutExportedAt(await exported(source, 7))).toBe(withoutExportedAt(first));
  });

  it('moves every sequence past the restored ids, so new rows do not collide', async () => {
    await withFresh(backend, async (target) => {
      await restoreLedger(target.db, linesOf(first));
      const before = await target.stats();
      const summary = await target.importSources([`${fixtures}release-2016-strikes-in.txt`]);
      expect(summary.failed).toBe(0);
      expect((await target.stats()).records).toBeGreaterThan(before.records);
      await target.db.query(`INSERT INTO control_events (place_key, name, kind, from_day) VALUES ('x', 'y', 'capture', '2016-01-01')`);
      await target.db.query(`INSERT INTO users (email, password_hash, role) VALUES ('new@example.org', '$argon2id$x', 'viewer')`);
    });
  });

  it('refuses a ledger that is not empty, storing nothing', async () => {
    await expect(restoreLedger(source.db, linesOf(first))).rejects.toThrow(/the ledger is not empty \(places: \d+ rows.*restore only into an empty ledger/);
  });

  it('refuses an export written by a newer schema', async () => {
    const newer = first.replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION + 1}`);
    await withFresh(backend, async (target) => {
      await expect(restoreLedger(target.db, linesOf(newer), { sourceName: 'new.jsonl' })).rejects.toThrow(/new\.jsonl:1: .*newer than this AirLedger understands/);
    });
  });

  it('names the line of a bad row and stores nothing', async () => {
    const lines = first.split('\n');
    const bad = [
      { at: 5, text: '{"type":"places","row":', why: /f\.jsonl:5: not JSON/ },
      { at: 5, text: '{"type":"bunkers","row":{}}', why: /f\.jsonl:5: unknown table "bunkers"/ },
      { at: 5, text: '{"type":"places","row":{"id":99999,"nope":1}}', why: /f\.jsonl:5: places has no column "nope"/ },
      { at: 5, text: '{"type":"places","row":{"id":99999,"key":{"a":1}}}', why: /f\.jsonl:5: places\.key: expected a text value/ },
    ];
    await withFresh(backend, async (target) => {
      for (const { at, text, why } of bad) {
        const broken = [...lines.slice(0, at - 1), text, ...lines.slice(at - 1)].join('\n');
        await expect(restoreLedger(target.db, linesOf(broken), { sourceName: 'f.jsonl' })).rejects.toThrow(why);
      }
      const duplicateId = [...lines.slice(0, 2), lines[1]!, ...lines.slice(2)].join('\n');
      await expect(restoreLedger(target.db, linesOf(duplicateId), { sourceName: 'f.jsonl' })).rejects.toThrow(/f\.jsonl:2-\d+: places rows not stored/);
      expect((await target.stats()).records).toBe(0);
    });
  });

  it('refuses a file cut short, storing nothing', async () => {
    const lines = first.trimEnd().split('\n');
    await withFresh(backend, async (target) => {
      await expect(restoreLedger(target.db, linesOf(lines.slice(0, -1).join('\n')), { sourceName: 'cut.jsonl' })).rejects.toThrow(RestoreError);
      await expect(restoreLedger(target.db, linesOf(lines.slice(0, -1).join('\n')), { sourceName: 'cut.jsonl' })).rejects.toThrow(/no end line.*cut short/);
      const dropped = [...lines.slice(0, -2), lines.at(-1)!].join('\n');
      await expect(restoreLedger(target.db, linesOf(dropped), { sourceName: 'cut.jsonl' })).rejects.toThrow(/analyses: the end line counts 1 rows, the file holds 0/);
      expect((await target.stats()).releases).toBe(0);
    });
  });

  it('ends with the SHA-256 of the row lines, so that two exports of one ledger end alike', async () => {
    const lines = first.trimEnd().split('\n');
    const end = JSON.parse(lines.at(-1)!) as { sha256: string };
    expect(end.sha256).toBe(createHash('sha256').update(lines.slice(1, -1).map((l) => `${l}\n`).join('')).digest('hex'));
    expect(JSON.parse((await exported(source, 7)).trimEnd().split('\n').at(-1)!)).toEqual(JSON.parse(lines.at(-1)!));
  });

  it('refuses a file edited by hand, or without a checksum, storing nothing, unless told to trust it', async () => {
    const edited = first.replace(/"place_text":"Tadmur"/, '"place_text":"Tadmor"');
    expect(edited).not.toBe(first);
    const unsigned = first.replace(/,"sha256":"[0-9a-f]{64}"\}/, '}');
    expect(unsigned).not.toBe(first);
    await withFresh(backend, async (target) => {
      await expect(restoreLedger(target.db, linesOf(edited), { sourceName: 'e.jsonl' })).rejects.toThrow(ExportChecksumError);
      await expect(restoreLedger(target.db, linesOf(edited), { sourceName: 'e.jsonl' })).rejects.toThrow(
        "e.jsonl: the rows do not match the export's checksum: the file was changed after it was exported; nothing restored");
      await expect(restoreLedger(target.db, linesOf(unsigned), { sourceName: 'u.jsonl' })).rejects.toThrow(
        'u.jsonl: the end line carries no checksum (an export older than checksums, or edited); nothing restored');
      expect((await target.stats()).releases).toBe(0);
      expect((await restoreLedger(target.db, linesOf(edited), { trust: true })).checksum).toBe('mismatch');
      expect((await target.db.query('SELECT 1 FROM place_mentions WHERE place_text = $1', ['Tadmor'])).rows).toHaveLength(1);
    });
    await withFresh(backend, async (target) => {
      expect((await restoreLedger(target.db, linesOf(first.replace(/\n/g, '\r\n')))).checksum).toBe('verified');
    });
  });

  it.runIf(backend.name === 'pglite' && backends.length > 1)('round-trips from PGlite to PostgreSQL and back to the same bytes', async () => {
    const postgres = backends.find((b) => b.name === 'postgres')!;
    await withFresh(postgres, async (target) => {
      await restoreLedger(target.db, linesOf(first));
      const fromPostgres = await exported(target);
      expect(withoutExportedAt(fromPostgres)).toBe(withoutExportedAt(first));
      await withFresh(backend, async (back) => {
        await restoreLedger(back.db, linesOf(fromPostgres));
        expect(withoutExportedAt(await exported(back))).toBe(withoutExportedAt(first));
      });
    });
  });
});
