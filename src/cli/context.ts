import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
// Leaf modules only: every command file imports this one, and `--help` must not wait for the ledger's code.
import { parseDay } from '../analysis/days.js';
import { DEFAULT_LEDGER } from '../store/location.js';
import type { Ledger } from '../store/ledger.js';

/** Where the CLI writes, and the exit code it ends with; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
  exitCode: number;
}

/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stderr: process.stderr,
    isTTY: Boolean(process.stderr.isTTY),
    exitCode: 0,
  };
}

/** The ledger named by `--db`, `AIRLEDGER_DB`, or the default directory. */
export function ledgerSpec(command: Command): string {
  const globals = command.optsWithGlobals<{ db?: string }>();
  return globals.db ?? process.env.AIRLEDGER_DB ?? DEFAULT_LEDGER;
}

/** True when `spec` names a ledger that exists: a server URL, or a directory PGlite has initialised. */
export function ledgerExists(spec: string): boolean {
  if (/^postgres(ql)?:\/\//.test(spec)) return true;
  return spec !== 'memory://' && spec !== '' && existsSync(join(spec, 'PG_VERSION'));
}

/** PGlite's buffer cache for a command that reads or writes a little (see OpenOptions.cacheMb). */
const SHORT_COMMAND_CACHE_MB = 16;

/**
 * Opens the ledger for one command and always closes it. `bulk`: the command loads many rows (import,
 * restore) and gets PGlite's full buffer cache; others a small one, which keeps a cold run light.
 */
export async function withLedger<T>(command: Command, fn: (ledger: Ledger) => Promise<T>, { bulk = false } = {}): Promise<T> {
  const { Ledger } = await import('../store/ledger.js');
  const ledger = await Ledger.open(ledgerSpec(command), bulk ? {} : { cacheMb: SHORT_COMMAND_CACHE_MB });
  try {
    return await fn(ledger);
  } finally {
    await ledger.close();
  }
}

/** Parses a number option, refusing text that is not one. */
export function numberOption(name: string, value: string | undefined, { min = -Infinity, max = Infinity } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name}: expected a number${Number.isFinite(min) ? ` from ${min}` : ''}${Number.isFinite(max) ? ` to ${max}` : ''}, got "${value}"`);
  return n;
}

/** Parses an ISO day option (`2015-05-20`), refusing impossible dates. */
export function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDay(value);
  if (!parsed.ok) throw new UsageError(`${name}: ${parsed.reason}`);
  return parsed.day;
}
