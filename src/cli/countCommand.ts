import type { Command } from 'commander';
import type { CountOptions, CountReport, SeriesUnit } from '../analysis/countReport.js';
import { describeCoverage } from '../analysis/coverage.js';
import { formatWindow } from '../analysis/windows.js';
import { QueryError } from '../store/strikeQuery.js';
import { addFilterOptions, datingText, queryFromOptions } from './strikesCommand.js';
import { numberOption, UsageError, withLedger, type Io } from './context.js';
import { count, formatRows, plural } from './format.js';

interface CountCommandOptions {
  from?: string;
  to?: string;
  country?: string;
  near?: string;
  radiusKm?: string;
  datedBy?: string;
  by?: string;
  splitControl?: boolean;
  streaks?: string | boolean;
  targets?: boolean;
  json?: boolean;
}

const UNITS: SeriesUnit[] = ['day', 'week', 'month'];

export function registerCount(program: Command, io: Io): void {
  addFilterOptions(program.command('count').description('count strikes in a window, with the coverage of the window and its gaps'))
    .option('--by <unit>', 'a series per day, week or month')
    .option('--split-control', 'strikes per period of control of the --near place')
    .option('--streaks [n]', 'the longest runs of consecutive strike days (default 5)')
    .option('--targets', 'the targets the counted records name')
    .option('--json', 'print the answer as JSON')
    .action(async (options: CountCommandOptions, command: Command) => {
      if (options.by !== undefined && !UNITS.includes(options.by as SeriesUnit)) throw new UsageError(`--by: expected day, week or month, got "${options.by}"`);
      const countOptions: CountOptions = {
        by: options.by as SeriesUnit | undefined,
        splitControl: options.splitControl,
        streaks: options.streaks === undefined ? undefined : typeof options.streaks === 'string' ? numberOption('--streaks', options.streaks, { min: 1 }) : 5,
        targets: options.targets,
      };
      await withLedger(command, async (ledger) => {
        const { countReport } = await import('../analysis/countReport.js');
        const report = await countReport(ledger, queryFromOptions(options), countOptions).catch((error: unknown) => {
          throw error instanceof QueryError ? new UsageError(error.message) : error;
        });
        io.out(options.json ? `${JSON.stringify(countJson(report), null, 2)}\n` : countText(report));
      });
    });
}

/** The scope in words: "Tadmur (SY 34.562, 38.284), all its names", "within 25 km of …", "SY", "everywhere". */
function scopeText(r: CountReport): string {
  const country = r.countryCode ? ` in ${r.countryCode}` : '';
  if (!r.place) return r.countryCode ? `places in ${r.countryCode}` : 'everywhere';
  const at = `${r.place.name} (${r.place.countryCode} ${r.place.lat.toFixed(3)}, ${r.place.lon.toFixed(3)})`;
  return r.radiusKm === null ? `${at}, all its names${country}` : `every place within ${r.radiusKm} km of ${at}${country}`;
}

function countText(r: CountReport): string {
  const lines: string[] = [];
  const windowNote = r.windowFrom === 'record' ? ' (the ledger\'s first to last day)' : '';
  lines.push(`${plural(r.strikes, 'strike')} in ${plural(r.records, 'record')} · ${scopeText(r)} · ${formatWindow(r.window)}${windowNote} · ${datingText(r.datedBy)}`);
  lines.push(describeCoverage(r.coverage));
  if (r.series) {
    lines.push('');
    if (r.series.unit === 'day') {
      lines.push(formatRows(r.series.points, [
        { header: 'day', value: (p) => p.day },
        { header: 'strikes', value: (p) => (p.strikes === null ? 'no release' : p.strikes), right: true },
      ], 'table').trimEnd());
    } else {
      lines.push(formatRows(r.series.buckets, [
        { header: r.series.unit, value: (b) => b.key },
        { header: 'days', value: (b) => formatWindow(b.window) },
        { header: 'strikes', value: (b) => b.strikes, right: true },
        { header: 'covered', value: (b) => `${b.coveredDays}/${b.totalDays}`, right: true },
      ], 'table').trimEnd());
    }
  }
  if (r.control) {
    lines.push('', 'By period of control:');
    lines.push(formatRows(r.control, [
      { header: 'holder', value: (p) => p.period?.holder ?? '(no period)' },
      { header: 'days', value: (p) => formatWindow(p.window) },
      { header: 'strikes', value: (p) => p.strikes, right: true },
      { header: 'covered', value: (p) => (p.coverage ? `${p.coverage.coveredDays}/${p.coverage.totalDays}` : ''), right: true },
      { header: 'source', value: (p) => p.period?.source ?? '' },
    ], 'table').trimEnd());
  }
  if (r.streaks) {
    lines.push('', r.streaks.length ? 'Longest runs of consecutive strike days (a day without a release ends a run):' : 'No day with strikes in the window.');
    for (const s of r.streaks) lines.push(`  ${formatWindow(s)}: ${plural(s.days, 'day')}, ${plural(s.strikes, 'strike')}`);
  }
  if (r.targets) {
    lines.push('', r.targets.length ? 'Targets:' : 'No targets named.');
    for (const t of r.targets) lines.push(`  ${count(t.count).padStart(6)}  ${t.effect} ${t.target} (${plural(t.records, 'record')})`);
  }
  return `${lines.join('\n')}\n`;
}

function countJson(r: CountReport) {
  return {
    dated_by: r.datedBy,
    window: r.window,
    window_from: r.windowFrom,
    place: r.place ? { key: r.place.key, name: r.place.name, country_code: r.place.countryCode, lat: r.place.lat, lon: r.place.lon } : null,
    radius_km: r.radiusKm,
    country_code: r.countryCode,
    strikes: r.strikes,
    records: r.records,
    coverage: {
      from: r.coverage.from, to: r.coverage.to, covered_days: r.coverage.coveredDays, total_days: r.coverage.totalDays,
      missing_days: r.coverage.missingDays, missing_ranges: r.coverage.missingRanges,
    },
    ...(r.series ? { series: r.series.unit === 'day'
      ? r.series.points.map((p) => ({ day: p.day, strikes: p.strikes }))
      : r.series.buckets.map((b) => ({ [r.series!.unit]: b.key, window: b.window, strikes: b.strikes, covered_days: b.coveredDays, total_days: b.totalDays })) } : {}),
    ...(r.control ? { control: r.control.map((p) => ({
      holder: p.period?.holder ?? null, window: p.window, strikes: p.strikes, source: p.period?.source ?? null,
      covered_days: p.coverage?.coveredDays ?? null, total_days: p.totalDays, missing_days: p.coverage?.missingDays ?? null,
    })) } : {}),
    ...(r.streaks ? { streaks: r.streaks.map((s) => ({ from: s.from, to: s.to, days: s.days, strikes: s.strikes })) } : {}),
    ...(r.targets ? { targets: r.targets } : {}),
  };
}
