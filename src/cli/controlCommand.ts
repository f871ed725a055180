import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Ledger, ControlWrite } from '../store/index.js';
import { dayOption, UsageError, withLedger, type Io } from './context.js';
import { formatRows, plural } from './format.js';

interface AddOptions {
  holder: string;
  from: string;
  to?: string;
  note?: string;
  source?: string;
}

async function placeFor(ledger: Ledger, name: string) {
  const place = await ledger.knownPlace(name);
  if (!place) throw new UsageError(`no place called "${name}" in Syria or Iraq in the gazetteer (names match exactly, ignoring case, accents and "al-"); add an alias with "places alias add"`);
  return place;
}

function reportWrite(io: Io, result: ControlWrite, what: string): void {
  if (result.ok) {
    io.out(`${what}: ${plural(result.periods, 'period')}${result.events ? `, ${plural(result.events, 'event')}` : ''} stored\n`);
    return;
  }
  io.err(`${what}: nothing stored, ${plural(result.problems.length, 'problem')}:\n`);
  for (const p of result.problems) io.err(`  ${p.message}\n`);
  io.exitCode = 1;
}

export function registerControl(program: Command, io: Io): void {
  const control = program.command('control').description('periods of control (who held a place when) and named events');

  control
    .command('add')
    .description('add a period of control for a place')
    .argument('<place>', 'the place under any of its names, e.g. Palmyra or Tadmur')
    .requiredOption('--holder <holder>', 'who held it, e.g. IS or government')
    .requiredOption('--from <day>', 'first day held (YYYY-MM-DD)')
    .option('--to <day>', 'last day held, inclusive (default: the day before the next period starts)')
    .option('--note <text>', 'what happened')
    .option('--source <text>', 'where the dates come from')
    .action(async (name: string, options: AddOptions, command: Command) => {
      const from = dayOption('--from', options.from)!;
      const to = dayOption('--to', options.to);
      if (to !== undefined && to < from) throw new UsageError(`--to (${to}) is before --from (${from})`);
      await withLedger(command, async (ledger) => {
        const place = await placeFor(ledger, name);
        const result = await ledger.addControlPeriod({ placeKey: place.key, holder: options.holder, from, to, note: options.note, source: options.source });
        reportWrite(io, result, `${place.name} (${place.key})`);
      });
    });

  control
    .command('import')
    .description('import a control CSV (place,holder,from,to,note,source[,event,kind]): all rows or none')
    .argument('<file.csv>')
    .action(async (file: string, _options: unknown, command: Command) => {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new Error(`${file}: cannot read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
      });
      await withLedger(command, async (ledger) => reportWrite(io, await ledger.importControl(text, file), file));
    });

  control
    .command('show')
    .description("a place's periods of control and named events")
    .argument('<place>', 'the place under any of its names')
    .option('--json', 'print as JSON')
    .action(async (name: string, options: { json?: boolean }, command: Command) => {
      await withLedger(command, async (ledger) => {
        const place = await placeFor(ledger, name);
        const timeline = await ledger.controlTimeline([place.key]);
        if (options.json) {
          io.out(`${JSON.stringify({ place, periods: timeline.periods, events: timeline.events, problems: timeline.problems.map((p) => p.message) }, null, 2)}\n`);
          return;
        }
        const aliases = place.aliases.length ? ` (also ${place.aliases.join(', ')})` : '';
        io.out(`${place.name}${aliases} [${place.key}]\n`);
        if (timeline.periods.length === 0 && timeline.events.length === 0) {
          io.out('no control periods or events: add them with "control add" or "control import"\n');
          return;
        }
        io.out(`\nPeriods of control:\n`);
        io.out(formatRows(timeline.periods, [
          { header: 'holder', value: (p) => p.holder },
          { header: 'from', value: (p) => p.from },
          { header: 'to', value: (p) => p.to ?? '(open)' },
          { header: 'note', value: (p) => p.note },
          { header: 'source', value: (p) => p.source },
        ], 'table'));
        if (timeline.events.length) {
          io.out(`\nEvents:\n`);
          io.out(formatRows(timeline.events, [
            { header: 'name', value: (e) => e.name },
            { header: 'kind', value: (e) => e.kind },
            { header: 'from', value: (e) => e.from },
            { header: 'to', value: (e) => e.to ?? '' },
            { header: 'holder', value: (e) => e.holder ?? '' },
            { header: 'source', value: (e) => e.source },
          ], 'table'));
        }
        for (const p of timeline.problems) io.err(`warning: ${p.reason}\n`);
      });
    });
}
