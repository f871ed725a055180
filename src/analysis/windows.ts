import { addDays, daysBetween, eachDay, isDay, maxDay, minDay, toEpochDay, type Day } from './days.js';

/** A span of calendar days; both `from` and `to` are included. */
export interface Window {
  from: Day;
  to: Day;
}

/** Anything with a start day and an inclusive end day, open-ended (still running) when `to` is null. */
export interface Span {
  from: Day;
  to: Day | null;
}

/** A window when both ends are days and `to` is not before `from`; otherwise the reason. */
export function makeWindow(from: string, to: string): { ok: true; window: Window } | { ok: false; reason: string } {
  if (!isDay(from)) return { ok: false, reason: `window start "${from}" is not a calendar day` };
  if (!isDay(to)) return { ok: false, reason: `window end "${to}" is not a calendar day` };
  if (to < from) return { ok: false, reason: `window ends (${to}) before it starts (${from})` };
  return { ok: true, window: { from, to } };
}

/** Number of days in the window, both ends included. */
export function windowDays(w: Window): number {
  return daysBetween(w.from, w.to);
}

/** Every day of the window, in order. */
export function daysOf(w: Window): Day[] {
  return eachDay(w.from, w.to);
}

/** The days two windows share, or null when they share none. */
export function intersect(a: Window, b: Window): Window | null {
  const from = maxDay(a.from, b.from);
  const to = minDay(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** True when `day` lies in the window (ends included). */
export function contains(w: Window, day: Day): boolean {
  return w.from <= day && day <= w.to;
}

/** True when every day of `inner` lies in `outer`. */
export function containsWindow(outer: Window, inner: Window): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/** The day itself when it lies in the window, else the nearer end of the window. */
export function clampDay(day: Day, w: Window): Day {
  return day < w.from ? w.from : day > w.to ? w.to : day;
}

/** The part of a span (open end = unbounded) inside a window, or null. */
export function spanInWindow(span: Span, w: Window): Window | null {
  return intersect({ from: span.from, to: span.to ?? w.to }, w);
}

/** One piece of a split window: which span (by index in the list given) holds it, or null for none. */
export interface WindowPiece {
  window: Window;
  index: number | null;
}

/**
 * Cuts a window into consecutive pieces by a list of spans, so that every day of the window lies in
 * exactly one piece. Days no span covers form pieces with `index: null`; where spans overlap, the
 * earlier span in the list wins. Pieces come in day order; adjacent days with the same owner are merged.
 */
export function splitWindow(w: Window, spans: readonly Span[]): WindowPiece[] {
  const clipped = spans.map((s) => spanInWindow(s, w));
  const cuts = new Set<Day>([w.from]);
  for (const c of clipped) {
    if (!c) continue;
    cuts.add(c.from);
    if (c.to < w.to) cuts.add(addDays(c.to, 1));
  }
  const starts = [...cuts].sort();
  const pieces: WindowPiece[] = [];
  starts.forEach((from, i) => {
    const next = starts[i + 1];
    const to = next === undefined ? w.to : addDays(next, -1);
    const found = clipped.findIndex((c) => c !== null && contains(c, from));
    const index = found === -1 ? null : found;
    const last = pieces[pieces.length - 1];
    if (last && last.index === index) last.window = { from: last.window.from, to };
    else pieces.push({ window: { from, to }, index });
  });
  return pieces;
}

/** `2015-05-20..2016-03-27`, the way windows are written in answers. */
export function formatWindow(w: Window): string {
  return w.from === w.to ? w.from : `${w.from}..${w.to}`;
}

/** Groups sorted days into maximal runs of consecutive days. */
export function rangesOf(sortedDays: readonly Day[]): Window[] {
  const out: Window[] = [];
  let lastEpoch = Number.NaN;
  for (const day of sortedDays) {
    const epoch = toEpochDay(day);
    const last = out[out.length - 1];
    if (last && epoch === lastEpoch + 1) last.to = day;
    else out.push({ from: day, to: day });
    lastEpoch = epoch;
  }
  return out;
}
