import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process, as a user would call it, and returns what it printed and its exit code. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), stderr: new PassThrough(), isTTY: false, exitCode: 0 };
  const code = await main(argv, io);
  return { code, out, err };
}
