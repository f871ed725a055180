import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';
import { Ledger } from '../store/index.js';
import { serve } from './index.js';
import { removeStaleUploads } from './uploadStaging.js';

const release = 'Military airstrikes continue\nMay 23, 2015\nIraq\n- Near Mosul, one airstrike struck an ISIL tactical unit.\n';
const DAY = 24 * 60 * 60 * 1000;

describe('upload staging folders', () => {
  let root: string;
  let savedTmp: string | undefined;
  const staging = () => readdirSync(root).filter((n) => n.startsWith('airledger-upload-'));
  /** A staging folder with a file in it, last changed `ageMs` ago. */
  const leftBehind = (name: string, ageMs: number) => {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, '1-release.txt'), release);
    const when = new Date(Date.now() - ageMs);
    utimesSync(dir, when, when);
    return dir;
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'airledger-staging-test-'));
    savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = root;
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(root, { recursive: true, force: true });
  });

  it('removes those a killed server left (older than a day, ours), and leaves newer ones and others', async () => {
    leftBehind('airledger-upload-old', 2 * DAY);
    leftBehind('airledger-upload-fresh', 60_000);
    leftBehind('someone-else-old', 2 * DAY);
    const foreign = leftBehind('airledger-upload-foreign', 2 * DAY);
    const runningAsRoot = process.getuid?.() === 0;
    if (runningAsRoot) chownSync(foreign, 54_321, 54_321);
    expect(await removeStaleUploads(root)).toBe(runningAsRoot ? 1 : 2);
    expect(staging().sort()).toEqual(runningAsRoot ? ['airledger-upload-foreign', 'airledger-upload-fresh'] : ['airledger-upload-fresh']);
    expect(readdirSync(root)).toContain('someone-else-old');
  });

  it('are cleaned when the server starts', async () => {
    leftBehind('airledger-upload-AbC123', 3 * DAY);
    const ledger = await Ledger.open('memory://');
    const server = await serve(ledger, 0);
    try {
      expect(staging()).toEqual([]);
    } finally {
      await server.close();
      await ledger.close();
    }
  });

  describe.each(backends)('around an import request on $name', (backend) => {
    let fx: Awaited<ReturnType<typeof workbenchFixture>>;
    beforeEach(async () => {
      fx = await workbenchFixture(backend);
    });
    afterEach(() => fx.close());

    const upload = (editor: Awaited<ReturnType<typeof fx.browserAs>>, path: string, name = '2015-05-23.txt') => editor.csrfToken().then((token) => {
      const form = new FormData();
      form.append('files', new File([release], name));
      form.append('files', new File([release.replace('Mosul', 'Hit')], `other-${name}`));
      return editor.request(path, { method: 'POST', headers: { 'x-csrf-token': token }, body: form });
    });

    it('are gone after an import, a streamed import, a refused upload and an import that fails', async () => {
      const editor = await fx.browserAs('editor');
      expect((await upload(editor, '/api/import')).status).toBe(200);
      expect(staging()).toEqual([]);
      const streamed = await upload(editor, '/api/import?stream=1&replace=1');
      expect(await streamed.text()).toContain('summaryText');
      expect(staging()).toEqual([]);
      expect((await upload(editor, '/api/import', 'tool.exe')).status).toBe(415);
      expect(staging()).toEqual([]);

      fx.ledger.importSources = async () => {
        expect(staging()).toHaveLength(1);
        throw new Error('the disk is full');
      };
      expect((await upload(editor, '/api/import')).status).toBe(500);
      expect(staging()).toEqual([]);
      const failedStream = await upload(editor, '/api/import?stream=1');
      expect(await failedStream.text()).toContain('"error":"import failed"');
      expect(staging()).toEqual([]);
      expect((await editor.send('POST', '/api/import', { text: release, name: 'pasted.txt' })).status).toBe(500);
      expect(staging()).toEqual([]);
    });
  });
});
