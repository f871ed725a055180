import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { renderImportSummary } from '../store/importSummaryText.js';
import type { CsvMap } from '../store/readSource.js';
import { withLedger, type Io, UsageError } from './context.js';

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

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('import release files, folders of them, http(s) URLs, or scraper CSV into the ledger')
    .argument('<sources...>', 'files, folders or URLs')
    .option('--replace', 'replace a release already stored for the same issuer and day')
    .option('--issuer <name>', 'who published the releases', 'CJTF-OIR')
    .option('--map <columns>', 'generic CSV: date=COLUMN,place=COLUMN,strikes=COLUMN[,country=COLUMN,effects=COLUMN]')
    .option('--quiet', 'no progress bar')
    .action(async (sources: string[], options: { replace?: boolean; issuer: string; map?: string; quiet?: boolean }, command: Command) => {
      const csvMap = options.map ? parseCsvMap(options.map) : undefined;
      await withLedger(command, async (ledger) => {
        const showBar = !options.quiet && io.isTTY;
        const bar = new SingleBar({ format: 'importing {bar} {value}/{total} files  {file}', stream: io.stderr, hideCursor: true }, Presets.shades_classic);
        let started = false;
        const summary = await ledger.importSources(sources, {
          replace: options.replace,
          issuer: options.issuer,
          csvMap,
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
        if (summary.failed > 0) io.exitCode = 1;
      }, { bulk: true });
    });
}
