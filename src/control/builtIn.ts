import { BUILT_IN_TIMELINES } from './builtInTimelines.js';
import { closeTimeline } from './timeline.js';
import type { ControlEvent, ControlPeriod, ControlProblem } from './types.js';

export { CAMPAIGN_KEY } from './builtInTimelines.js';

let cached: { periods: ControlPeriod[]; events: ControlEvent[]; problems: ControlProblem[] } | null = null;

/**
 * The control periods and events that come with AirLedger, every one marked `builtIn` and carrying its
 * source. Periods come closed: an open end runs to the day before the place's next period.
 */
export function builtInTimeline(): { periods: ControlPeriod[]; events: ControlEvent[]; problems: ControlProblem[] } {
  if (cached) return cached;
  const periods: ControlPeriod[] = [];
  const events: ControlEvent[] = [];
  for (const t of BUILT_IN_TIMELINES) {
    for (const p of t.periods) periods.push({ placeKey: t.place, holder: p.holder, from: p.from, to: p.to ?? null, note: p.note, source: p.source, builtIn: true });
    for (const e of t.events) {
      events.push({
        placeKey: t.place, name: e.name, kind: e.kind, from: e.from, to: e.to ?? null, note: e.note, source: e.source,
        ...(e.holder ? { holder: e.holder } : {}), builtIn: true,
      });
    }
  }
  const closed = closeTimeline(periods);
  cached = { periods: closed.periods, events, problems: closed.problems };
  return cached;
}

/** The places the built-in timelines cover, with the name the data file gives them, in file order. */
export function builtInPlaces(): Array<{ key: string; name: string }> {
  return BUILT_IN_TIMELINES.map((t) => ({ key: t.place, name: t.name }));
}
