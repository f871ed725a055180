import { answerQuestion, LedgerAsker } from './answer.js';
import type { ClaimData } from './data.js';
import { judgeAnswer, type Judgement } from './judge.js';
import { readClaim } from './read.js';
import { resolveReading, type Question } from './resolve.js';
import { coverageOut, placeOut, termsOut, type CheckResult, type PartResult } from './result.js';
import type { ClaimContext, ReadPart, Reading, Verdict } from './types.js';
import { combineVerdicts } from './verdict.js';

export type CheckDeps = ClaimContext & { data: ClaimData };

/**
 * Checks an English sentence against the ledger in four stages: read (the sentence → a reading whose every
 * part says where it came from), resolve (the reading → questions), answer (questions → what the ledger
 * holds under both datings), judge (claimed against found → a verdict per part, then for the sentence; see
 * `combineVerdicts`). Never throws for a bad sentence: that is an `unparseable` answer saying why.
 */
export async function checkClaim(sentence: string, deps: CheckDeps, asker = new LedgerAsker(deps.data)): Promise<CheckResult> {
  return (await checkSentence(sentence, deps, asker)).result;
}

/** `checkClaim`, with the reading it made (a document passes it on to the next sentence). */
export async function checkSentence(sentence: string, deps: CheckDeps, asker: LedgerAsker): Promise<{ result: CheckResult; reading: Reading }> {
  const reading = readClaim(sentence, deps);
  return { result: await answerReading(sentence, reading, asker), reading };
}

/** The answer, resolve and judge stages for a reading already made. */
export async function answerReading(sentence: string, reading: Reading, asker: LedgerAsker): Promise<CheckResult> {
  const as_of = { day: reading.asOf.day, source: reading.asOf.source };
  if (!reading.ok) {
    const u = reading.understood;
    const where = u.where;
    return {
      sentence, verdict: 'unparseable', as_of, claimed: null, found: null, window: u.window,
      place: where ? placeOut(where.include[0]?.place ?? { kind: 'anywhere' }) : null, radius_km: where?.include[0]?.radiusKm ?? null, dated_by: null,
      coverage: null, records: [], records_total: 0, names: [], interpretation: u.notes, parts: [], missing: reading.missing, problems: reading.problems, message: reading.message,
    };
  }
  const questions = resolveReading(reading);
  const judged = await Promise.all(questions.map(async (q) => judgeAnswer(await answerQuestion(q, asker), asker.data.separateDatings)));
  const parts: PartResult[] = questions.map((q, i) => partResult(q, judged[i]!));
  for (const u of reading.unread) {
    parts.push({
      kind: 'unresolved', text: u.text, verdict: 'unparseable', claimed: null, found: null, unit: null, window: null, sub_window: null,
      place: null, radius_km: null, dated_by: null, datings: [], coverage: null, records: [], records_total: 0, names: [], sources: {},
      explanation: [u.reason, ...u.missing.map((m) => `missing ${m}`)],
    });
  }
  const verdict = combineVerdicts(parts.map((p) => p.verdict));
  const main = parts[0]!;
  return {
    sentence, verdict, as_of, claimed: main.claimed, found: main.found, window: main.window, place: main.place,
    ...(main.places ? { places: main.places } : {}), radius_km: main.radius_km, dated_by: main.dated_by,
    coverage: main.coverage, records: main.records, records_total: main.records_total, names: main.names, interpretation: reading.notes, parts,
    missing: reading.unread.flatMap((u) => u.missing), problems: [], message: summary(verdict, parts),
  };
}

function partResult(q: Question, j: Judgement): PartResult {
  const part = q.part;
  const include = part.where.value.include;
  const places = termsOut(include);
  const first = include[0];
  return {
    kind: part.kind, text: part.text, verdict: j.verdict, claimed: j.claimed, found: j.found, unit: part.unit.value,
    window: q.window, sub_window: part.kind === 'share' ? part.subWindow : null,
    place: places[0] ?? placeOut({ kind: 'anywhere' }),
    ...(places.length > 1 ? { places } : {}),
    ...(part.where.value.exclude.length ? { excluded: termsOut(part.where.value.exclude) } : {}),
    radius_km: first && first.place.kind === 'place' ? first.radiusKm : null,
    dated_by: q.datings[0], datings: j.datings,
    coverage: j.coverage ? coverageOut(j.coverage) : null, records: j.records, records_total: j.recordCount, names: j.names, sources: sourcesOf(part), explanation: j.explanation,
  };
}

/** Where each part of a reading came from, for the answer to show. */
function sourcesOf(p: ReadPart): Record<string, string> {
  const number = p.kind === 'share' ? `"${p.claimedShare.text}"` : p.kind === 'count' ? `"${p.claimed.text.trim()}"` : `"${p.text}"`;
  return {
    window: `${p.window.origin}: ${p.window.note}`,
    place: `${p.where.origin}: ${p.where.note}`,
    number: `sentence: ${number}`,
    unit: `${p.unit.origin}: ${p.unit.note}`,
    actor: `${p.actor.origin}: ${p.actor.note}`,
    dating: `${p.dating.origin}: ${p.dating.note}`,
  };
}

function summary(verdict: Verdict, parts: PartResult[]): string {
  const main = parts[0]!;
  const bits = parts.map((p) => `${p.text}: ${p.verdict}${p.explanation[0] ? ` (${p.explanation[0]})` : ''}`);
  const coverage = main.coverage ? `; coverage ${main.coverage.covered_days} of ${main.coverage.total_days} days` : '';
  return `${verdict}: ${bits.join('; ')}${coverage}`;
}
