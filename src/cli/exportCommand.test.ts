import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/runCli.js';

const releases = new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname;

describe('airledger export and restore', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-export-'));
    await runCli('--db', join(dir, 'ledger'), 'import', releases);
    expect((await runCli('--db', join(dir, 'ledger'), 'export', '--all', '--out', join(dir, 'ledger.jsonl'))).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an export edited by hand, exit 1, and restores it with --trust, warning', async () => {
    const edited = join(dir, 'edited.jsonl');
    writeFileSync(edited, readFileSync(join(dir, 'ledger.jsonl'), 'utf8').replace('"strikes":4', '"strikes":40'));
    const refused = await runCli('--db', join(dir, 'refused'), 'restore', edited);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`airledger: ${edited}: the rows do not match the export's checksum: the file was changed after it was exported; nothing restored; if you trust the file, restore it with --trust\n`);
    const trusted = await runCli('--db', join(dir, 'trusted'), 'restore', '--trust', edited);
    expect(trusted.code).toBe(0);
    expect(trusted.out).toMatch(/^restored [\d,]+ rows into /);
    expect(trusted.err).toBe(`airledger: ${edited}: restored with --trust although its rows do not match the export's checksum\n`);
    const restored = await runCli('--db', join(dir, 'trusted'), 'count', '--from', '2015-05-23', '--to', '2015-05-23');
    expect(restored.out).toMatch(/^44 strikes in 4 records/);
  });

  it('restores an untouched export without a word about its checksum', async () => {
    const result = await runCli('--db', join(dir, 'clean'), 'restore', join(dir, 'ledger.jsonl'));
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
  });
});
