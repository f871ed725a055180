import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { renderImportSummary } from '../store/importSummaryText.js';
import type { CsvMap } from '../store/readSource.js';
import { dayOption, numberOption, withLedger, type Io, UsageError } from './context.js';

export { renderImportSummary };

const MAP_KEYS = ['date', 'place', 'strikes', 'country', 'effects'] as const;
const REQUIRED_KEYS = ['date', 'place', 'strikes'] as const;

/** Parses `date=Day,place=Location,strikes=N` into a column map. */
export function parseCsvMap(text: string): CsvMap {
  const pairs = text.split(',').map((pair) => pair.split('=').map((s) => s.trim()));
  const bad = pairs.find((pair) => pair.length !== 2 || !pair[0] || !pair[1]);
  if (bad) throw new UsageError(`--map: expected key=column pairs separated by commas, got "${bad.join('=')}"`);
  const missing = REQUIRED_KEYS.filter((k) => !pairs.some(([key]) => key === k));
  if (missing.length) throw new UsageError(`--map: missing ${missing.join(', ')}`);
  // a validation library is not worth its load time for five keys: every command would pay it
  const map = Object.fromEntries(pairs.filter(([key]) => (MAP_KEYS as readonly string[]).includes(key!)));
  return map as unknown as CsvMap;
}

interface ImportCommandOptions {
  replace?: boolean;
  issuer: string;
  map?: string;
  date?: string;
  allowDate?: boolean;
  rate?: string;
  quiet?: boolean;
}

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('import release files, folders of them, http(s) URLs, lists of URLs (one a line), or scraper CSV into the ledger')
    .argument('<sources...>', 'files, folders, URLs or files listing URLs')
    .option('--replace', 'replace a release already stored for the same issuer and day')
    .option('--issuer <name>', 'who published the releases', 'CJTF-OIR')
    .option('--map <columns>', 'generic CSV: date=COLUMN,place=COLUMN,strikes=COLUMN[,country=COLUMN,effects=COLUMN]')
    .option('--date <day>', 'the day a release without a date line was issued (YYYY-MM-DD)')
    .option('--allow-date', 'import releases dated after today or before 2014-08-08 (another campaign\'s)')
    .option('--rate <n>', 'URLs fetched per second, at most', '1')
    .option('--quiet', 'no progress bar')
    .action(async (sources: string[], options: ImportCommandOptions, command: Command) => {
      const csvMap = options.map ? parseCsvMap(options.map) : undefined;
      const reportDate = dayOption('--date', options.date);
      const rate = numberOption('--rate', options.rate, { min: 0.01, max: 100 });
      await withLedger(command, async (ledger) => {
        const showBar = !options.quiet && io.isTTY;
        const bar = new SingleBar({ format: 'importing {bar} {value}/{total} files  {file}', stream: io.stderr, hideCursor: true }, Presets.shades_classic);
        let started = false;
        const summary = await ledger.importSources(sources, {
          replace: options.replace,
          issuer: options.issuer,
          csvMap,
          reportDate,
          allowDate: options.allowDate,
          today: dayOption('AIRLEDGER_TODAY', process.env.AIRLEDGER_TODAY),
          rate,
          // a list of URLs imported again goes on where it stopped
          skipStoredUrls: true,
          urlLists: true,
          onRetry: (url, attempt, why) => {
            if (!showBar) io.err(`retrying ${url} (${why}), try ${attempt + 1}\n`);
          },
          // The command has the ledger to itself, so a large import may rebuild indexes once at the end.
          bulkLoad: 'auto',
          onProgress: (done, total, uri) => {
            if (!showBar) return;
            if (!started) bar.start(total, 0, { file: '' });
            started = true;
            bar.update(done, { file: uri.length > 40 ? `…${uri.slice(-39)}` : uri });
          },
        });
        if (started) bar.stop();
        io.out(renderImportSummary(summary));
        const refusedDates = summary.files.filter((f) => f.status === 'failed' && /^release dated /.test(f.reason ?? '')).length;
        if (refusedDates > 0) io.out(`(${refusedDates === 1 ? 'a release dated' : 'releases dated'} outside 2014-08-08..today: check the date line, or import another campaign's releases with --allow-date)\n`);
        const undated = summary.files.some((f) => f.status === 'failed' && /^no report date/.test(f.reason ?? ''));
        if (undated) io.out('(a release without a date line: give its day with --date YYYY-MM-DD)\n');
        if (summary.failed > 0) io.exitCode = 1;
      }, { bulk: true });
    });
}
