import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CheckResult, DocumentCheck, PartResult, RecordOut } from '../claims/index.js';
import { dayOption, UsageError, withLedger, type Io } from './context.js';
import { plural } from './format.js';

interface CheckOptions {
  file?: string;
  json?: boolean;
}

/** The day claims are checked on: `AIRLEDGER_TODAY` when set (tests), else today's date in UTC. */
export function claimToday(): string {
  return dayOption('AIRLEDGER_TODAY', process.env.AIRLEDGER_TODAY) ?? new Date().toISOString().slice(0, 10);
}

/** Records listed per claim in the human answer; --json always lists all. */
const MAX_RECORDS_SHOWN = 40;

export function registerCheck(program: Command, io: Io): void {
  program
    .command('check')
    .description('check a sentence (or every numeric claim of a Markdown file) against the ledger')
    .argument('[sentence]', 'a claim in English, e.g. "OIR launched eight airstrikes near Palmyra between 20 May 2015 and 27 March 2016"')
    .option('--file <file.md>', 'check every numeric claim of a Markdown document')
    .option('--json', 'print the answer as JSON')
    .action(async (sentence: string | undefined, options: CheckOptions, command: Command) => {
      if ((sentence === undefined) === (options.file === undefined)) throw new UsageError('give either a sentence or --file FILE.md');
      const markdown = options.file === undefined ? null : await readFile(options.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new Error(`${options.file}: cannot read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
      });
      const today = claimToday();
      // the checker's modules load while the ledger opens
      const claims = import('../claims/index.js');
      await withLedger(command, async (ledger) => {
        const { checkClaim, checkDocument, claimDepsFor } = await claims;
        const deps = await claimDepsFor(ledger, today);
        if (markdown === null) {
          const result = await checkClaim(sentence!, deps);
          io.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : resultText(result));
          if (result.verdict === 'unparseable') io.exitCode = 2;
          return;
        }
        const results = await checkDocument(markdown, deps);
        io.out(options.json ? `${JSON.stringify({ file: options.file, today, summary: tally(results), claims: results }, null, 2)}\n` : documentText(options.file!, results));
        if (results.length === 0) {
          io.err(`airledger: ${options.file}: no numeric claim found (a claim is a sentence with a number of strikes)\n`);
          io.exitCode = 2;
        }
      });
    });
}

function tally(results: readonly CheckResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) out[r.verdict] = (out[r.verdict] ?? 0) + 1;
  return out;
}

/** The answer for one sentence: verdict, how it was read, and each sub-claim with its figures and records. */
export function resultText(r: CheckResult, indent = ''): string {
  const lines: string[] = [];
  const add = (text: string, depth = 0) => lines.push(`${indent}${'  '.repeat(depth)}${text}`);
  add(`${r.verdict.toUpperCase()}: ${r.sentence}`);
  if (r.verdict === 'unparseable' && r.parts.length === 0) {
    add(`Cannot check: ${[...r.missing.map((m) => `missing ${m}`), ...r.problems].join('; ') || 'no numeric claim'}`, 1);
    if (r.interpretation.length) add('Understood:', 1);
    for (const note of r.interpretation) add(`- ${note}`, 2);
    return `${lines.join('\n')}\n`;
  }
  add('Interpretation:', 1);
  for (const note of r.interpretation) add(`- ${note}`, 2);
  r.parts.forEach((part, i) => partText(part, i, r.parts.length, add));
  return `${lines.join('\n')}\n`;
}

function partText(p: PartResult, i: number, total: number, add: (text: string, depth?: number) => void): void {
  add(`${total > 1 ? `Claim ${i + 1} of ${total}` : 'Claim'} (${p.kind}) "${p.text.trim()}": ${p.verdict}`, 1);
  // The first explanation line states claimed (with what it accepts) against found.
  for (const line of p.explanation) add(line, 2);
  if (p.kind === 'unresolved') return;
  const strikes = p.records.reduce((s, x) => s + x.strikes, 0);
  add(`records (${plural(p.records.length, 'record')}, ${plural(strikes, 'strike')}):`, 2);
  for (const r of p.records.slice(0, MAX_RECORDS_SHOWN)) add(recordLine(r), 3);
  if (p.records.length > MAX_RECORDS_SHOWN) add(`… ${p.records.length - MAX_RECORDS_SHOWN} more (--json lists all)`, 3);
}

function recordLine(r: RecordOut): string {
  return `${r.date}  ${r.place.padEnd(16)} ${String(r.strikes).padStart(3)}  ${r.source}`;
}

function documentText(file: string, results: readonly DocumentCheck[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${file}:${r.line}`);
    out.push(resultText(r, '  '));
  }
  const counts = Object.entries(tally(results)).map(([verdict, n]) => `${n} ${verdict}`);
  out.push(`${plural(results.length, 'claim')} checked in ${file}${counts.length ? `: ${counts.join(', ')}` : ''}\n`);
  return out.join('\n');
}
