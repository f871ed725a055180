import type { Command } from 'commander';
import { QueryError, type StrikeQuery } from '../store/strikeQuery.js';
import type { StrikeRow } from '../store/strikeRow.js';
import type { DatedBy } from '../ingest/types.js';
import { formatRows, type Column, type OutputFormat } from './format.js';
import { dayOption, numberOption, UsageError, withLedger, type Io } from './context.js';

interface FilterOptions {
  from?: string;
  to?: string;
  country?: string;
  near?: string;
  radiusKm?: string;
  datedBy?: string;
  limit?: string;
}

/** Adds the filters every listing shares: window, country, place and radius. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--from <day>', 'first day, inclusive (YYYY-MM-DD)')
    .option('--to <day>', 'last day, inclusive (YYYY-MM-DD)')
    .option('--country <name>', 'country of the place, e.g. Syria or SY')
    .option('--near <place>', 'a place under any of its names, e.g. Palmyra')
    .option('--radius-km <n>', 'with --near: every place within this distance')
    .option('--dated-by <dating>', 'count each record on the day its strikes happened (strike, the default) or the day its release was issued (reported)', 'strike');
}

/** Reads `--dated-by`: strike (default) or reported. */
export function datedByOption(value: string | undefined): DatedBy {
  if (value === undefined || value === 'strike') return 'strike';
  if (value === 'reported') return 'reported';
  throw new UsageError(`--dated-by: expected strike or reported, got "${value}"`);
}

/** How an answer names its dating. */
export function datingText(datedBy: DatedBy): string {
  return datedBy === 'strike' ? 'by strike day' : 'by release day';
}

/** Reads the shared filter options into a query; the ledger resolves the names. */
export function queryFromOptions(options: FilterOptions): StrikeQuery {
  return {
    from: dayOption('--from', options.from),
    to: dayOption('--to', options.to),
    country: options.country,
    near: options.near,
    radiusKm: numberOption('--radius-km', options.radiusKm, { min: 0, max: 20_000 }),
    datedBy: datedByOption(options.datedBy),
    limit: numberOption('--limit', options.limit, { min: 1 }),
  };
}

const STRIKE_COLUMNS: Column<StrikeRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'reported', value: (r) => r.reportedOn },
  { header: 'country', value: (r) => r.country },
  { header: 'place_text', value: (r) => r.placeText },
  { header: 'place', value: (r) => r.place },
  { header: 'lat', value: (r) => r.lat, right: true },
  { header: 'lon', value: (r) => r.lon, right: true },
  { header: 'strikes', value: (r) => r.strikes, right: true },
  { header: 'source', value: (r) => r.source },
];

// exports name the place in English beside its key, so a spreadsheet can join on the key and show the name
const DETAIL_COLUMNS: Column<StrikeRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'reported_on', value: (r) => r.reportedOn },
  { header: 'date_basis', value: (r) => r.dateBasis },
  { header: 'country', value: (r) => r.country },
  { header: 'place_text', value: (r) => r.placeText },
  { header: 'place_name', value: (r) => r.place },
  { header: 'place_key', value: (r) => r.placeKey },
  ...STRIKE_COLUMNS.filter((c) => ['lat', 'lon', 'strikes', 'source'].includes(c.header)),
  { header: 'engagements', value: (r) => r.engagements },
  { header: 'resolution', value: (r) => r.resolution },
  { header: 'country_mismatch', value: (r) => r.countryMismatch },
  { header: 'effects', value: (r) => r.effects },
  { header: 'targets', value: (r) => JSON.stringify(r.targets) },
  { header: 'line', value: (r) => r.rawLine },
];

export function registerStrikes(program: Command, io: Io): void {
  addFilterOptions(program.command('strikes').description('list strike records with their sources'))
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--limit <n>', 'at most this many records')
    .action(async (options: FilterOptions & { format: string }, command: Command) => {
      const format = options.format as OutputFormat;
      if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format: expected table, csv or json, got "${options.format}"`);
      await withLedger(command, async (ledger) => {
        const query = queryFromOptions(options);
        const { rows, place } = await ledger.findStrikes(query).catch((error: unknown) => {
          throw error instanceof QueryError ? new UsageError(error.message) : error;
        });
        if (format === 'json') {
          io.out(JSON.stringify(rows.map((r) => jsonRow(r)), null, 2) + '\n');
          return;
        }
        io.out(formatRows(rows, format === 'csv' ? DETAIL_COLUMNS : STRIKE_COLUMNS, format));
        if (format === 'table') {
          const total = rows.reduce((sum, r) => sum + r.strikes, 0);
          const where = place ? ` · ${place.name} (${place.countryCode} ${place.lat.toFixed(3)}, ${place.lon.toFixed(3)})${query.radiusKm !== undefined ? ` within ${query.radiusKm} km` : ', all its names'}` : '';
          io.out(`${rows.length} records, ${total} strikes${where} · ${datingText(query.datedBy ?? 'strike')}\n`);
        }
      });
    });
}

function jsonRow(r: StrikeRow) {
  return {
    date: r.date, reported_on: r.reportedOn, date_basis: r.dateBasis, country: r.country, place_text: r.placeText, place_name: r.place, place_key: r.placeKey,
    lat: r.lat, lon: r.lon, strikes: r.strikes, engagements: r.engagements, source: r.source, resolution: r.resolution, country_mismatch: r.countryMismatch,
    effects: r.effects, targets: r.targets, line: r.rawLine,
  };
}
