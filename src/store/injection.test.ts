import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { checkClaim, claimDepsFor } from '../claims/index.js';
import { Ledger } from './ledger.js';

// Hostile text in every library-level query parameter: it must be stored and matched literally, and
// every table must still be there afterwards. (The HTTP layer has its own tests.)
const HOSTILE = [
  `'); DROP TABLE releases; --`,
  `x' OR '1'='1`,
  `$1`,
  `"; DELETE FROM strike_records; --`,
  `\\'; TRUNCATE places CASCADE; --`,
  `Robert'); DROP TABLE strike_records;--`,
];
const TABLES = ['places', 'place_names', 'place_mentions', 'releases', 'strike_records', 'unparsed_lines', 'control_periods', 'control_events'];

describe.each(backends)('hostile text in query parameters on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'airledger-injection-'));
    const fresh = await backend.fresh();
    drop = fresh.drop;
    ledger = await Ledger.open(fresh.spec);
    const release = [
      `Military airstrikes continue against ISIL terrorists in Syria and Iraq ${HOSTILE[0]}`,
      'May 23, 2015',
      '',
      'Syria',
      '- Near Tadmur, one airstrike destroyed an ISIL artillery piece.',
      ...HOSTILE.map((h, i) => `- Near Al${h.replace(/,/g, ';')}, ${i + 2} airstrikes struck an ISIL tactical unit ${h}.`),
      `This line $1 $2 \\N \\. ${HOSTILE[0]} does not parse`,
    ].join('\n');
    writeFileSync(join(work, 'hostile.txt'), release);
    const summary = await ledger.importSources([join(work, 'hostile.txt')]);
    expect(summary.failed).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await ledger.close();
    await drop();
    rmSync(work, { recursive: true, force: true });
  });

  async function expectTablesIntact(): Promise<void> {
    for (const table of TABLES) {
      const { rows } = await ledger.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]!.n, table).toBeGreaterThanOrEqual(0);
    }
    expect((await ledger.stats()).records).toBe(1 + HOSTILE.length);
  }

  it('stores release lines holding SQL exactly as written', async () => {
    const rows = await ledger.strikes({});
    expect(rows.map((r) => r.rawLine)).toEqual(expect.arrayContaining(HOSTILE.map((h, i) => `- Near Al${h.replace(/,/g, ';')}, ${i + 2} airstrikes struck an ISIL tactical unit ${h}.`)));
    const { rows: unparsed } = await ledger.db.query<{ raw_line: string }>('SELECT raw_line FROM unparsed_lines');
    expect(unparsed.map((u) => u.raw_line)).toContain(`This line $1 $2 \\N \\. ${HOSTILE[0]} does not parse`);
    const { rows: releases } = await ledger.db.query<{ title: string }>('SELECT title FROM releases');
    expect(releases[0]!.title).toContain(HOSTILE[0]);
    await expectTablesIntact();
  });

  it('matches strike filters literally: a hostile place key or country selects nothing', async () => {
    for (const h of HOSTILE) {
      expect(await ledger.strikes({ placeKey: h })).toEqual([]);
      expect(await ledger.strikes({ countryCode: h })).toEqual([]);
      expect(await ledger.countStrikes({ placeKey: h, countryCode: h })).toEqual({ strikes: 0, records: 0 });
      // Days go to the store unchecked: a hostile one is refused by the date cast, never run as SQL.
      await expect(ledger.strikes({ from: h })).rejects.toThrow(/date/i);
      await expect(ledger.strikes({ to: `2015-05-23${h}` })).rejects.toThrow(/date/i);
    }
    await expect(ledger.findStrikes({ near: HOSTILE[0] })).rejects.toThrow(/no place called/);
    await expect(ledger.findStrikes({ country: HOSTILE[1] })).rejects.toThrow(/unknown country/);
    await expectTablesIntact();
  });

  it('keeps hostile place names as names: aliases, pins and lookups', async () => {
    const palmyra = (await ledger.knownPlace('Palmyra'))!;
    for (const h of HOSTILE) {
      expect(await ledger.knownPlace(h)).toBeNull();
      await ledger.places.addAlias(h, palmyra.key);
    }
    await expect(ledger.places.addAlias('Tadmor', HOSTILE[0]!)).rejects.toThrow(/no place with key/);
    const { place } = await ledger.places.pin(HOSTILE[5]!, 34.5, 38.3, 'SY');
    const { rows } = await ledger.db.query<{ name: string }>('SELECT name FROM places WHERE key = $1', [place.key]);
    expect(rows[0]!.name).toBe(HOSTILE[5]);
    const { rows: names } = await ledger.db.query<{ name: string }>('SELECT name FROM place_names ORDER BY id');
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(HOSTILE));
    await expectTablesIntact();
  });

  it('checks hostile claim sentences without running them', async () => {
    const deps = await claimDepsFor(ledger, '2025-06-01');
    for (const h of HOSTILE) {
      const result = await checkClaim(`OIR launched 3 airstrikes near ${h} in May 2015 ${h}`, deps);
      expect(result).toBeDefined();
      await checkClaim(h, deps);
    }
    await expectTablesIntact();
  });

  it('stores control CSV fields holding SQL as text, and refuses a hostile place name', async () => {
    const csv = [
      'place,holder,from,to,note,source',
      ...HOSTILE.map((h, i) => `Palmyra,"${h.replace(/"/g, '""')}",2001-0${(i % 9) + 1}-0${(i % 9) + 1},,"${h.replace(/"/g, '""')}","${h.replace(/"/g, '""')}"`),
    ].join('\n');
    const stored = await ledger.importControl(csv, 'hostile.csv');
    expect(stored).toEqual({ ok: true, periods: HOSTILE.length, events: 0 });
    const timeline = await ledger.controlTimeline();
    expect(timeline.periods.map((p) => p.holder)).toEqual(expect.arrayContaining(HOSTILE));
    expect(timeline.periods.map((p) => p.note)).toEqual(expect.arrayContaining(HOSTILE));
    const refused = await ledger.importControl(`place,holder,from,to,note,source\n"Nowhere'); DROP TABLE control_periods; --",IS,2015-05-20,,,\n`, 'bad.csv');
    expect(refused).toMatchObject({ ok: false, problems: [{ message: `bad.csv:2: unknown place "Nowhere'); DROP TABLE control_periods; --"` }] });
    expect(await ledger.controlTimeline([HOSTILE[1]!])).toMatchObject({ periods: [], events: [] });
    await expectTablesIntact();
  });
});
