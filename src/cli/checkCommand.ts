import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Article, CheckDeps, CheckResult, DocumentCheck, PartResult, RecordOut } from '../claims/index.js';
import { dayOption, UsageError, withLedger, type Io } from './context.js';
import { datedByOption } from './strikesCommand.js';
import { plural } from './format.js';

type ClaimsModule = typeof import('../claims/index.js');

interface CheckOptions {
  file?: string;
  url?: string;
  asOf?: string;
  json?: boolean;
  datedBy?: string;
}

/** The day claims are checked on: `AIRLEDGER_TODAY` when set (tests), else today's date in UTC. */
export function claimToday(): string {
  return dayOption('AIRLEDGER_TODAY', process.env.AIRLEDGER_TODAY) ?? new Date().toISOString().slice(0, 10);
}

/** Records listed per claim in the human answer; --json always lists all. */
const MAX_RECORDS_SHOWN = 40;

/** A document to check, read from a file or a page: its text, and its own date when it has one. */
interface Source {
  name: string;
  text: string;
  title: string | null;
  date: { day: string; source: string } | null;
}

export function registerCheck(program: Command, io: Io): void {
  program
    .command('check')
    .description('check a sentence, every numeric claim of a document (--file) or of a web page (--url) against the ledger')
    .argument('[sentence]', 'a claim in English, e.g. "OIR launched eight airstrikes near Palmyra between 20 May 2015 and 27 March 2016"')
    .option('--file <file>', 'check every numeric claim of a Markdown, text or saved HTML document')
    .option('--url <url>', 'check every numeric claim of a web page (its article text, as of its own date)')
    .option('--as-of <YYYY-MM-DD>', 'the day the text was published: "on Tuesday", "yesterday", "the past nine days" count back from it')
    .option('--json', 'print the answer as JSON')
    .option('--dated-by <dating>', 'count records on the day their strikes happened (strike, the default) or the day their release was issued (reported), unless a sentence dates only its statement', 'strike')
    .action(async (sentence: string | undefined, options: CheckOptions, command: Command) => {
      const given = [sentence !== undefined, options.file !== undefined, options.url !== undefined].filter(Boolean).length;
      if (given !== 1) throw new UsageError('give one of: a sentence, --file FILE, --url URL');
      const asOfDay = dayOption('--as-of', options.asOf);
      const datedBy = datedByOption(options.datedBy);
      const today = claimToday();
      if (asOfDay && asOfDay > today) throw new UsageError(`--as-of: ${asOfDay} is after today (${today})`);
      // the checker's modules load while the page is read and the ledger opens
      const checker = import('../claims/index.js');
      const source = options.file !== undefined ? await fileSource(options.file, checker) : options.url !== undefined ? await pageSource(options.url, checker) : null;
      await withLedger(command, async (ledger) => {
        const { checkClaim, checkDocument, claimDepsFor } = await checker;
        const base = await claimDepsFor(ledger, today, datedBy);
        const asOf = asOfDay ? { day: asOfDay, source: '--as-of' } : source?.date ?? undefined;
        const deps: CheckDeps = { ...base, ...(asOf ? { asOf } : {}) };
        if (source === null) {
          const result = await checkClaim(sentence!, deps);
          io.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : resultText(result));
          if (result.verdict === 'unparseable') io.exitCode = 2;
          return;
        }
        const { as_of, claims } = await checkDocument(source.text, deps);
        const where = options.file !== undefined ? { file: options.file } : { url: options.url };
        io.out(options.json ? `${JSON.stringify({ ...where, title: source.title, as_of, today, summary: tally(claims), claims }, null, 2)}\n` : documentText(source, as_of, claims));
        if (claims.length === 0) {
          io.err(`airledger: ${source.name}: no numeric claim found (a claim is a sentence with a number of strikes)\n`);
          io.exitCode = 2;
        }
      });
    });
}

async function fileSource(file: string, checker: Promise<ClaimsModule>): Promise<Source> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (/\.html?$/i.test(file) || /^\s*(?:<!doctype\s+html|<html\b)/i.test(text)) return articleSource(file, (await checker).readArticle(text));
  return { name: file, text, title: null, date: null };
}

async function pageSource(url: string, checker: Promise<ClaimsModule>): Promise<Source> {
  const page = await (await checker).fetchArticle(url, fetch);
  if (!page.ok) throw new Error(page.reason);
  return articleSource(page.url, page.article);
}

function articleSource(name: string, article: Article): Source {
  return { name, text: article.text, title: article.title, date: article.date ? { day: article.date, source: article.dateSource ?? 'the page' } : null };
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
    add(`Cannot check: ${[...r.problems, ...r.missing.map((m) => `missing ${m}`)].join('; ') || 'no numeric claim'}`, 1);
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
  if (p.kind === 'unresolved' || p.unit === 'engagements') return;
  const strikes = p.records.reduce((s, x) => s + x.strikes, 0);
  add(`records (${plural(p.records.length, 'record')}, ${plural(strikes, 'strike')}):`, 2);
  for (const r of p.records.slice(0, MAX_RECORDS_SHOWN)) add(recordLine(r), 3);
  if (p.records.length > MAX_RECORDS_SHOWN) add(`… ${p.records.length - MAX_RECORDS_SHOWN} more (--json lists all)`, 3);
}

function recordLine(r: RecordOut): string {
  const reported = r.reported_on ? ` (reported ${r.reported_on})` : '';
  return `${r.date}${reported}  ${r.place.padEnd(16)} ${String(r.strikes).padStart(3)}  ${r.source}`;
}

function documentText(source: Source, asOf: { day: string; source: string }, results: readonly DocumentCheck[]): string {
  const out: string[] = [];
  if (source.title) out.push(`${source.title}`);
  out.push(`${source.name}: read as of ${asOf.day} (${asOf.source})\n`);
  for (const r of results) {
    out.push(`${source.name}:${r.line}`);
    out.push(resultText(r, '  '));
  }
  const counts = Object.entries(tally(results)).map(([verdict, n]) => `${n} ${verdict}`);
  out.push(`${plural(results.length, 'claim')} checked in ${source.name}${counts.length ? `: ${counts.join(', ')}` : ''}\n`);
  return out.join('\n');
}
