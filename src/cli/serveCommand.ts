import type { Command } from 'commander';
import { ledgerSpec, numberOption, type Io } from './context.js';

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the ledger over HTTP (PORT, default 8080)')
    .option('--port <n>', 'port to listen on (env PORT)')
    .option('--host <name>', 'interface to listen on', '127.0.0.1')
    .action(async (options: { port?: string; host: string }, command: Command) => {
      const port = numberOption('--port', options.port ?? process.env.PORT ?? '8080', { min: 0, max: 65_535 })!;
      const [{ Ledger }, { serve }, { shareDatabase }] = await Promise.all([
        import('../store/ledger.js'), import('../server/index.js'), import('../store/sharedLedger.js'),
      ]);
      const ledger = await Ledger.open(ledgerSpec(command));
      if (ledger.db.shared) {
        await ledger.close();
        throw new Error(`${ledger.db.location}: another process already serves this ledger`);
      }
      const server = await serve(ledger, port, options.host);
      // a PGlite folder is this process's alone: other commands on it reach it through a channel
      const folder = ledger.db.kind === 'pglite' && ledger.db.location !== 'memory://' ? ledger.db.location : null;
      const channel = folder ? await shareDatabase(ledger.db, folder) : null;
      io.out(`AirLedger serving ${ledger.db.location} at ${server.url}\n`);
      if (channel) io.out(`Commands on ${folder} run through this server meanwhile (socket ${channel.socket}, for its owner only)\n`);
      await new Promise<void>((stop) => {
        const shutdown = () => void server.close().then(() => channel?.close()).then(() => ledger.close()).then(stop);
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      });
    });
}
