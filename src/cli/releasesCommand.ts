import type { Command } from 'commander';
import type { ReleaseDetail, ReleaseSummary } from '../store/index.js';
import { dayOption, UsageError, withLedger, type Io } from './context.js';
import { formatRows, plural, type Column } from './format.js';

const LIST_COLUMNS: Column<ReleaseSummary>[] = [
  { header: 'id', value: (r) => r.id, right: true },
  { header: 'reported', value: (r) => r.reportDate },
  { header: 'kind', value: (r) => r.kind },
  { header: 'strike days', value: (r) => (r.firstStrikeDay === null ? '' : r.firstStrikeDay === r.lastStrikeDay ? r.firstStrikeDay : `${r.firstStrikeDay}..${r.lastStrikeDay}`) },
  { header: 'records', value: (r) => r.records, right: true },
  { header: 'strikes', value: (r) => r.strikes, right: true },
  { header: 'sources', value: (r) => r.sources.length, right: true },
  { header: 'flags', value: (r) => flags(r) },
  { header: 'source', value: (r) => r.sourceUri },
];

function flags(r: ReleaseSummary): string {
  const out: string[] = [];
  if (r.totalMismatches > 0) out.push(`${plural(r.totalMismatches, 'total')} ≠ lines`);
  if (r.unparsed > 0) out.push(`${plural(r.unparsed, 'line')} not parsed`);
  return out.join(', ');
}

export function registerReleases(program: Command, io: Io): void {
  const releases = program.command('releases').description('the releases in the ledger: their sources, stated totals and flags');
  releases
    .command('list')
    .description('list releases by the day they were issued')
    .option('--from <day>', 'first report day, inclusive (YYYY-MM-DD)')
    .option('--to <day>', 'last report day, inclusive (YYYY-MM-DD)')
    .option('--flagged', 'only releases whose stated totals differ from their lines, or with lines not parsed')
    .option('--json', 'print as JSON')
    .action(async (options: { from?: string; to?: string; flagged?: boolean; json?: boolean }, command: Command) => {
      const query = { from: dayOption('--from', options.from), to: dayOption('--to', options.to), flagged: options.flagged };
      await withLedger(command, async (ledger) => {
        const rows = await ledger.releases(query);
        io.out(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatRows(rows, LIST_COLUMNS, 'table')}${plural(rows.length, 'release')}\n`);
      });
    });
  releases
    .command('show')
    .description('one release: its sources, the days of its strikes, its stated totals against its lines, statements and lines not parsed')
    .argument('<day-or-id>', 'the day it was issued (YYYY-MM-DD; its daily release) or its id')
    .option('--issuer <name>', 'with a day: whose release')
    .option('--json', 'print as JSON')
    .action(async (which: string, options: { issuer?: string; json?: boolean }, command: Command) => {
      const selector = /^\d+$/.test(which) ? { id: Number(which) } : { day: dayOption('release day', which)!, issuer: options.issuer };
      await withLedger(command, async (ledger) => {
        const release = await ledger.release(selector);
        if (release === null) throw new UsageError(`no release ${'id' in selector ? `with id ${which}` : `issued on ${which}`} in the ledger`);
        io.out(options.json ? `${JSON.stringify(release, null, 2)}\n` : releaseText(release));
      });
    });
}

/** A release as `releases show` prints it. */
export function releaseText(r: ReleaseDetail): string {
  const lines: string[] = [];
  lines.push(`${r.kind === 'statement' ? 'Special statement' : 'Release'} ${r.id} of ${r.issuer}, issued ${r.reportDate}${r.title ? `: ${r.title}` : ''}`);
  if (r.period) lines.push(`  period stated: ${r.period}`);
  lines.push(`  ${r.sources.length === 1 ? 'source' : `sources (${r.sources.length}, one release)`}:`);
  for (const source of r.sources) lines.push(`    ${source}`);
  if (r.days.length) {
    lines.push(`  ${plural(r.records, 'record')}, ${plural(r.strikes, 'strike')}, by strike day:`);
    for (const d of r.days) lines.push(`    ${d.date}  ${plural(d.strikes, 'strike').padStart(11)} in ${plural(d.records, 'record')}  (${basisText(d.dateBasis)})`);
  }
  if (r.totals.length) {
    lines.push('  stated totals against the release\'s lines:');
    for (const t of r.totals) {
      const days = t.from === t.to ? t.from : `${t.from}..${t.to}`;
      const engagements = t.engagements === null ? '' : `, ${plural(t.engagements, 'engagement')}`;
      const verdict = t.agrees ? 'agrees' : `DIFFERS: its lines add up to ${plural(t.lineStrikes, 'strike')}${t.lineEngagements !== null && t.engagements !== null && t.lineEngagements !== t.engagements ? ` and ${plural(t.lineEngagements, 'engagement')}` : ''}`;
      lines.push(`    line ${t.lineNo}: ${t.section || 'all sections'} ${days}: ${plural(t.strikes, 'strike')}${engagements}: ${verdict}`);
    }
  }
  if (r.statements.length) {
    lines.push('  statement (kept, never counted: the daily list may report the same strikes):');
    for (const st of r.statements) lines.push(`    line ${st.lineNo}: ${st.date} (${basisText(st.dateBasis)}) ${st.placeText}${st.section ? `, ${st.section}` : ''}: ${st.summary}`);
  }
  if (r.unparsedLines.length) {
    lines.push(`  ${plural(r.unparsedLines.length, 'line')} not parsed:`);
    for (const u of r.unparsedLines) lines.push(`    line ${u.lineNo}: ${u.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function basisText(basis: string): string {
  return basis === 'assumed' ? 'the release\'s day, assumed' : basis === 'period' ? 'last day of the stated period' : basis;
}
