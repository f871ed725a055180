/**
 * Performance figures for the analysis and claims queries (printed, never asserted): a ledger of
 * 1,000,000 strike records in an on-disk PGlite, built directly with SQL (releases on ~4,000 days, records
 * spread over 30 real place names resolved through the PlaceBook), then p50/p95 of the queries.
 * Usage: npx tsx scripts/bench-analysis.ts [--records 1000000] [--runs 30] [--keep DIR]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countReport } from '../src/analysis/index.js';
import { checkClaim, claimDepsFor } from '../src/claims/index.js';
import type { ParsedStrike } from '../src/ingest/types.js';
import { Ledger } from '../src/store/index.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const total = Number(arg('--records') ?? 1_000_000);
const runs = Number(arg('--runs') ?? 30);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// In order of how often they are drawn (most first): Palmyra and Tadmur sit mid-list, about 2.8% of records each.
const NAMES: Array<[string, string]> = [
  ['Mosul', 'Iraq'], ['Raqqa', 'Syria'], ['Ramadi', 'Iraq'], ['Dayr Az Zawr', 'Syria'], ['Fallujah', 'Iraq'],
  ['Kobani', 'Syria'], ['Manbij', 'Syria'], ['Abu Kamal', 'Syria'], ['Tal Afar', 'Iraq'], ['Al Hasakah', 'Syria'],
  ['Palmyra', 'Syria'], ['Tadmur', 'Syria'], ['Ayn Isa', 'Syria'], ['Al Bab', 'Syria'], ['Mar\'a', 'Syria'],
  ['Ash Shaddadi', 'Syria'], ['Dayr Hafir', 'Syria'], ['Homs', 'Syria'], ['Aleppo', 'Syria'], ['Tikrit', 'Iraq'],
  ['Bayji', 'Iraq'], ['Kirkuk', 'Iraq'], ['Sinjar', 'Iraq'], ['Hit', 'Iraq'], ['Haditha', 'Iraq'],
  ['Al Baghdadi', 'Iraq'], ['Rutbah', 'Iraq'], ['Qayyarah', 'Iraq'], ['Makhmur', 'Iraq'], ['Al Qaim', 'Iraq'],
];
const FIRST_DAY = '2014-08-08';
const DAYS = 4000;

const dir = arg('--keep') ?? mkdtempSync(join(tmpdir(), 'airledger-bench-analysis-'));
const ledger = await Ledger.open(join(dir, 'db'));

const t0 = performance.now();
const mentions = await ledger.places.placesFor(NAMES.map(([placeText, country]) => ({ placeText, country }) as ParsedStrike));
const mentionIds = mentions.map((m) => m.mentionId);
// Every 53rd day has no release: the ledger has gaps, as the real one does.
await ledger.db.query(
  `INSERT INTO releases (issuer, report_date, source_uri, content_hash, format, line_count)
   SELECT 'bench', d::date, 'bench/' || to_char(d, 'YYYY-MM-DD') || '.txt', md5('bench' || d::text), 'text', $2::int
   FROM generate_series($1::date, $1::date + ($3 - 1), interval '1 day') AS d
   WHERE (d::date - $1::date) % 53 <> 52`,
  [FIRST_DAY, 0, DAYS],
);
const { rows: released } = await ledger.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM releases`);
const perDay = Math.ceil(total / released[0]!.n);
// Names drawn with a skew (squares of a uniform number), so a few places hold most records, as in the releases.
await ledger.db.query('SELECT setseed(0.42)');
await ledger.db.query(
  `INSERT INTO strike_records (release_id, date, mention_id, relation, strikes, effects, targets, line_no, raw_line)
   SELECT rel.id, rel.report_date, ($1::int[])[1 + floor(power(random(), 2) * $2)::int], 'near', 1 + (i % 4),
          'destroyed an ISIL fighting position', '[{"count":1,"effect":"destroyed","target":"fighting position"}]'::jsonb,
          i + 4, '- Near somewhere, an airstrike destroyed an ISIL fighting position.'
   FROM releases rel CROSS JOIN generate_series(1, $3) AS i
   WHERE rel.issuer = 'bench'
   LIMIT $4`,
  [mentionIds, mentionIds.length, perDay, total],
);
await ledger.db.query('ANALYZE');
const control = join(import.meta.dirname, '../test/fixtures/control-palmyra.csv');
await ledger.importControl(readFileSync(control, 'utf8'), control);
const stats = await ledger.stats();
console.log(`analysis bench ledger (PGlite on disk, built with SQL): ${fmt(stats.records)} records, ${fmt(stats.releases)} releases ` +
  `${stats.firstDay}..${stats.lastDay}, ${NAMES.length} place names, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

async function measure(label: string, target: number | null, fn: () => Promise<unknown>): Promise<void> {
  await fn(); // warm: gazetteer, plan cache, pages
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length * 0.5)]!;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
  const verdict = target === null ? '' : p50 <= target ? ` (target p50 ≤ ${target} ms: met)` : ` (target p50 ≤ ${target} ms: MISSED)`;
  console.log(`  ${label}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${runs} runs${verdict}`);
}

const palmyra = (await ledger.knownPlace('Palmyra'))!;
const window = { from: '2015-05-20', to: '2016-03-27' };
const fiveYears = { from: '2015-01-01', to: '2019-12-31' };
const today = new Date().toISOString().slice(0, 10);
const sentence =
  'Between the fall of Palmyra on 20 May 2015 and its re-conquest on 27 March 2016, OIR launched eight airstrikes in and around Palmyra, with a notable concentration — a third of those strikes — during the pro-regime offensive.';

const sample = await countReport(ledger, { near: 'Palmyra', ...window });
console.log(`  (Palmyra ${window.from}..${window.to}: ${fmt(sample.records)} records, ${fmt(sample.strikes)} strikes; ` +
  `coverage ${sample.coverage.coveredDays} of ${sample.coverage.totalDays} days)`);
await measure('count by place and window (Palmyra, 313 days; total + coverage)', 20, () => countReport(ledger, { near: 'Palmyra', ...window }));
await measure('count by place and window (Mosul, the heaviest place, 313 days)', null, () => countReport(ledger, { near: 'Mosul', ...window }));
await measure('  of which the SQL count alone', null, () => ledger.countStrikes({ placeKey: palmyra.key, ...window }));
await measure('radius count (25 km around Palmyra, 313 days; total + coverage)', 30, () => countReport(ledger, { near: 'Palmyra', radiusKm: 25, ...window }));
await measure('5-year daily series (Palmyra, 2015-2019, with coverage)', 100, () => countReport(ledger, { near: 'Palmyra', ...fiveYears }, { by: 'day' }));
await measure('5-year daily series (whole ledger, 2015-2019, with coverage)', null, () => countReport(ledger, { ...fiveYears }, { by: 'day' }));
await measure('check one sentence end to end (Palmyra 2015-2016, count + share; deps + parse + queries + verdict)', 200, async () =>
  checkClaim(sentence, await claimDepsFor(ledger, today)));

await ledger.close();
if (!arg('--keep')) rmSync(dir, { recursive: true, force: true });
