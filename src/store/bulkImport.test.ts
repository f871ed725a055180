import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.js';
import { backends } from '../../test/support/backends.js';
import type { Queryable } from './db.js';
import type { ImportOptions, ImportSummary } from './importReleases.js';
import { Ledger } from './ledger.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;

// A folder that exercises every outcome: releases in each style, CSV, HTML, unparsed lines, a line holding a tab
// and backslashes, a file that is not UTF-8, one with no strike, a README, the same content twice and a
// second release for a stored day.
let work: string;
let folder: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'airledger-bulk-'));
  folder = join(work, 'in');
  generateCorpus(join(folder, 'generated'), 1_200, 40);
  writeFileSync(join(folder, 'generated', '000003.txt'), `${releaseWithOddLine()}`);
  writeFileSync(join(folder, 'generated', '000005.txt'), 'Military airstrikes continue\nAugust 13, 2014\n\nSyria\n- Near Kobani, two airstrikes struck an ISIL tactical unit.\nAdditionally, coalition aircraft damaged an ISIL bridge somewhere in the valley.\n');
  mkdirSync(join(folder, 'styles'));
  for (const name of ['release-2014-prose.txt', 'release-2015-bullets.txt', 'release-html-li.html', 'release-html-p-br.html', 'scraper-layout.csv', 'release-glued-lines.txt']) {
    copyFileSync(join(fixtures, name), join(folder, 'styles', name));
  }
  for (const name of ['latin1.txt', 'no-strikes.txt', '2015-05-24-corrected.txt']) copyFileSync(join(fixtures, 'ledger/other', name), join(folder, 'styles', `z-${name}`));
  copyFileSync(join(folder, 'generated', '000010.txt'), join(folder, 'styles', 'y-same-content.txt'));
  writeFileSync(join(folder, 'styles', 'README.md'), 'not a release\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function releaseWithOddLine(): string {
  return 'Military airstrikes continue\nAugust 11, 2014\n\nIraq\n- Near Mosul, two airstrikes struck an ISIL\ttactical unit and a \\\\ marked C:\\bunker.\n';
}

/** Every stored row of the tables an import writes, in id order, as comparable values. */
async function storedRows(db: Queryable): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    releases: 'SELECT id, issuer, report_date, source_uri, content_hash, format, title, line_count FROM releases ORDER BY id',
    strike_records: 'SELECT id, release_id, date, mention_id, relation, strikes, effects, targets::text AS targets, line_no, raw_line FROM strike_records ORDER BY id',
    unparsed_lines: 'SELECT * FROM unparsed_lines ORDER BY id',
    place_mentions: 'SELECT * FROM place_mentions ORDER BY id',
    places: 'SELECT * FROM places ORDER BY id',
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(tables)) out[table] = (await db.query(sql)).rows;
  return out;
}

describe.each(backends)('an import through the parse worker and bulk load on $name', (backend) => {
  async function importInto(options: ImportOptions): Promise<{ summary: ImportSummary; rows: Record<string, unknown[]> }> {
    const fresh = await backend.fresh();
    const ledger = await Ledger.open(fresh.spec);
    try {
      const summary = await ledger.importSources([folder], options);
      return { summary, rows: await storedRows(ledger.db) };
    } finally {
      await ledger.close();
      await fresh.drop();
    }
  }

  it('stores exactly the records, lines and places an ordinary import stores, and reports every file the same way', async () => {
    const ordinary = await importInto({ parseWorker: 'never' });
    const fast = await importInto({ parseWorker: 'always', bulkLoad: 'always' });
    expect(fast.summary).toEqual(ordinary.summary);
    expect(fast.rows).toEqual(ordinary.rows);

    const byName = (end: string) => ordinary.summary.files.find((f) => f.uri.endsWith(end))!;
    expect(byName('z-latin1.txt')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/line 6: not UTF-8/) });
    expect(byName('z-no-strikes.txt')).toMatchObject({ status: 'failed' });
    expect(byName('z-2015-05-24-corrected.txt')).toMatchObject({ status: 'conflict', conflictDays: ['2015-05-24'] });
    expect(byName('y-same-content.txt')).toMatchObject({ status: 'duplicate' });
    expect(byName('README.md')).toMatchObject({ status: 'skipped' });
    expect(byName('000005.txt').unparsed.map((u) => u.lineNo)).toEqual([6]);
    expect(ordinary.summary.strikeRecords).toBe(ordinary.rows.strike_records!.length);
    expect(ordinary.summary.unparsedLines.length).toBe(ordinary.rows.unparsed_lines!.length);
  });

  it('keeps a release line holding a tab and backslashes exactly as written', async () => {
    const { rows } = await importInto({ parseWorker: 'always', bulkLoad: 'always' });
    const odd = (rows.strike_records as Array<{ raw_line: string }>).find((r) => r.raw_line.includes('Mosul, two airstrikes struck an ISIL\t'));
    expect(odd?.raw_line).toBe(releaseWithOddLine().split('\n')[4]);
  });
});
