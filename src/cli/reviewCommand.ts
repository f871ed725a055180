import type { Command } from 'commander';
import { COUNT_REVIEW_ABOVE } from '../store/index.js';
import { formatRows, plural, type OutputFormat } from './format.js';
import { UsageError, withLedger, type Io } from './context.js';

export function registerReview(program: Command, io: Io): void {
  const review = program.command('review').description(`lines held for review (a count above ${COUNT_REVIEW_ABOVE} strikes on one line), and accepting them`);

  review
    .command('counts')
    .description(`lines whose count is above ${COUNT_REVIEW_ABOVE} strikes: kept as written, in no count until an editor accepts them`)
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (options: { format: OutputFormat }, command: Command) => {
      if (!['table', 'csv', 'json'].includes(options.format)) throw new UsageError(`--format: expected table, csv or json, got "${options.format}"`);
      await withLedger(command, async (ledger) => {
        const held = await ledger.heldCounts();
        io.out(formatRows(held, [
          { header: 'id', value: (h) => h.id, right: true },
          { header: 'date', value: (h) => h.date },
          { header: 'country', value: (h) => h.country },
          { header: 'place_text', value: (h) => h.placeText },
          { header: 'strikes', value: (h) => h.strikes, right: true },
          { header: 'source', value: (h) => h.source },
          { header: 'line', value: (h) => h.rawLine },
        ], options.format));
        if (options.format === 'table') io.out(`${plural(held.length, 'line')} held for review${held.length ? '; accept one with: npx airledger review accept ID' : ''}\n`);
      });
    });

  review
    .command('accept')
    .description('accept a held line\'s count as the release states it: it becomes a strike record and counts from now on')
    .argument('<id>', 'the id "review counts" lists')
    .action(async (idText: string, _options: unknown, command: Command) => {
      if (!/^\d{1,15}$/.test(idText)) throw new UsageError(`review accept: expected the numeric id "review counts" lists, got "${idText}"`);
      await withLedger(command, async (ledger) => {
        const result = await ledger.acceptHeldCount(Number(idText));
        if (!result.ok) {
          io.err(`airledger: ${result.reason}\n`);
          io.exitCode = 1;
          return;
        }
        const h = result.accepted;
        io.out(`accepted ${h.source}: ${h.placeText} (${h.country}), ${plural(h.strikes, 'strike')} on ${h.date}; it counts from now on\n`);
      });
    });
}
