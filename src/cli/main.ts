import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { SchemaTooNewError } from '../store/migrations.js';
import { processIo, UsageError, type Io } from './context.js';
import { registerImport } from './importCommand.js';
import { registerPlaces } from './placesCommand.js';
import { registerStrikes } from './strikesCommand.js';
import { registerServe } from './serveCommand.js';
import { registerCount } from './countCommand.js';
import { registerCheck } from './checkCommand.js';
import { registerControl } from './controlCommand.js';
import { registerUsers } from './usersCommand.js';
import { registerPublish } from './publishCommand.js';
import { registerExport } from './exportCommand.js';
import { registerReleases } from './releasesCommand.js';
import { registerReview } from './reviewCommand.js';

/** Builds the command tree; every command writes through `io`. */
export function buildProgram(io: Io): Command {
  const program = new Command('airledger')
    .description('Declared air strikes as an exact, checkable ledger')
    .version(version(), '-V, --version', 'print the version of AirLedger')
    .option('--db <dir|url>', 'ledger: a PGlite data directory or a postgres:// URL (env AIRLEDGER_DB; default ./airledger-data)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerImport(program, io);
  registerStrikes(program, io);
  registerPlaces(program, io);
  registerServe(program, io);
  registerCount(program, io);
  registerCheck(program, io);
  registerControl(program, io);
  registerUsers(program, io);
  registerPublish(program, io);
  registerExport(program, io);
  registerReleases(program, io);
  registerReview(program, io);
  return program;
}

/** The version in package.json (two folders up from src/cli and dist/cli alike). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Runs the CLI and returns its exit code: 0 done, 1 some input failed, 2 the call itself was wrong. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return io.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.err(`airledger: ${error.message}\n`);
      return 2;
    }
    if (error instanceof SchemaTooNewError) {
      io.err(`airledger: ${error.message}\n`);
      return 1;
    }
    io.err(`airledger: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.AIRLEDGER_DEBUG) io.err(`${(error as Error).stack}\n`);
    return 1;
  }
}
