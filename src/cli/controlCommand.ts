import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CAMPAIGN_KEY } from '../control/builtIn.js';
import type { ControlEvent, ControlPeriod, MergedTimeline } from '../control/types.js';
import type { Ledger } from '../store/ledger.js';
import type { ControlWrite } from '../store/control.js';
import { dayOption, UsageError, withLedger, type Io } from './context.js';
import { formatRows, plural, type Column } from './format.js';

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
    .description("a place's periods of control and named events, built-in and your own, each with its source")
    .argument('<place>', 'the place under any of its names')
    .option('--json', 'print as JSON')
    .action(async (name: string, options: { json?: boolean }, command: Command) => {
      await withLedger(command, async (ledger) => {
        const place = await placeFor(ledger, name);
        const timeline = await ledger.controlTimeline([place.key]);
        if (options.json) {
          io.out(`${JSON.stringify({
            place, periods: timeline.periods, events: timeline.events, overridden: timeline.overridden,
            problems: timeline.problems.map((p) => p.message),
          }, null, 2)}\n`);
          return;
        }
        const aliases = place.aliases.length ? ` (also ${place.aliases.join(', ')})` : '';
        io.out(`${place.name}${aliases} [${place.key}]\n`);
        if (timeline.periods.length === 0 && timeline.events.length === 0) {
          io.out('no control periods or events: add them with "control add" or "control import"\n');
          return;
        }
        if (timeline.periods.length) io.out(`\nPeriods of control:\n${formatRows(timeline.periods, PERIOD_COLUMNS, 'table')}`);
        if (timeline.events.length) io.out(`\nEvents:\n${formatRows(timeline.events, EVENT_COLUMNS, 'table')}`);
        const { periods, events } = timeline.overridden;
        if (periods.length || events.length) {
          io.out('\nBuilt in, replaced by your own for the same days:\n');
          if (periods.length) io.out(formatRows(periods, PERIOD_COLUMNS, 'table'));
          if (events.length) io.out(`${periods.length ? '\n' : ''}${formatRows(events, EVENT_COLUMNS, 'table')}`);
        }
        for (const p of timeline.problems) io.err(`warning: ${p.reason}\n`);
      });
    });

  control
    .command('list')
    .description('every place with periods of control or named events: what is built in and what the ledger adds')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withLedger(command, async (ledger) => {
        const gazetteer = await ledger.places.gazetteer();
        const nameOf = (key: string) => (key === CAMPAIGN_KEY ? 'Operation Inherent Resolve (campaign)' : gazetteer.get(key)?.name ?? key);
        const rows = controlSummary(await ledger.controlTimeline(), nameOf);
        if (options.json) {
          io.out(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        io.out(formatRows(rows, [
          { header: 'place', value: (r) => r.place },
          { header: 'periods', value: (r) => r.periods, right: true },
          { header: 'events', value: (r) => r.events, right: true },
          { header: 'from', value: (r) => r.first },
          { header: 'to', value: (r) => r.last },
          { header: 'last holder', value: (r) => r.holder ?? '' },
          { header: 'origin', value: (r) => r.origin },
          { header: 'key', value: (r) => r.key },
        ], 'table'));
        const built = rows.filter((r) => r.origin !== 'yours').length;
        io.out(`${plural(rows.length, 'place')}: ${built} built in (sources: "control show PLACE"), ${rows.length - built} only yours\n`);
      });
    });
}

const PERIOD_COLUMNS: Column<ControlPeriod>[] = [
  { header: 'holder', value: (p) => p.holder },
  { header: 'from', value: (p) => p.from },
  { header: 'to', value: (p) => p.to ?? '(open)' },
  { header: 'note', value: (p) => p.note },
  { header: 'source', value: (p) => p.source },
  { header: 'origin', value: (p) => (p.builtIn ? 'built-in' : 'yours') },
];

const EVENT_COLUMNS: Column<ControlEvent>[] = [
  { header: 'name', value: (e) => e.name },
  { header: 'kind', value: (e) => e.kind },
  { header: 'from', value: (e) => e.from },
  { header: 'to', value: (e) => e.to ?? '' },
  { header: 'holder', value: (e) => e.holder ?? '' },
  { header: 'source', value: (e) => e.source },
  { header: 'origin', value: (e) => (e.builtIn ? 'built-in' : 'yours') },
];

interface SummaryRow {
  place: string;
  key: string;
  periods: number;
  events: number;
  first: string;
  last: string;
  holder: string | null;
  origin: 'built-in' | 'built-in + yours' | 'yours';
}

/** One row per place of the timeline: how many periods and events, their span, the holder of the last period, and whose they are. */
function controlSummary(timeline: MergedTimeline, nameOf: (key: string) => string): SummaryRow[] {
  const byPlace = new Map<string, { periods: ControlPeriod[]; events: ControlEvent[] }>();
  const at = (key: string) => byPlace.get(key) ?? byPlace.set(key, { periods: [], events: [] }).get(key)!;
  for (const p of timeline.periods) at(p.placeKey).periods.push(p);
  for (const e of [...timeline.campaign, ...timeline.events]) at(e.placeKey).events.push(e);
  const rows = [...byPlace].map(([key, { periods, events }]) => {
    const items = [...periods, ...events];
    const days = items.flatMap((i) => [i.from, i.to ?? i.from]).sort();
    const open = periods.some((p) => p.to === null);
    const builtIn = items.filter((i) => i.builtIn).length;
    return {
      place: nameOf(key), key, periods: periods.length, events: events.length, first: days[0] ?? '', last: open ? '(open)' : days[days.length - 1] ?? '',
      holder: periods[periods.length - 1]?.holder ?? null,
      origin: builtIn === items.length ? 'built-in' : builtIn === 0 ? 'yours' : 'built-in + yours',
    } satisfies SummaryRow;
  });
  return rows.sort((a, b) => Number(b.key === CAMPAIGN_KEY) - Number(a.key === CAMPAIGN_KEY) || a.place.localeCompare(b.place, 'en'));
}
