import {
  acceptedShares,
  contains,
  coverageOf,
  dailySeries,
  describeCoverage,
  formatInterval,
  formatShare,
  formatWindow,
  intersect,
  shareOf,
  type Coverage,
} from '../analysis/index.js';
import type { Answer, Counted, EngagementsCounted } from './answer.js';
import { countByName, describeNames, explainByNames, type NameCount } from './names.js';
import { describeScope } from './placePhrases.js';
import type { Question } from './resolve.js';
import { recordOut, type ClaimedOut, type DatingOut, type FoundOut, type RecordOut } from './result.js';
import { acceptedCount } from './tolerance.js';
import type { DatedBy, Verdict } from './types.js';
import { findStreak, verdictFor } from './verdict.js';

/** The judge stage's result for one part: the verdict under the reading's dating, and the other dating's. */
export interface Judgement {
  verdict: Verdict;
  claimed: ClaimedOut;
  found: FoundOut | null;
  coverage: Coverage | null;
  records: RecordOut[];
  /** How many records make the count: `records` lists them all, or the first of them in a document. */
  recordCount: number;
  names: NameCount[];
  datings: DatingOut[];
  explanation: string[];
}

const DATING_WORDS: Record<DatedBy, string> = { strike: 'by the day the strikes happened', reported: 'by the day the releases reported them' };

/**
 * Compares what a part claims with what the ledger holds, under both datings; the verdict is the reading's
 * dating's. When the other dating would change it, the answer says both; when records have no strike day of
 * their own, it says they were counted on their release day. The only stage that says "supported".
 */
export function judgeAnswer(answer: Answer, separateDatings?: boolean): Judgement {
  const q = answer.question;
  const each = answer.unit === 'engagements' ? answer.byDating.map((e) => judgeEngagements(q, e)) : answer.byDating.map((c) => judgeStrikes(q, c));
  const [main, other] = [each[0]!, each[1]];
  const datings: DatingOut[] = each.map((j, i) => ({ dated_by: q.datings[i]!, verdict: j.verdict, found: j.found, covered_days: j.coverage?.coveredDays ?? null }));
  const explanation = [...main.explanation];
  if (other && other.verdict !== main.verdict) {
    const what = other.found?.kind === 'count' ? `found ${other.found.value}` : 'found otherwise';
    explanation.push(`counted ${DATING_WORDS[q.datings[1]]} instead: ${what}, which would be ${other.verdict}; this answer counts ${DATING_WORDS[q.datings[0]]}`);
  }
  let verdict = main.verdict;
  for (const alt of answer.alternatives) {
    const j = 'byDay' in alt ? judgeStrikes({ ...q, window: alt.window }, alt) : judgeEngagements({ ...q, window: alt.window }, alt);
    const what = j.found?.kind === 'count' ? `found ${j.found.value}` : 'found otherwise';
    const meaning = 'why' in alt && alt.why === 'release lag'
      ? `records without a strike day of their own may hold strikes of the day before their release: counted from the releases of ${formatWindow(alt.window)},`
      : `the words may also mean ${formatWindow(alt.window)}:`;
    if (j.verdict === main.verdict) {
      explanation.push(`${meaning} ${what}, the same verdict`);
      continue;
    }
    explanation.push(`${meaning} ${what}, which would be ${j.verdict}; the answer cannot choose between them`);
    // two meanings that disagree leave the claim open, as a gap in the record would
    verdict = 'partial-coverage';
  }
  if (answer.unit === 'strikes' && q.datings[0] === 'strike') {
    const rows = answer.byDating[0]!.rows;
    const unknown = rows.filter((r) => r.dayBasis === 'release day').length;
    if (unknown > 0) explanation.push(`${unknown} of ${rows.length} records have no strike day of their own in the ledger: counted on the day their release was issued`);
    if (separateDatings === false) explanation.push('this ledger keeps only the day each release was issued: strikes are counted on that day');
  }
  return { ...main, verdict, datings, explanation };
}

type One = Omit<Judgement, 'datings'>;

function judgeStrikes(q: Question, c: Counted): One {
  const part = q.part;
  const window = q.window;
  const coverage = coverageOf(window, c.covered);
  const names = c.complete ? countByName(c.rows, q.include[0] ?? { place: { kind: 'anywhere' }, radiusKm: 0 }) : [];
  const where = q.include.length ? q.include.map((s) => describeScope(s.place, s.radiusKm)).join(' + ') : 'anywhere';
  const less = q.exclude.length ? `, less ${q.exclude.map((s) => describeScope(s.place, s.radiusKm)).join(' + ')}` : '';
  const explanation = [`${where}${less}, ${formatWindow(window)}`, describeCoverage(coverage)];
  if (names.length > 0) explanation.push(`names in the record: ${describeNames(names)}`);
  if (!c.complete) explanation.push(`${c.recordCount} records make these figures; too many to list here: check the sentence alone to list them`);
  const records = c.rows.map(recordOut);
  const recordCount = c.recordCount;
  switch (part.kind) {
    case 'count': {
      const value = [...c.byDay.values()].reduce((s, n) => s + n, 0);
      const verdict = verdictFor(part, { value, coverage });
      const accepted = acceptedCount(part.claimed);
      explanation.unshift(`claimed ${part.claimed.text.trim()} (accepted: ${formatInterval(accepted)}); found ${value}`);
      if (verdict === 'contradicted' && q.include.length === 1) explanation.push(...explainByNames(names, value, accepted, q.include[0]!));
      if (verdict === 'partial-coverage') explanation.push(`${value} found on the ${coverage.coveredDays} days with a release; the ${coverage.missingDays.length} days without one could hold more`);
      const claimed: ClaimedOut = { kind: 'count', value: part.claimed.value, approx: part.claimed.approx, text: part.claimed.text, accepted: formatInterval(accepted), unit: 'strikes' };
      return { verdict, claimed, found: { kind: 'count', value }, coverage, records, recordCount, names, explanation };
    }
    case 'share': {
      const share = shareOf(c.byDay, window, part.subWindow);
      const inner = intersect(window, part.subWindow) ?? part.subWindow;
      const subCoverage = coverageOf(inner, c.covered);
      const verdict = verdictFor(part, { value: share, coverage, subCoverage });
      const accepted = acceptedShares(part.claimedShare, share.total);
      const s = part.claimedShare;
      explanation.unshift(`claimed ${s.text} (${s.fraction.num}/${s.fraction.den}, accepted: ${formatInterval(accepted)}) of the strikes in ${formatWindow(inner)}; found ${formatShare(share)}`);
      explanation.push(`sub-window ${describeCoverage(subCoverage)}`, `records inside the sub-window: ${c.rows.filter((r) => contains(inner, r.date)).length}`);
      const claimed: ClaimedOut = { kind: 'share', num: s.fraction.num, den: s.fraction.den, approx: s.approx, text: s.text, accepted: formatInterval(accepted) };
      return { verdict, claimed, found: { kind: 'share', inside: share.inside, total: share.total, share: share.value }, coverage, records, recordCount, names, explanation };
    }
    case 'streak': {
      const ask = { kind: 'streak' as const, window, days: part.days, strikes: part.strikes };
      const found = findStreak(ask, dailySeries(window, c.byDay, c.covered));
      const verdict = verdictFor(ask, { value: found, coverage });
      const accepted = part.strikes ? formatInterval(acceptedCount(part.strikes)) : 'any';
      explanation.unshift(
        `claimed ${part.strikes ? `${part.strikes.value} strikes` : 'strikes'} on ${part.days} consecutive days; ` +
          (found.window ? `found ${found.strikes} strikes on ${found.strikeDays} of the ${part.days} days ${formatWindow(found.window)}` : `no run of ${part.days} strike days in ${formatWindow(window)}`),
      );
      if (found.zeroDays.length) explanation.push(`no strikes recorded on ${found.zeroDays.join(', ')} (days with a release)`);
      if (found.unknownDays.length) explanation.push(`no release on ${found.unknownDays.join(', ')}`);
      const run = found.window;
      const claimed: ClaimedOut = { kind: 'streak', days: part.days, strikes: part.strikes?.value ?? null, approx: part.strikes?.approx ?? null, text: part.text, accepted };
      const runRecords = run ? c.rows.filter((r) => contains(run, r.date)) : [];
      return {
        verdict, claimed, coverage, names, explanation, recordCount: runRecords.length,
        records: runRecords.map(recordOut),
        found: { kind: 'streak', window: found.window, strikes: found.strikes, strike_days: found.strikeDays, zero_days: found.zeroDays, unknown_days: found.unknownDays },
      };
    }
  }
}

function judgeEngagements(q: Question, e: EngagementsCounted): One {
  const part = q.part;
  if (part.kind !== 'count') throw new Error('engagements are only counted');
  const accepted = acceptedCount(part.claimed);
  const claimed: ClaimedOut = { kind: 'count', value: part.claimed.value, approx: part.claimed.approx, text: part.claimed.text, accepted: formatInterval(accepted), unit: 'engagements' };
  const unit = 'engagements are a different unit from strikes (one strike may be several engagements), so no strike count is compared';
  if (!e.stated.ok) {
    return { verdict: 'no-coverage', claimed, found: null, coverage: null, records: [], recordCount: 0, names: [], explanation: [`claimed ${part.claimed.text.trim()}; ${e.stated.reason}`, unit] };
  }
  const coverage = coverageOf(q.window, e.stated.statedDays);
  const value = e.stated.totals.reduce((s, t) => s + t.engagements, 0);
  const verdict = verdictFor(part, { value, coverage });
  const records: RecordOut[] = e.stated.totals.map((t) => ({ date: t.day, place: t.sectionCode ?? 'all sections', place_key: t.sectionCode, strikes: t.engagements, source: t.source }));
  const explanation = [
    `claimed ${part.claimed.text.trim()} (accepted: ${formatInterval(accepted)}); found ${value} engagements stated by the releases`,
    `${formatWindow(q.window)}: ${coverage.coveredDays} of ${coverage.totalDays} days have a stated engagement total`,
    unit,
  ];
  return { verdict, claimed, found: { kind: 'count', value }, coverage, records, recordCount: records.length, names: [], explanation };
}

