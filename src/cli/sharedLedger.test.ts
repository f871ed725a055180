import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';
import { readFrames, sendFrame } from '../store/channelFrames.js';
import { readChannel } from '../store/sharedLedger.js';

const repo = new URL('../../', import.meta.url).pathname;
const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;

/** `airledger serve` on the folder in its own process, as `npm start` runs it; resolves once it shares the ledger. */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-child.ts', '--db', db, 'serve', '--port', '0'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes('run through this server')) resolve({ url, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
}

describe('CLI commands on a PGlite folder that serve holds', () => {
  let dir: string;
  let db: string;
  let server: { url: string; child: ChildProcess };
  const alone: Record<string, string> = {};
  const reads = {
    count: ['count', '--near', 'Palmyra', '--by', 'day'],
    strikes: ['strikes', '--format', 'csv'],
    check: ['check', 'On 23 May 2015 the coalition conducted one strike near Tadmur.'],
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-shared-'));
    db = join(dir, 'ledger');
    expect((await run('--db', db, 'import', `${fixtures}ledger/releases`)).code).toBe(0);
    for (const [name, args] of Object.entries(reads)) alone[name] = (await run('--db', db, ...args)).out;
    server = await startServer(db);
  }, 120_000);

  afterAll(async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers reads through the server with the same output as alone', async () => {
    for (const [name, args] of Object.entries(reads)) {
      const result = await run('--db', db, ...args);
      expect(result.err, name).toBe('');
      expect(result.out, name).toBe(alone[name]);
    }
  });

  it('imports through the server, which serves the new records at once', async () => {
    const result = await run('--db', db, 'import', `${fixtures}release-2016-strikes-in.txt`);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe('1 release · 5 strike lines parsed (5 records) · 0 lines not parsed · 0 places need review');
    const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { releases: number; records: number };
    expect(stats).toMatchObject({ releases: 3, records: 13 });
    expect((await run('--db', db, 'strikes', '--from', '2016-01-01')).out).toContain('5 records');
  });

  it('opens the channel to the folder’s owner only: 0600 files, and a token a stranger lacks', async () => {
    const channel = readChannel(db)!;
    expect(statSync(channel.socket).mode & 0o777).toBe(0o600);
    expect(statSync(join(db, 'airledger.channel')).mode & 0o777).toBe(0o600);
    const answer = await new Promise<unknown>((resolve, reject) => {
      const socket = connect(channel.socket, () => sendFrame(socket, { id: 1, op: 'hello', token: 'guessed' }));
      readFrames(socket, resolve);
      socket.once('error', reject);
    });
    expect(answer).toMatchObject({ id: 1, ok: false, error: { message: 'ledger channel: wrong token' } });
  });

  it('removes the channel when the server stops, and the folder is a command’s alone again', async () => {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    expect(existsSync(join(db, 'airledger.channel'))).toBe(false);
    expect(existsSync(join(db, 'airledger.sock'))).toBe(false);
    const result = await run('--db', db, 'count', '--near', 'Palmyra');
    expect(result.code).toBe(0);
    expect(result.out).toContain('3 strikes in 2 records · Palmyra');
  });
});
