import { addDays, windowDays, type Day, type Window } from '../analysis/index.js';
import type { ClaimData, EngagementAnswer, RecordRef, StrikeScope } from './data.js';
import { scopeKey, type Question } from './resolve.js';
import type { DatedBy } from './types.js';

/** What the ledger holds for a question under one dating: strikes per day, its records, the days it covers. */
export interface Counted {
  datedBy: DatedBy;
  /** Strikes per day; days without strikes are absent. */
  byDay: Map<Day, number>;
  /** How many records make those strikes. */
  recordCount: number;
  /** The records, all of them or the first `recordLimit` (then `complete` is false). */
  rows: RecordRef[];
  complete: boolean;
  covered: Day[];
}

/** What the ledger holds for a question about engagements under one dating. */
export interface EngagementsCounted {
  datedBy: DatedBy;
  stated: EngagementAnswer;
}

/** The answer stage's result: what was found for a question, under each of its datings (the reading's first). */
/**
 * Another count a sentence's answer must agree with: the other meaning of its words ("the last two days"
 * ending yesterday), or, where records do not know the day their strikes happened, the releases of the day after.
 */
export type Alternative = { window: Window; why: 'words' | 'release lag' } & Counted;

export type Answer =
  | { question: Question; unit: 'strikes'; byDating: Counted[]; alternatives: Alternative[] }
  | { question: Question; unit: 'engagements'; byDating: EngagementsCounted[]; alternatives: Array<{ window: Window } & EngagementsCounted> };

/**
 * Asks the ledger once per scope, window and dating, whatever the number of parts that need it. With a
 * `recordLimit` (documents), a long window's records are listed up to it and its figures come from the
 * ledger's per-day totals.
 */
export class LedgerAsker {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly data: ClaimData,
    readonly recordLimit?: number,
  ) {}

  private once<T>(key: string, ask: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, ask());
    return this.memo.get(key) as Promise<T>;
  }

  records(scope: StrikeScope, window: Window, datedBy: DatedBy, limit?: number): Promise<RecordRef[]> {
    return this.once(`r|${scopeKey(scope)}|${window.from}|${window.to}|${this.dating(datedBy)}|${limit ?? ''}`, () => this.data.records(scope, window, this.dating(datedBy), limit));
  }

  dailyCounts(scope: StrikeScope, window: Window, datedBy: DatedBy) {
    return this.once(`d|${scopeKey(scope)}|${window.from}|${window.to}|${this.dating(datedBy)}`, () => this.data.dailyCounts!(scope, window, this.dating(datedBy)));
  }

  coveredDays(window: Window, datedBy: DatedBy): Promise<Day[]> {
    return this.once(`c|${window.from}|${window.to}|${this.dating(datedBy)}`, () => this.data.coveredDays(window, this.dating(datedBy)));
  }

  // A ledger that does not keep strike days apart answers both datings alike: ask it once.
  private dating(d: DatedBy): DatedBy {
    return this.data.separateDatings === false ? 'strike' : d;
  }
}

const EVERYWHERE: StrikeScope = { place: { kind: 'anywhere' }, radiusKm: 0 };
const LONG_WINDOW_DAYS = 31;

/**
 * Counts a question's strikes under both its datings, and under the other windows its words may mean: the
 * union of its scopes' records (a record near two places once), less the records of its excluded scopes,
 * with the days the record covers. Engagements are asked of the ledger's stated totals, never of strikes.
 */
export async function answerQuestion(q: Question, asker: LedgerAsker): Promise<Answer> {
  if (q.unit === 'engagements') {
    const byDating = await Promise.all(q.datings.map(async (datedBy) => ({ datedBy, stated: await engagementsFor(q, datedBy, asker.data) })));
    const alternatives = await Promise.all(q.alternatives.map(async (window) => ({ window, datedBy: q.datings[0], stated: await engagementsFor({ ...q, window }, q.datings[0], asker.data) })));
    return { question: q, unit: 'engagements', byDating, alternatives };
  }
  const byDating = await Promise.all(q.datings.map((datedBy) => countFor(q, q.window, datedBy, asker)));
  const alternatives: Alternative[] = await Promise.all(q.alternatives.map(async (window) => ({ window, why: 'words' as const, ...(await countFor(q, window, q.datings[0], asker)) })));
  // Records whose release did not say when its strikes happened may hold strikes of the day before it.
  const main = byDating[0]!;
  if (q.datings[0] === 'strike' && main.rows.some((r) => r.dayBasis === 'release day')) {
    const later = { from: addDays(q.window.from, 1), to: addDays(q.window.to, 1) };
    alternatives.push({ window: later, why: 'release lag', ...(await countFor(q, later, 'reported', asker)) });
  }
  return { question: q, unit: 'strikes', byDating, alternatives };
}

async function countFor(q: Question, window: Window, datedBy: DatedBy, asker: LedgerAsker): Promise<Counted> {
  const covered = asker.coveredDays(window, datedBy);
  const single = q.include.length <= 1 && q.exclude.length === 0;
  // a month or less holds few records: one query lists them all
  if (single && asker.recordLimit !== undefined && asker.data.dailyCounts && windowDays(window) > LONG_WINDOW_DAYS) {
    const scope = q.include[0] ?? EVERYWHERE;
    const counts = await asker.dailyCounts(scope, window, datedBy);
    const byDay = new Map([...counts].map(([day, c]) => [day, c.strikes]));
    const recordCount = [...counts.values()].reduce((n, c) => n + c.records, 0);
    // thousands of records are counted, not listed: the sentence checked alone lists them
    const rows = recordCount <= asker.recordLimit ? await asker.records(scope, window, datedBy) : [];
    return { datedBy, byDay, recordCount, rows, complete: rows.length === recordCount, covered: await covered };
  }
  const rows = await recordsFor(q, window, datedBy, asker);
  const byDay = new Map<Day, number>();
  for (const r of rows) byDay.set(r.date, (byDay.get(r.date) ?? 0) + r.strikes);
  return { datedBy, byDay, recordCount: rows.length, rows, complete: true, covered: await covered };
}

async function recordsFor(q: Question, window: Window, datedBy: DatedBy, asker: LedgerAsker): Promise<RecordRef[]> {
  const include = q.include.length > 0 ? q.include : [EVERYWHERE];
  const lists = await Promise.all(include.map((s) => asker.records(s, window, datedBy)));
  const excluded = new Set((await Promise.all(q.exclude.map((s) => asker.records(s, window, datedBy)))).flat().map(recordKey));
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
