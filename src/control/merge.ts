import { addDays, type Day } from '../analysis/days.js';
import { CAMPAIGN_KEY } from './builtInTimelines.js';
import { holderFamily } from './holders.js';
import { closeTimeline } from './timeline.js';
import type { ControlEvent, ControlPeriod, ControlProblem, MergedTimeline } from './types.js';

/**
 * Lays a ledger's own periods and events over the built-in ones. For each place:
 * - a ledger period without an end runs to the day before the next period of that place starts, the
 *   ledger's or a built-in one, so adding "IS from 2015-05-21" never swallows the later built-in periods;
 * - a built-in period keeps only the days no ledger period covers; what is left right before a ledger
 *   period of the same holder is dropped too, so the day a holder arrived is the ledger's day. Every
 *   built-in period cut or dropped this way is listed whole in `overridden`;
 * - a built-in event is set aside when a ledger event of that place has the same name (ignoring case), or
 *   the same kind and a day in common.
 * Ledger periods come as stored (`to` null while open); built-in ones closed. Problems are those of the
 * ledger's periods among themselves (an overlap stored before this rule existed), with their sources.
 */
export function mergeTimelines(
  builtIn: { periods: readonly ControlPeriod[]; events: readonly ControlEvent[] },
  own: { periods: readonly ControlPeriod[]; events: readonly ControlEvent[] },
): MergedTimeline & { problems: ControlProblem[] } {
  const mine = closeOwnPeriods(own.periods, builtIn.periods);
  const keptPeriods: ControlPeriod[] = [];
  const overriddenPeriods: ControlPeriod[] = [];
  for (const b of builtIn.periods) {
    const cover = mine.periods.filter((p) => p.placeKey === b.placeKey);
    const pieces = uncovered(b, cover).filter((piece) => {
      if (piece.to === null) return true;
      const next = cover.find((p) => p.from === addDays(piece.to!, 1));
      return !next || holderFamily(next.holder) !== holderFamily(b.holder);
    });
    if (pieces.length !== 1 || pieces[0]!.from !== b.from || pieces[0]!.to !== b.to) overriddenPeriods.push(b);
    keptPeriods.push(...pieces);
  }

  const keptEvents: ControlEvent[] = [];
  const overriddenEvents: ControlEvent[] = [];
  for (const b of builtIn.events) (own.events.some((e) => replacesEvent(e, b)) ? overriddenEvents : keptEvents).push(b);

  const periods = [...mine.periods, ...keptPeriods].sort(byPlaceThenDay);
  const allEvents = [...own.events, ...keptEvents].sort(byPlaceThenDay);
  return {
    periods,
    events: allEvents.filter((e) => e.placeKey !== CAMPAIGN_KEY),
    campaign: allEvents.filter((e) => e.placeKey === CAMPAIGN_KEY),
    overridden: { periods: overriddenPeriods, events: overriddenEvents },
    problems: mine.problems,
  };
}

/** The parts of `period` that none of `cover` (closed periods) shares a day with, in order. */
function uncovered(period: ControlPeriod, cover: readonly ControlPeriod[]): ControlPeriod[] {
  let pieces: ControlPeriod[] = [period];
  for (const c of cover) {
    pieces = pieces.flatMap((piece) => {
      if (!overlaps(piece, c)) return [piece];
      const out: ControlPeriod[] = [];
      if (piece.from < c.from) out.push({ ...piece, to: addDays(c.from, -1) });
      if (c.to !== null && (piece.to === null || piece.to > c.to)) out.push({ ...piece, from: addDays(c.to, 1) });
      return out;
    });
  }
  return pieces;
}

function closeOwnPeriods(own: readonly ControlPeriod[], builtIn: readonly ControlPeriod[]): { periods: ControlPeriod[]; problems: ControlProblem[] } {
  const closed = closeTimeline(own);
  const periods = closed.periods.map((p, i) => {
    const stored = own.find((o) => o.placeKey === p.placeKey && o.from === p.from) ?? own[i]!;
    if (stored.to !== null) return p;
    const nextBuiltIn = builtIn.filter((b) => b.placeKey === p.placeKey && b.from > p.from).map((b) => b.from).sort()[0];
    if (nextBuiltIn === undefined) return p;
    const end = addDays(nextBuiltIn, -1);
    return p.to === null || end < p.to ? { ...p, to: end } : p;
  });
  return { periods, problems: closed.problems };
}

function overlaps(a: { from: Day; to: Day | null }, b: { from: Day; to: Day | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

function replacesEvent(own: ControlEvent, builtIn: ControlEvent): boolean {
  if (own.placeKey !== builtIn.placeKey) return false;
  if (own.name.trim().toLowerCase() === builtIn.name.trim().toLowerCase()) return true;
  return own.kind === builtIn.kind && overlaps({ from: own.from, to: own.to ?? own.from }, { from: builtIn.from, to: builtIn.to ?? builtIn.from });
}

function byPlaceThenDay(a: { placeKey: string; from: Day }, b: { placeKey: string; from: Day }): number {
  return a.placeKey < b.placeKey ? -1 : a.placeKey > b.placeKey ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}
