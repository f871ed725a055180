import { builtInTimeline } from '../control/builtIn.js';
import { mergeTimelines } from '../control/merge.js';
import type { ControlEvent, ControlPeriod, ControlProblem, MergedTimeline } from '../control/types.js';
import type { Day } from '../ingest/types.js';
import type { Queryable } from './db.js';

// Reading timelines imports no CSV or validation code: a CLI answer that only reads them starts faster.

/**
 * The control timeline for the given place keys, or every place when none are given: the built-in periods and
 * events (see control/builtInTimelines.ts) with the ledger's own laid over them (see `mergeTimelines`).
 * Periods come closed (an open end runs to the day before the place's next period) and in order.
 */
export async function controlTimeline(db: Queryable, placeKeys?: string[]): Promise<MergedTimeline & { problems: ControlProblem[] }> {
  const own = await periodsFor(db, placeKeys);
  const filter = placeKeys ? 'WHERE place_key = ANY($1::text[])' : '';
  const { rows } = await db.query<EventRow>(
    `SELECT place_key, name, kind, from_day, to_day, holder, note, source FROM control_events ${filter} ORDER BY place_key, from_day, id`,
    placeKeys ? [placeKeys] : [],
  );
  const events = rows.map((r): ControlEvent => ({
    placeKey: r.place_key, name: r.name, kind: r.kind, from: r.from_day, to: r.to_day, note: r.note ?? '', source: r.source ?? '',
    ...(r.holder ? { holder: r.holder } : {}),
  }));
  const builtIn = builtInTimeline();
  const wanted = placeKeys ? new Set(placeKeys) : null;
  const mine = <T extends { placeKey: string }>(items: readonly T[]) => (wanted ? items.filter((i) => wanted.has(i.placeKey)) : [...items]);
  return mergeTimelines({ periods: mine(builtIn.periods), events: mine(builtIn.events) }, { periods: own, events });
}

export async function periodsFor(db: Queryable, placeKeys?: string[]): Promise<ControlPeriod[]> {
  const filter = placeKeys ? 'WHERE place_key = ANY($1::text[])' : '';
  const { rows } = await db.query<PeriodRow>(
    `SELECT place_key, holder, from_day, to_day, note, source FROM control_periods ${filter} ORDER BY place_key, from_day`,
    placeKeys ? [placeKeys] : [],
  );
  return rows.map((r) => ({ placeKey: r.place_key, holder: r.holder, from: r.from_day, to: r.to_day, note: r.note, source: r.source }));
}

interface PeriodRow { place_key: string; holder: string; from_day: Day; to_day: Day | null; note: string; source: string }
interface EventRow {
  place_key: string; name: string; kind: ControlEvent['kind']; from_day: Day; to_day: Day | null;
  holder: string | null; note: string | null; source: string | null;
}
