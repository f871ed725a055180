import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/runCli.js';

const hugeCounts = new URL('../../test/fixtures/release-huge-counts.txt', import.meta.url).pathname;

describe('airledger review', () => {
  let dir: string;
  let db: string;
  let imported: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-review-'));
    db = join(dir, 'ledger');
    imported = await runCli('--db', db, 'import', hugeCounts);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a release with absurd counts with exit 0, listing the lines held for review and those not parsed', () => {
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n')[0]).toBe('1 release · 6 strike lines parsed (2 records) · 3 lines not parsed (listed) · 4 lines held for review (listed) · 0 places need review');
    expect(imported.out).toContain('release-huge-counts.txt:7: the count "2000000000" has more than 9 digits in "Near Mosul, 2000000000 airstrikes');
    expect(imported.out).toContain('release-huge-counts.txt:4: Mosul, 999,999,999 strikes');
  });

  it('lists the held lines, accepts one by id, and counts it from then on', async () => {
    const before = await runCli('--db', db, 'count', '--near', 'Ramadi', '--from', '2015-05-23', '--to', '2015-05-23');
    expect(before.out).toMatch(/^0 strikes in 0 records · Ramadi/);
    const listed = await runCli('--db', db, 'review', 'counts', '--format', 'json');
    const held = JSON.parse(listed.out) as Array<{ id: number; place_text: string; strikes: number }>;
    expect(held.map((h) => [h.place_text, h.strikes])).toEqual([['Mosul', 999_999_999], ['Ramadi', 999_999_999], ['Ramadi', 999_999_999], ['Hit', 201]]);
    for (const h of held.filter((h) => h.place_text === 'Ramadi')) {
      const accepted = await runCli('--db', db, 'review', 'accept', String(h.id));
      expect(accepted.out).toMatch(/^accepted .*release-huge-counts\.txt:[56]: Ramadi \(Iraq\), 999,999,999 strikes on 2015-05-23; it counts from now on\n$/);
    }
    const after = await runCli('--db', db, 'count', '--near', 'Ramadi', '--from', '2015-05-23', '--to', '2015-05-23');
    expect(after.code).toBe(0);
    expect(after.out).toMatch(/^1,999,999,998 strikes in 2 records · Ramadi/);
    const table = await runCli('--db', db, 'review', 'counts');
    expect(table.out).toContain('2 lines held for review; accept one with: npx airledger review accept ID');
  });

  it('exits 1 naming the id when no line is held under it, and 2 for an id that is not a number', async () => {
    expect(await runCli('--db', db, 'review', 'accept', '999')).toMatchObject({ code: 1, err: 'airledger: no line held for review with id 999\n' });
    expect((await runCli('--db', db, 'review', 'accept', 'x')).code).toBe(2);
  });
});
