import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readClaim, type ClaimContext } from '../../src/claims/index.js';
import { lineAccounting, parseRelease } from '../../src/ingest/index.js';
import { MAX_COUNT_DIGITS } from '../../src/ingest/countShape.js';
import { decodeText } from '../../src/ingest/sources.js';
import { depsFor, palmyraLedger, PALMYRA_1, PALMYRA_2 } from '../support/palmyraLedger.js';

// Hostile input for the release and claim parsers, shared by `npm run fuzz` and the smaller vitest sample:
// fast-check's arbitraries and mutations of real lines. Each input must parse without throwing, within
// the time limit, with every physical line of a release accounted for, and no count the text does not state:
// every count fits the ledger (1 to 999,999,999), a signed, decimal, fractional or ten-digit count is listed
// as not parsed, and text holding NUL is refused before it could reach the database.

export const TIME_LIMIT_MS = 1_000;
const SHARED_RELEASES = new URL('../../../shared/data/oir/releases', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Real release texts: the shared corpus when present, the fixtures otherwise. */
export function realReleases(max = 400): string[] {
  const files = existsSync(SHARED_RELEASES)
    ? walk(SHARED_RELEASES)
    : readdirSync(FIXTURES).filter((f) => f.startsWith('release-') && !f.endsWith('.csv')).map((f) => join(FIXTURES, f));
  return files.sort().slice(0, max).map((f) => readFileSync(f, 'utf8'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A small generator (mulberry32) so that a run is replayable from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HTML = ['<li>', '</li>', '<p>', '</p>', '<br>', '<br/>', '<ul>', '<script>alert(1)</script>', '<!--', '-->', '<div class="body">', '&nbsp;', '&amp;', '<b>Near</b>'];
const INSERTS = ['Near ', 'near ', ', ', ',', '12 ', 'twenty-one ', '1,000 ', '0 ', '-1 ', '- ', '-- ', '* ', '• ', '\u00a0', '\t', '\r', '\n', 'Syria\n', 'Iraq\n', 'May 23, 2015\n', "'); DROP TABLE releases; --", '$1', '\u202e', '\ufeff', 'ﬁ', '🇸🇾',
  '\u0000', '2.5 ', '-5 ', '\u22125 ', '1/2 ', 'half a ', '2-5 ', '99999999999999999999 ', '2147483648 ', '999999999 '];
const RUNS = ['a', ' ', ',', 'Near ', '1', '9,', '- ', '<li>', 'airstrikes ', '\n', 'Near X, ', ' and ', '.'];

/**
 * One mutation of `text`: a byte flip, a duplicated or dropped line, a truncation, an insertion, or a run
 * of a character or word, now and then 100,000 characters long (`longRun` caps that).
 */
export function mutate(text: string, random: () => number, longRun = 100_000): string {
  const at = Math.floor(random() * (text.length + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  switch (Math.floor(random() * 8)) {
    case 0: {
      if (text.length === 0) return text;
      const i = Math.min(at, text.length - 1);
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << Math.floor(random() * 16))) + text.slice(i + 1);
    }
    case 1: {
      const lines = text.split('\n');
      const i = Math.floor(random() * lines.length);
      lines.splice(i, 0, ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => lines[i]!));
      return lines.join('\n');
    }
    case 2:
      return text.slice(0, at);
    case 3: {
      const lines = text.split('\n');
      lines.splice(Math.floor(random() * lines.length), 1);
      return lines.join('\n');
    }
    case 4:
      return text.slice(0, at) + pick(HTML) + text.slice(at);
    case 5:
      return text.slice(0, at) + pick(INSERTS) + text.slice(at);
    case 6: {
      // Long runs are where a backtracking pattern would show: mostly short, sometimes 100,000 characters.
      const run = pick(RUNS);
      return text.slice(0, at) + run.repeat(random() < 0.02 ? Math.ceil(longRun / run.length) : 1 + Math.floor(random() * 200)) + text.slice(at);
    }
    default:
      return text.slice(0, at) + String(Math.floor(random() * 1e9)) + text.slice(at);
  }
}

/** Counts a release must never store as a number: signs, decimals, fractions, ranges, more than 9 digits. */
const unstatedCount: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('-', '\u2212', '\u2013', 'minus ', 'negative '), fc.oneof(fc.integer({ min: 1, max: 999_999 }).map(String), fc.constantFrom('five', 'an'))).map(([sign, n]) => `${sign}${n}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','), fc.integer({ min: 1, max: 99 })).map(([a, dot, b]) => `${a}${dot}${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('/', '\u2044'), fc.integer({ min: 2, max: 99 })).map(([a, slash, b]) => `${a}${slash}${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 2, max: 99 })).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('half a', 'half an', 'two thirds of a', '.5'),
  fc.bigInt({ min: 10n ** BigInt(MAX_COUNT_DIGITS), max: 10n ** 30n }).map(String),
  fc.bigInt({ min: 10n ** BigInt(MAX_COUNT_DIGITS), max: 10n ** 15n }).map((n) => n.toLocaleString('en-US')),
);

/**
 * Releases mixing lines "Near Nowhere, <count stated otherwise> airstrikes …", which must be listed as not
 * parsed, with "Near Hit, <N> airstrikes …" for N up to 999,999,999, which must be stored as N.
 */
const unstatedCountReleases: fc.Arbitrary<string> = fc.array(
  fc.oneof(
    unstatedCount.map((count) => `- Near Nowhere, ${count} airstrikes struck an ISIL tactical unit.`),
    fc.integer({ min: 1, max: 999_999_999 }).map((n) => `- Near Hit, ${n} airstrikes struck an ISIL tactical unit.`),
  ),
  { minLength: 1, maxLength: 12 },
).map((lines) => ['Military airstrikes continue', 'May 23, 2015', 'Iraq', ...lines].join('\n'));

/** Inputs from fast-check's arbitraries: random unicode, release-shaped lines, numbers, HTML fragments. */
function arbitraryReleases(realLines: string[]): fc.Arbitrary<string> {
  const line = fc.oneof(
    fc.constantFrom(...realLines),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.tuple(fc.constantFrom('- ', '-- ', '* ', '• ', ''), fc.constantFrom('Near ', 'near ', 'In ', ''), fc.string({ maxLength: 30 }), fc.constantFrom(', ', ',', ' '),
      fc.oneof(fc.integer({ min: -5, max: 1_000_000 }).map(String), fc.constantFrom('one', 'twenty-two', 'an', 'a dozen')),
      fc.constantFrom(' airstrikes', ' strikes', ' engagements', ''), fc.string({ maxLength: 60 })).map((parts) => parts.join('')),
    fc.constantFrom(...HTML),
    fc.date({ noInvalidDate: true }).map((d) => d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })),
  );
  const mixed = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));
  return fc.oneof({ arbitrary: mixed, weight: 9 }, { arbitrary: unstatedCountReleases, weight: 1 });
}

const STATED_COUNT_LINE = /^- Near Hit, (\d+) airstrikes struck an ISIL tactical unit\.$/;

/** What is wrong with the counts a parsed release stores; null when each is one the text states plainly. */
function countProblem(text: string, release: ReturnType<typeof parseRelease>): string | null {
  const outOfRange = release.strikes.find((s) => !Number.isInteger(s.strikes) || s.strikes < 1 || s.strikes > 999_999_999);
  if (outOfRange) return `line ${outOfRange.lineNo}: stored a count of ${outOfRange.strikes}`;
  const nowhere = release.strikes.find((s) => s.placeText === 'Nowhere');
  if (nowhere) return `line ${nowhere.lineNo}: stored ${nowhere.strikes} strikes from a count the line does not state`;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('- Near Nowhere, ') && !release.unparsed.some((u) => u.lineNo === i + 1)) return `line ${i + 1}: not listed as not parsed`;
    const stated = STATED_COUNT_LINE.exec(line);
    if (stated && !release.strikes.some((s) => s.lineNo === i + 1 && s.strikes === Number(stated[1]))) return `line ${i + 1}: ${stated[1]} strikes not stored as stated`;
  }
  // text holding NUL never reaches the database: the loader refuses it, naming why
  if (text.includes('\u0000') && decodeText(new TextEncoder().encode(text)).ok) return 'text holding NUL was accepted by the loader';
  return null;
}

export interface FuzzFailure {
  kind: 'release' | 'claim';
  problem: string;
  input: string;
}

export interface FuzzStats {
  inputs: number;
  durations: number[];
  failures: FuzzFailure[];
  onFailure?: (failure: FuzzFailure) => void;
  beforeInput?: (kind: FuzzFailure['kind'], input: string) => void;
}

/** Parses one release input and checks the three promises; returns the time taken. */
function checkRelease(text: string, stats: FuzzStats): void {
  stats.beforeInput?.('release', text);
  const start = performance.now();
  let problem: string | null = null;
  try {
    const release = parseRelease(text, { sourceUri: 'fuzz.txt' });
    const accounting = lineAccounting(release);
    if (accounting.missing.length > 0) problem = `lines not accounted for: ${accounting.missing.slice(0, 5).join(', ')}`;
    else if (release.format === 'text' && accounting.doubled.length > 0) problem = `lines filed twice: ${accounting.doubled.slice(0, 5).join(', ')}`;
    else problem = countProblem(text, release);
  } catch (error) {
    problem = `threw ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
  }
  record(stats, 'release', text, performance.now() - start, problem);
}

/** Times readClaim on one sentence against the Palmyra context; throws what readClaim throws. */
export function timeClaim(sentence: string): number {
  const start = performance.now();
  readClaim(sentence, depsFor(palmyraLedger()));
  return performance.now() - start;
}

function checkClaimParse(sentence: string, ctx: ClaimContext, stats: FuzzStats): void {
  stats.beforeInput?.('claim', sentence);
  const start = performance.now();
  let problem: string | null = null;
  try {
    const parsed = readClaim(sentence, ctx);
    if (parsed === null || typeof parsed !== 'object') problem = 'no answer';
  } catch (error) {
    problem = `threw ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
  }
  record(stats, 'claim', sentence, performance.now() - start, problem);
}

function record(stats: FuzzStats, kind: FuzzFailure['kind'], input: string, ms: number, problem: string | null): void {
  stats.inputs++;
  stats.durations.push(ms);
  if (ms > TIME_LIMIT_MS) problem = `${problem ? `${problem}; ` : ''}took ${Math.round(ms)} ms`;
  if (!problem) return;
  const failure = { kind, problem, input: input.length > 300 ? `${input.slice(0, 300)}… (${input.length} chars)` : input };
  stats.onFailure?.(failure);
  if (stats.failures.length < 50) stats.failures.push(failure);
}

const CLAIMS = [
  PALMYRA_1,
  PALMYRA_2,
  'OIR conducted 12 strikes near Mosul in May 2015.',
  'Between 1 and 31 March 2016 the coalition launched over forty airstrikes within 25 km of Tadmur.',
  'Half of all strikes in Syria in 2015 hit Raqqa.',
  'Since the fall of Palmyra, there were strikes on ten consecutive days.',
];

export interface FuzzOptions {
  onProgress?: (done: number) => void;
  /** Called at once for each input that fails, so a long run shows its findings as it goes. */
  onFailure?: (failure: FuzzFailure) => void;
  /** Called before each input is parsed (a watchdog keeps the long ones, to name an input that hangs). */
  beforeInput?: (kind: FuzzFailure['kind'], input: string) => void;
  /** Longest run inserted into a release (100,000 unless capped). */
  releaseRun?: number;
  /** Longest run inserted into a claim sentence (100,000 unless capped). */
  claimRun?: number;
}

/** Runs `releases` release inputs and `claims` claim inputs from `seed`; half of each from fast-check, half mutations. */
export function runFuzz(releases: number, claims: number, seed: number, options: FuzzOptions = {}): { release: FuzzStats; claim: FuzzStats } {
  const onProgress = options.onProgress;
  const random = seeded(seed);
  const real = realReleases();
  const realLines = [...new Set(real.flatMap((t) => t.split('\n')).filter((l) => l.trim()))].slice(0, 5_000);
  const release: FuzzStats = { inputs: 0, durations: [], failures: [], onFailure: options.onFailure, beforeInput: options.beforeInput };
  const claim: FuzzStats = { inputs: 0, durations: [], failures: [], onFailure: options.onFailure, beforeInput: options.beforeInput };

  const arbitrary = arbitraryReleases(realLines);
  const fromArbitrary = Math.floor(releases / 2);
  for (let done = 0; done < fromArbitrary; done += 1_000) {
    for (const text of fc.sample(arbitrary, { numRuns: Math.min(1_000, fromArbitrary - done), seed: seed + done })) checkRelease(text, release);
    onProgress?.(release.inputs);
  }
  while (release.inputs < releases) {
    let text = real[Math.floor(random() * real.length)]!;
    const steps = 1 + Math.floor(random() * 4);
    for (let i = 0; i < steps; i++) text = mutate(text, random, options.releaseRun);
    checkRelease(text, release);
    if (release.inputs % 1_000 === 0) onProgress?.(release.inputs);
  }

  const ctx = depsFor(palmyraLedger());
  const sentence = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(fc.oneof(fc.constantFrom(...CLAIMS.flatMap((c) => c.split(' '))), fc.integer({ min: -10, max: 100_000 }).map(String), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((w) => w.join(' ')),
  );
  for (const text of fc.sample(sentence, { numRuns: Math.floor(claims / 2), seed })) checkClaimParse(text, ctx, claim);
  while (claim.inputs < claims) {
    let text = CLAIMS[Math.floor(random() * CLAIMS.length)]!;
    const steps = 1 + Math.floor(random() * 3);
    for (let i = 0; i < steps; i++) text = mutate(text, random, options.claimRun);
    checkClaimParse(text, ctx, claim);
    if (claim.inputs % 1_000 === 0) onProgress?.(release.inputs + claim.inputs);
  }
  return { release, claim };
}

/** Max, p99 and median of the durations, in ms. */
export function timings(durations: number[]): { max: number; p99: number; median: number } {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { max: sorted.at(-1) ?? 0, p99: at(0.99), median: at(0.5) };
}
