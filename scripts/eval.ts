/**
 * Accuracy of the claim reader on the dev set of real published sentences (no corpus needed), then of ingest
 * and place resolution against the dev corpus's hand-refined truth.csv.
 * Usage: npm run eval [-- --corpus DIR] [-- --strict]. Prints figures and every miss; with --strict, exits 1 below a target.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { claimDepsFor } from '../src/claims/index.js';
import { Ledger } from '../src/store/index.js';
import { confidentOnWrong, evalReadings, type ClaimOutcome } from './eval-claims.js';
import { REFERENCE_POINTS } from './eval-reference.js';

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(3)}%`);
let failed = false;
const target = (ok: boolean) => {
  if (!ok) failed = true;
  return ok ? 'met' : 'MISSED';
};
const today = new Date().toISOString().slice(0, 10);

// 0. Claim readings on the dev set: places from the built-in gazetteer of an empty ledger.
const claimOutcomes: ClaimOutcome[] = await (async () => {
  const empty = await Ledger.open('memory://');
  try {
    return evalReadings(await claimDepsFor(empty, today));
  } finally {
    await empty.close();
  }
})();
{
  const right = claimOutcomes.filter((o) => o.right).length;
  const refused = claimOutcomes.filter((o) => o.refused);
  const wrongUnrefused = claimOutcomes.filter((o) => !o.right && !o.refused);
  const sentences = new Set(claimOutcomes.map((o) => o.article.url)).size;
  console.log(`claim readings (test/fixtures/claims-dev-set.json, ${claimOutcomes.length} claim sentences from ${sentences} pages):`);
  console.log(`  readings right: ${right}/${claimOutcomes.length} = ${pct(right, claimOutcomes.length)} (target ≥ 90%: ${target(right / claimOutcomes.length >= 0.9)})`);
  console.log(`  refusals: ${refused.length} (${refused.filter((o) => o.right).length} expected, ${refused.filter((o) => !o.right).length} where a reading was expected)`);
  console.log(`  wrong readings not refused (each could get a confident verdict): ${wrongUnrefused.length} (target 0: ${target(wrongUnrefused.length === 0)})`);
  for (const o of claimOutcomes.filter((c) => !c.right)) {
    console.log(`  ${o.refused ? 'refused' : 'WRONG'}: ${o.article.published} ${o.article.url}\n    "${o.sentence ?? '(none)'}"\n    expected ${o.expected}\n    read     ${o.got}`);
  }
}

const corpusArg = process.argv.indexOf('--corpus');
const corpus = resolve(corpusArg > 0 ? process.argv[corpusArg + 1]! : join(import.meta.dirname, '../../shared/data/oir'));
if (!existsSync(join(corpus, 'truth.csv'))) {
  console.log(`\nconfident verdicts on a wrong reading: not measured against a ledger (no corpus at ${corpus}); see "wrong readings not refused" above`);
  console.log(`ingest eval skipped: no corpus at ${corpus}`);
  process.exit(failed && process.argv.includes('--strict') ? 1 : 0);
}

interface TruthRow { date: string; country: string; location: string; strikes: string }
const truth = (parse(readFileSync(join(corpus, 'truth.csv')), { columns: true }) as TruthRow[]).map((r) => ({ ...r, n: Number(r.strikes) }));
const first = truth.reduce((m, r) => (r.date < m ? r.date : m), '9999');
const last = truth.reduce((m, r) => (r.date > m ? r.date : m), '0000');

const started = performance.now();
const ledger = await Ledger.open('memory://');
const summary = await ledger.importSources([join(corpus, 'releases')]);
const importMs = performance.now() - started;
const records = await ledger.strikes({ from: first, to: last });
const all = await ledger.strikes({});

// The dev set's wrong readings that were not refused, checked against the corpus ledger: none may get a verdict.
{
  const confident = await confidentOnWrong(claimOutcomes, await claimDepsFor(ledger, today));
  console.log(`\nconfident verdicts on a wrong reading (dev set against the corpus ledger): ${confident.length} (target 0: ${target(confident.length === 0)})`);
  for (const o of confident) console.log(`  "${o.sentence}": ${o.got}`);
}


console.log(`\ncorpus: ${corpus}`);
console.log(`import: ${summary.releasesImported} releases, ${summary.strikeLines} strike lines, ${summary.strikeRecords} records, ` +
  `${summary.unparsedLines.length} lines not parsed, ${summary.needReview.length} names need review, ${summary.failed} files failed (${(importMs / 1000).toFixed(1)} s)`);
for (const u of summary.unparsedLines) console.log(`  not parsed: ${u.uri}:${u.lineNo}: ${u.reason}`);
for (const f of summary.files.filter((f) => f.status === 'failed')) console.log(`  failed: ${f.uri}: ${f.reason}`);

// 1. Per (day, country section) strike totals.
const dayKey = (date: string, country: string) => `${date}|${country}`;
const truthDay = new Map<string, number>();
for (const r of truth) truthDay.set(dayKey(r.date, r.country), (truthDay.get(dayKey(r.date, r.country)) ?? 0) + r.n);
const oursDay = new Map<string, number>();
for (const r of records) oursDay.set(dayKey(r.date, r.country), (oursDay.get(dayKey(r.date, r.country)) ?? 0) + r.strikes);
const dayKeys = new Set([...truthDay.keys(), ...oursDay.keys()]);
const dayMisses = [...dayKeys].filter((k) => truthDay.get(k) !== oursDay.get(k)).sort();
const dayRate = (dayKeys.size - dayMisses.length) / dayKeys.size;
console.log(`\n(day, section) totals equal to truth: ${dayKeys.size - dayMisses.length}/${dayKeys.size} = ${pct(dayKeys.size - dayMisses.length, dayKeys.size)} (target ≥ 99.5%: ${target(dayRate >= 0.995)})`);
// Some truth rows are exact repeats (same day, section, place and count) where the release has one line: say so.
const repeatedTruth = (k: string) => {
  const rows = truth.filter((r) => dayKey(r.date, r.country) === k).map((r) => `${r.location}|${r.n}`);
  return rows.filter((row, i) => rows.indexOf(row) !== i).map((row) => row.split('|')[0]);
};
for (const k of dayMisses) {
  const repeats = repeatedTruth(k);
  const note = repeats.length ? ` (truth.csv repeats ${repeats.join(', ')}; the release text has one such line)` : '';
  console.log(`  miss ${k}: ours ${oursDay.get(k) ?? 0}, truth ${truthDay.get(k) ?? 0}${note}`);
}

// 2. Per-place strike counts: truth's canonical name and the release's name must resolve to one place.
const placeKeyOf = async (name: string, section: string) => {
  const r = await ledger.places.resolve(name, section);
  return r.place && r.status !== 'unresolved' ? r.place.key : `unresolved:${name}`;
};
const truthPlace = new Map<string, number>();
for (const r of truth) {
  const k = `${r.date}|${r.country}|${await placeKeyOf(r.location, r.country)}`;
  truthPlace.set(k, (truthPlace.get(k) ?? 0) + r.n);
}
const oursPlace = new Map<string, number>();
for (const r of records) {
  const k = `${r.date}|${r.country}|${r.placeKey ?? `unresolved:${r.placeText}`}`;
  oursPlace.set(k, (oursPlace.get(k) ?? 0) + r.strikes);
}
let tp = 0;
let fp = 0;
let fn = 0;
const placeMisses: string[] = [];
for (const k of new Set([...truthPlace.keys(), ...oursPlace.keys()])) {
  const t = truthPlace.get(k) ?? 0;
  const o = oursPlace.get(k) ?? 0;
  tp += Math.min(t, o);
  fp += Math.max(0, o - t);
  fn += Math.max(0, t - o);
  if (t !== o) placeMisses.push(`  miss ${k}: ours ${o}, truth ${t}`);
}
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
const f1 = (2 * precision * recall) / (precision + recall);
console.log(`\nper-place strike counts: precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, F1 ${f1.toFixed(4)} (target ≥ 0.99: ${target(f1 >= 0.99)})`);
for (const m of placeMisses.sort()) console.log(m);

// 3. Coordinates: strikes whose resolved place lies within 30 km of the reference point for truth's name.
const km = (a: [number, number], b: [number, number]) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b[0] - a[0]) * rad) / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(((b[1] - a[1]) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const byDaySection = new Map<string, typeof records>();
for (const r of records) byDaySection.set(dayKey(r.date, r.country), [...(byDaySection.get(dayKey(r.date, r.country)) ?? []), r]);
let near = 0;
let checked = 0;
const noReference = new Map<string, number>();
const far = new Map<string, { n: number; got: string }>();
for (const r of truth) {
  const ref = REFERENCE_POINTS[r.location];
  if (!ref) {
    noReference.set(r.location, (noReference.get(r.location) ?? 0) + r.n);
    continue;
  }
  checked += r.n;
  const candidates = byDaySection.get(dayKey(r.date, r.country)) ?? [];
  const within = candidates.filter((c) => c.lat !== null && km(ref, [c.lat, c.lon!]) <= 30).reduce((n, c) => n + c.strikes, 0);
  near += Math.min(within, r.n);
  if (within < r.n) {
    const got = candidates.map((c) => `${c.placeText}→${c.place ?? '?'}${c.lat !== null ? ` ${Math.round(km(ref, [c.lat, c.lon!]))} km` : ''}`).find((s) => s.startsWith(r.location)) ?? 'no record';
    const entry = far.get(r.location) ?? { n: 0, got };
    entry.n += r.n - Math.min(within, r.n);
    far.set(r.location, entry);
  }
}
console.log(`\nstrikes resolved within 30 km of the right town: ${near}/${checked} = ${pct(near, checked)} (target ≥ 99%: ${target(near / checked >= 0.99)})`);
for (const [name, { n, got }] of far) console.log(`  ${name}: ${n} strikes not within 30 km (e.g. ${got})`);
if (noReference.size) console.log(`  not checked (no reference point): ${[...noReference].map(([n, s]) => `${n} (${s})`).join(', ')}`);

// Records outside truth's span (the 2014 prose releases) are not scored; show how many there are.
console.log(`\nrecords outside truth's span (${first}..${last}), unscored: ${all.length - records.length}`);
await ledger.close();
process.exit(failed && process.argv.includes('--strict') ? 1 : 0);
