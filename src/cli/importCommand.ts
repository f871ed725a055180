import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import type { CsvMap, ImportSummary } from '../store/index.js';
import { count, plural } from './format.js';
import { withLedger, type Io, UsageError } from './context.js';

const csvMapSchema = z.object({
  date: z.string().min(1),
  place: z.string().min(1),
  strikes: z.string().min(1),
  country: z.string().min(1).optional(),
  effects: z.string().min(1).optional(),
});

/** Parses `date=Day,place=Location,strikes=N` into a column map. */
export function parseCsvMap(text: string): CsvMap {
  const pairs = text.split(',').map((pair) => pair.split('=').map((s) => s.trim()));
  const bad = pairs.find((pair) => pair.length !== 2 || !pair[0] || !pair[1]);
  if (bad) throw new UsageError(`--map: expected key=column pairs separated by commas, got "${bad.join('=')}"`);
  const parsed = csvMapSchema.safeParse(Object.fromEntries(pairs));
  if (!parsed.success) {
    const missing = ['date', 'place', 'strikes'].filter((k) => !pairs.some(([key]) => key === k));
    throw new UsageError(`--map: ${missing.length ? `missing ${missing.join(', ')}` : parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
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
      });
    });
}

/** The summary the issue asks for, then the lists behind each number. */
export function renderImportSummary(s: ImportSummary): string {
  const lines: string[] = [];
  const byStatus = (status: string) => s.files.filter((f) => f.status === status);
  lines.push(
    `${plural(s.releasesImported, 'release')} · ${plural(s.strikeLines, 'strike line')} parsed (${plural(s.strikeRecords, 'record')})` +
      ` · ${plural(s.unparsedLines.length, 'line')} not parsed${s.unparsedLines.length ? ' (listed)' : ''}` +
      ` · ${plural(s.needReview.length, 'place')} need${s.needReview.length === 1 ? 's' : ''} review`,
  );
  const duplicates = byStatus('duplicate');
  if (duplicates.length) lines.push(`${plural(duplicates.length, 'file')} already in the ledger (same content): nothing added`);
  const conflicts = s.files.filter((f) => f.conflictDays.length > 0);
  for (const f of conflicts) {
    lines.push(`conflict: ${f.uri}: the ledger already has another release for ${f.conflictDays.join(', ')}; skipped (use --replace to replace it)`);
  }
  for (const f of s.files.filter((f) => f.replacedDays.length > 0)) lines.push(`replaced: ${f.uri}: ${f.replacedDays.join(', ')}`);
  if (s.unparsedLines.length) {
    lines.push('', 'Lines not parsed:');
    for (const u of s.unparsedLines) lines.push(`  ${u.uri}:${u.lineNo}: ${u.reason}`);
  }
  if (s.needReview.length) {
    lines.push('', 'Places that need review (npx airledger places unresolved):');
    for (const r of s.needReview) lines.push(`  ${r.placeText} (${r.country}): ${r.status}, ${plural(r.records, 'record')}`);
  }
  if (s.countryMismatches.length) {
    lines.push('', 'Places outside the section they were reported under (kept as reported, flagged):');
    for (const m of s.countryMismatches) lines.push(`  ${m.placeText}: reported under ${m.country}, lies in ${m.placeCountry} (${plural(m.records, 'record')})`);
  }
  const skipped = byStatus('skipped');
  if (skipped.length) {
    lines.push('', `Skipped (${count(skipped.length)}):`);
    for (const f of skipped) lines.push(`  ${f.uri}: ${f.reason}`);
  }
  const failed = byStatus('failed');
  if (failed.length) {
    lines.push('', `Failed, nothing stored from these (${count(failed.length)}):`);
    for (const f of failed) lines.push(`  ${f.uri}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
