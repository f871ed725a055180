import {
  coverageOf,
  dailySeries,
  describeCoverage,
  formatInterval,
  formatShare,
  formatWindow,
  intersect,
  shareOf,
  totalsByDay,
  acceptedShares,
  contains,
  type Coverage,
  type Day,
  type Window,
} from '../analysis/index.js';
import type { ClaimData, RecordRef, StrikeScope } from './data.js';
import { countByName, describeNames, explainByNames, type NameCount } from './names.js';
import { parseClaim } from './parse.js';
import { describeScope } from './placePhrases.js';
import { acceptedCount } from './tolerance.js';
import type { ClaimContext, ClaimQuery, PlaceScope, Verdict } from './types.js';
import { combineVerdicts, findStreak, verdictFor } from './verdict.js';

export type CheckDeps = ClaimContext & { data: ClaimData };

export interface CoverageOut {
  from: Day;
  to: Day;
  covered_days: number;
  total_days: number;
  missing_days: Day[];
  missing_ranges: Window[];
}

export interface RecordOut {
  date: Day;
  /** The place as the release wrote it. */
  place: string;
  place_key: string | null;
  strikes: number;
  /** `file:line`. */
  source: string;
}

export interface PlaceOut {
  kind: PlaceScope['kind'];
  key: string | null;
  name: string;
  aliases: string[];
}

export type ClaimedOut =
  | { kind: 'count'; value: number; approx: string; text: string; accepted: string }
  | { kind: 'share'; num: number; den: number; approx: string; text: string; accepted: string }
  | { kind: 'streak'; days: number; strikes: number | null; approx: string | null; text: string; accepted: string };

export type FoundOut =
  | { kind: 'count'; value: number }
  | { kind: 'share'; inside: number; total: number; share: number | null }
  | { kind: 'streak'; window: Window | null; strikes: number; strike_days: number; zero_days: Day[]; unknown_days: Day[] };

/** The answer for one numeric sub-claim of a sentence. */
export interface PartResult {
  kind: ClaimQuery['kind'] | 'unresolved';
  text: string;
  verdict: Verdict;
  claimed: ClaimedOut | null;
  found: FoundOut | null;
  window: Window | null;
  sub_window: Window | null;
  place: PlaceOut | null;
  radius_km: number | null;
  coverage: CoverageOut | null;
  records: RecordOut[];
  names: NameCount[];
  explanation: string[];
}

/** The answer for a sentence: the first part's figures at the top, every part in `parts`. */
export interface CheckResult {
  sentence: string;
  verdict: Verdict;
  claimed: ClaimedOut | null;
  found: FoundOut | null;
  window: Window | null;
  place: PlaceOut | null;
  radius_km: number | null;
  coverage: CoverageOut | null;
  records: RecordOut[];
  names: NameCount[];
  interpretation: string[];
  parts: PartResult[];
  missing: string[];
  problems: string[];
  /** One line for the analyst. */
  message: string;
}

/**
 * Checks an English sentence against the ledger: reads its claims, queries the records and release
 * days of each window, and gives a verdict per claim and for the sentence (see `verdictFor` and
 * `combineVerdicts`). Never throws for a bad sentence: that is an `unparseable` answer saying why.
 */
export async function checkClaim(sentence: string, deps: CheckDeps): Promise<CheckResult> {
  const parsed = parseClaim(sentence, deps);
  if (!parsed.ok) {
    const u = parsed.understood;
    return {
      sentence, verdict: 'unparseable', claimed: null, found: null, window: u.window,
      place: u.place ? placeOut(u.place) : null, radius_km: u.radiusKm, coverage: null, records: [], names: [],
      interpretation: u.notes, parts: [], missing: parsed.missing, problems: parsed.problems, message: parsed.message,
    };
  }
  const cache = new Map<string, Promise<RecordRef[]>>();
  const records = (scope: StrikeScope, window: Window) => {
    const key = JSON.stringify([scope.place.kind === 'place' ? scope.place.key : scope.place, scope.radiusKm, window]);
    if (!cache.has(key)) cache.set(key, deps.data.records(scope, window));
    return cache.get(key)!;
  };
  const hull = hullOf(parsed.claim.flatMap((c) => (c.kind === 'share' ? [c.window, c.subWindow] : [c.window])));
  const released = hull ? await deps.data.releaseDays(hull) : [];

  const parts: PartResult[] = [];
  for (const claim of parsed.claim) parts.push(await checkPart(claim, records, released));
  for (const u of parsed.unresolved) {
    parts.push({
      kind: 'unresolved', text: u.text, verdict: 'unparseable', claimed: null, found: null, window: null, sub_window: null,
      place: null, radius_km: null, coverage: null, records: [], names: [], explanation: [u.reason, ...u.missing.map((m) => `missing ${m}`)],
    });
  }
  const verdict = combineVerdicts(parts.map((p) => p.verdict));
  const main = parts[0]!;
  return {
    sentence, verdict, claimed: main.claimed, found: main.found, window: main.window, place: main.place, radius_km: main.radius_km,
    coverage: main.coverage, records: main.records, names: main.names, interpretation: parsed.interpretation, parts,
    missing: parsed.unresolved.flatMap((u) => u.missing), problems: [], message: summary(verdict, parts),
  };
}

type Records = (scope: StrikeScope, window: Window) => Promise<RecordRef[]>;

async function checkPart(claim: ClaimQuery, records: Records, released: Day[]): Promise<PartResult> {
  const scope = { place: claim.place, radiusKm: claim.radiusKm };
  const rows = await records(scope, claim.window);
  const coverage = coverageOf(claim.window, released);
  const names = countByName(rows, scope);
  const base = {
    kind: claim.kind, text: claim.text, window: claim.window, sub_window: null, place: placeOut(claim.place),
    radius_km: claim.place.kind === 'place' ? claim.radiusKm : null, coverage: coverageOut(coverage), records: rows.map(recordOut), names,
  };
  const where = describeScope(claim.place, claim.radiusKm);
  const explanation = [`${where}, ${formatWindow(claim.window)}`, describeCoverage(coverage)];
  if (names.length > 0) explanation.push(`names in the record: ${describeNames(names)}`);

  switch (claim.kind) {
    case 'count': {
      const value = rows.reduce((s, r) => s + r.strikes, 0);
      const verdict = verdictFor(claim, { value, coverage });
      const accepted = acceptedCount(claim.claimed);
      explanation.unshift(`claimed ${claim.claimed.text.trim()} (accepted: ${formatInterval(accepted)}); found ${value}`);
      if (verdict === 'contradicted') explanation.push(...explainByNames(names, value, accepted, scope));
      if (verdict === 'partial-coverage') explanation.push(`${value} found on the ${coverage.coveredDays} days with a release; the ${coverage.missingDays.length} days without one could hold more`);
      return { ...base, verdict, claimed: { kind: 'count', value: claim.claimed.value, approx: claim.claimed.approx, text: claim.claimed.text, accepted: formatInterval(accepted) }, found: { kind: 'count', value }, explanation };
    }
    case 'share': {
      const share = shareOf(totalsByDay(rows), claim.window, claim.subWindow);
      const inner = intersect(claim.window, claim.subWindow) ?? claim.subWindow;
      const subCoverage = coverageOf(inner, released);
      const verdict = verdictFor(claim, { value: share, coverage, subCoverage });
      const accepted = acceptedShares(claim.claimedShare, share.total);
      const s = claim.claimedShare;
      explanation.unshift(`claimed ${s.text} (${s.fraction.num}/${s.fraction.den}, accepted: ${formatInterval(accepted)}) of the strikes in ${formatWindow(inner)}; found ${formatShare(share)}`);
      explanation.push(`sub-window ${describeCoverage(subCoverage)}`);
      const inside = rows.filter((r) => contains(inner, r.date));
      return {
        ...base, sub_window: claim.subWindow, verdict, records: base.records,
        claimed: { kind: 'share', num: s.fraction.num, den: s.fraction.den, approx: s.approx, text: s.text, accepted: formatInterval(accepted) },
        found: { kind: 'share', inside: share.inside, total: share.total, share: share.value },
        explanation: [...explanation, `records inside the sub-window: ${inside.length}`],
      };
    }
    case 'streak': {
      const points = dailySeries(claim.window, totalsByDay(rows), released);
      const found = findStreak(claim, points);
      const verdict = verdictFor(claim, { value: found, coverage });
      const accepted = claim.strikes ? formatInterval(acceptedCount(claim.strikes)) : 'any';
      explanation.unshift(
        `claimed ${claim.strikes ? `${claim.strikes.value} strikes` : 'strikes'} on ${claim.days} consecutive days; ` +
          (found.window ? `found ${found.strikes} strikes on ${found.strikeDays} of the ${claim.days} days ${formatWindow(found.window)}` : `no run of ${claim.days} strike days in ${formatWindow(claim.window)}`),
      );
      if (found.zeroDays.length) explanation.push(`no strikes recorded on ${found.zeroDays.join(', ')} (days with a release)`);
      if (found.unknownDays.length) explanation.push(`no release on ${found.unknownDays.join(', ')}`);
      const runRows = found.window ? rows.filter((r) => contains(found.window!, r.date)) : [];
      return {
        ...base, verdict, records: runRows.map(recordOut),
        claimed: { kind: 'streak', days: claim.days, strikes: claim.strikes?.value ?? null, approx: claim.strikes?.approx ?? null, text: claim.text, accepted },
        found: { kind: 'streak', window: found.window, strikes: found.strikes, strike_days: found.strikeDays, zero_days: found.zeroDays, unknown_days: found.unknownDays },
        explanation,
      };
    }
  }
}

function summary(verdict: Verdict, parts: PartResult[]): string {
  const main = parts[0]!;
  const bits = parts.map((p) => `${p.text}: ${p.verdict}${p.explanation[0] ? ` (${p.explanation[0]})` : ''}`);
  const coverage = main.coverage ? `; coverage ${main.coverage.covered_days} of ${main.coverage.total_days} days` : '';
  return `${verdict}: ${bits.join('; ')}${coverage}`;
}

function hullOf(windows: Window[]): Window | null {
  if (windows.length === 0) return null;
  return { from: windows.map((w) => w.from).sort()[0]!, to: windows.map((w) => w.to).sort().at(-1)! };
}

function placeOut(p: PlaceScope): PlaceOut {
  if (p.kind === 'place') return { kind: 'place', key: p.key, name: p.name, aliases: p.aliases };
  if (p.kind === 'country') return { kind: 'country', key: p.code, name: p.name, aliases: [] };
  return { kind: 'anywhere', key: null, name: 'anywhere', aliases: [] };
}

function coverageOut(c: Coverage): CoverageOut {
  return { from: c.from, to: c.to, covered_days: c.coveredDays, total_days: c.totalDays, missing_days: c.missingDays, missing_ranges: c.missingRanges };
}

function recordOut(r: RecordRef): RecordOut {
  return { date: r.date, place: r.placeText, place_key: r.placeKey, strikes: r.strikes, source: r.source };
}
