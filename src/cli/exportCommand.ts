import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { exportLedger } from '../store/exportLedger.js';
import { ExportChecksumError, restoreLedger, RestoreError } from '../store/restoreLedger.js';
import { plural } from './format.js';
import { UsageError, withLedger, type Io } from './context.js';

/** A destination for the export that waits when the stream is full, so a big ledger never piles up in memory. */
interface Sink {
  write(chunk: string): void | Promise<void>;
  close(): Promise<void>;
}

function streamSink(stream: NodeJS.WritableStream, ownsStream: boolean): Sink {
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      if (!ownsStream) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/**
 * Standard output for a real process (with back-pressure); the Io's text sink when a test runs the CLI.
 * Io has no stdout stream, so the process is recognised by its stderr.
 */
function stdoutSink(io: Io): Sink {
  if (io.stderr === process.stderr) return streamSink(process.stdout, false);
  return { write: (chunk) => io.out(chunk), close: async () => undefined };
}

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('write the whole ledger as JSON lines (a header, every row with its id, an end line)')
    .option('--all', 'the whole ledger (required: the only export there is for now)')
    .option('--out <file>', 'write to FILE (replaced only once the export is complete) instead of standard output')
    .action(async (options: { all?: boolean; out?: string }, command: Command) => {
      if (!options.all) throw new UsageError('export: pass --all to export the whole ledger');
      await withLedger(command, async (ledger) => {
        // Write beside the target and rename at the end: a failed export never leaves a truncated FILE.
        const partial = options.out ? `${options.out}.partial` : null;
        const sink = partial ? streamSink(createWriteStream(partial), true) : stdoutSink(io);
        try {
          const end = await exportLedger(ledger.db, (chunk) => sink.write(chunk));
          await sink.close();
          if (partial && options.out) renameSync(partial, options.out);
          const total = Object.values(end.rows).reduce((a, b) => a + b, 0);
          io.err(`exported ${plural(total, 'row')} from ${ledger.db.location}${options.out ? ` to ${options.out}` : ''}: ${tableCounts(end.rows)}\n`);
        } catch (error) {
          if (partial) {
            await sink.close().catch(() => undefined);
            rmSync(partial, { force: true });
          }
          throw error;
        }
      });
    });

  program
    .command('restore')
    .description('restore an export into an empty ledger, in one transaction, keeping every id')
    .argument('<file>', 'a file written by "export --all"')
    .option('--trust', 'restore even when the rows do not match the export\'s checksum (edited by hand) or it has none')
    .action(async (file: string, options: { trust?: boolean }, command: Command) => {
      if (!existsSync(file)) throw new UsageError(`restore: no file ${file}`);
      await withLedger(command, async (ledger) => {
        const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
        try {
          const summary = await restoreLedger(ledger.db, lines, { sourceName: file, trust: options.trust });
          const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
          io.out(`restored ${plural(total, 'row')} into ${ledger.db.location} (export schema version ${summary.schemaVersion}): ${tableCounts(summary.rows)}\n`);
          if (summary.checksum !== 'verified') {
            io.err(`airledger: ${file}: restored with --trust although ${summary.checksum === 'missing' ? 'the export carries no checksum' : 'its rows do not match the export\'s checksum'}\n`);
          }
        } catch (error) {
          if (!(error instanceof RestoreError)) throw error;
          const hint = error instanceof ExportChecksumError ? '; if you trust the file, restore it with --trust' : '';
          io.err(`airledger: ${error.message}${hint}\n`);
          io.exitCode = 1;
        } finally {
          lines.close();
        }
      }, { bulk: true });
    });
}

function tableCounts(rows: Record<string, number>): string {
  return Object.entries(rows).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ');
}
