import type { Day, Window } from '../analysis/index.js';
import type { ClaimData, EngagementAnswer, RecordRef, StrikeScope } from './data.js';
import { scopeKey, type Question } from './resolve.js';
import type { DatedBy } from './types.js';

/** What the ledger holds for a question under one dating: its records and the days it covers. */
export interface Counted {
  datedBy: DatedBy;
  rows: RecordRef[];
  covered: Day[];
}

/** What the ledger holds for a question about engagements under one dating. */
export interface EngagementsCounted {
  datedBy: DatedBy;
  stated: EngagementAnswer;
}

/** The answer stage's result: what was found for a question, under each of its datings (the reading's first). */
export type Answer =
  | { question: Question; unit: 'strikes'; byDating: Counted[]; alternatives: Array<{ window: Window } & Counted> }
  | { question: Question; unit: 'engagements'; byDating: EngagementsCounted[]; alternatives: Array<{ window: Window } & EngagementsCounted> };

/** Asks the ledger once per scope, window and dating, whatever the number of parts that need it. */
export class LedgerAsker {
  private readonly rows = new Map<string, Promise<RecordRef[]>>();
  private readonly days = new Map<string, Promise<Day[]>>();

  constructor(readonly data: ClaimData) {}

  records(scope: StrikeScope, window: Window, datedBy: DatedBy): Promise<RecordRef[]> {
    const key = `${scopeKey(scope)}|${window.from}|${window.to}|${datedBy}`;
    if (!this.rows.has(key)) this.rows.set(key, this.data.records(scope, window, datedBy));
    return this.rows.get(key)!;
  }

  coveredDays(window: Window, datedBy: DatedBy): Promise<Day[]> {
    const key = `${window.from}|${window.to}|${datedBy}`;
    if (!this.days.has(key)) this.days.set(key, this.data.coveredDays(window, datedBy));
    return this.days.get(key)!;
  }
}

const EVERYWHERE: StrikeScope = { place: { kind: 'anywhere' }, radiusKm: 0 };

/**
 * Counts a question's records under both its datings: the union of its scopes' records (a record near two
 * places once), less the records of its excluded scopes, with the days the record covers. Engagements are
 * asked of the ledger's stated totals, never of strike records.
 */
export async function answerQuestion(q: Question, asker: LedgerAsker): Promise<Answer> {
  if (q.unit === 'engagements') {
    const byDating = await Promise.all(q.datings.map(async (datedBy) => ({ datedBy, stated: await engagementsFor(q, datedBy, asker.data) })));
    const alternatives = await Promise.all(q.alternatives.map(async (window) => ({ window, datedBy: q.datings[0], stated: await engagementsFor({ ...q, window }, q.datings[0], asker.data) })));
    return { question: q, unit: 'engagements', byDating, alternatives };
  }
  const count = async (window: Window, datedBy: DatedBy): Promise<Counted> => {
    const [rows, covered] = await Promise.all([recordsFor({ ...q, window }, datedBy, asker), asker.coveredDays(window, datedBy)]);
    return { datedBy, rows, covered };
  };
  const byDating = await Promise.all(q.datings.map((datedBy) => count(q.window, datedBy)));
  const alternatives = await Promise.all(q.alternatives.map(async (window) => ({ window, ...(await count(window, q.datings[0])) })));
  return { question: q, unit: 'strikes', byDating, alternatives };
}

async function recordsFor(q: Question, datedBy: DatedBy, asker: LedgerAsker): Promise<RecordRef[]> {
  const include = q.include.length > 0 ? q.include : [EVERYWHERE];
  const lists = await Promise.all(include.map((s) => asker.records(s, q.window, datedBy)));
  const excluded = new Set((await Promise.all(q.exclude.map((s) => asker.records(s, q.window, datedBy)))).flat().map(recordKey));
  if (lists.length === 1 && excluded.size === 0) return lists[0]!;
  const byKey = new Map<string, RecordRef>();
  for (const r of lists.flat()) if (!excluded.has(recordKey(r))) byKey.set(recordKey(r), r);
  return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

async function engagementsFor(q: Question, datedBy: DatedBy, data: ClaimData): Promise<EngagementAnswer> {
  if (!data.statedEngagements) return { ok: false, reason: 'this ledger keeps no stated engagement totals' };
  if (q.exclude.length > 0 || q.include.length > 1 || q.include.some((s) => s.place.kind === 'place')) {
    return { ok: false, reason: 'releases state engagements per day and country section, not per place' };
  }
  return data.statedEngagements(q.include[0] ?? EVERYWHERE, q.window, datedBy);
}

// One release line may hold several records (several places, or one place in several sections).
function recordKey(r: RecordRef): string {
  return `${r.source}|${r.date}|${r.placeText}|${r.placeKey ?? ''}|${r.strikes}`;
}
