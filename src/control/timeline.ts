import { addDays, type Day } from '../analysis/days.js';
import type { ControlEvent, ControlPeriod, ControlProblem } from './types.js';

/**
 * Orders periods by place and start and closes open ends: a period without `to` ends the day before
 * the next period of the same place starts; the last one stays open. A period that ends before it
 * starts, or runs into the next one, is reported (and kept, so nothing is dropped silently).
 * `lineOf` lets a caller that read the periods from a file put its line numbers in the messages.
 */
export function closeTimeline(
  periods: readonly ControlPeriod[],
  lineOf: (p: ControlPeriod) => number | null = () => null,
): { periods: ControlPeriod[]; problems: ControlProblem[] } {
  const problems: ControlProblem[] = [];
  const problem = (p: ControlPeriod, reason: string) => {
    const line = lineOf(p);
    problems.push({ source: p.source, line, reason, message: `${p.source}${line === null ? '' : `:${line}`}: ${reason}` });
  };
  const sorted = [...periods].sort((a, b) => (a.placeKey < b.placeKey ? -1 : a.placeKey > b.placeKey ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const closed = sorted.map((p, i) => {
    const next = sorted[i + 1];
    const sameNext = next && next.placeKey === p.placeKey ? next : undefined;
    const to = p.to ?? (sameNext ? addDays(sameNext.from, -1) : null);
    if (to !== null && to < p.from) problem(p, `period of ${p.holder} at ${p.placeKey} ends (${to}) before it starts (${p.from})`);
    if (p.to !== null && sameNext && p.to >= sameNext.from) {
      problem(p, `period of ${p.holder} at ${p.placeKey} (to ${p.to}) overlaps the next one (${sameNext.holder} from ${sameNext.from})`);
    }
    return { ...p, to };
  });
  return { periods: closed, problems };
}

/**
 * Periods of control from capture and recapture events that name a holder: each such event starts a
 * period of its holder, which ends the day before the next holder's period starts. Other events are ignored.
 */
export function timelineFromEvents(events: readonly ControlEvent[]): ControlPeriod[] {
  const starts = events
    .filter((e) => (e.kind === 'capture' || e.kind === 'recapture') && e.holder)
    .map((e): ControlPeriod => ({ placeKey: e.placeKey, holder: e.holder!, from: e.from, to: null, note: e.name, source: e.source }));
  return closeTimeline(starts).periods;
}

/** The periods of one place, in order. */
export function periodsOf(periods: readonly ControlPeriod[], placeKey: string): ControlPeriod[] {
  return periods.filter((p) => p.placeKey === placeKey).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Who held the place on a day, or null when no period covers it. */
export function holderOn(periods: readonly ControlPeriod[], placeKey: string, day: Day): ControlPeriod | null {
  return periodsOf(periods, placeKey).find((p) => p.from <= day && (p.to === null || day <= p.to)) ?? null;
}
