import { addDays, daysBetween, formatWindow, intersect, windowDays, type Day, type Window } from '../analysis/index.js';
import { eventForPhrase, eventWords as tokens } from '../control/index.js';
import { dateWindow, describeDate, isApproximate, lacksYear, withYear, yearOf, type DateExpr } from './dates.js';
import { relativeWindow, type NumericOrder } from './relativeDates.js';
import type { Endpoint, TimeExpr } from './timePhrases.js';
import type { ClaimContext, KnownPlace, PublicationDay } from './types.js';

/** What resolving a window phrase may consult. */
export interface TimeEnv {
  ctx: ClaimContext;
  /** The day the sentence is read as of: relative dates count back from it; "since X" runs to it. */
  asOf: PublicationDay;
  /** The order numeric dates of the text use, when one of them settles it. */
  numericOrder?: { order: NumericOrder; because: string };
  /** The place events refer to ("the fall of Palmyra", "the city"). */
  place: KnownPlace | null;
  /** The window a sub-claim sits in: the year for "19 February", the earliest day for events. */
  enclosing: Window | null;
  recordStart: Day;
}

export type ResolvedTime =
  | { ok: true; window: Window; notes: string[]; eventName: string | null; alternatives?: Window[] }
  | { ok: false; missing: string[]; problems: string[]; notes: string[] };

type Point = { ok: true; day: Day; notes: string[] } | { ok: false; missing: string[]; problems: string[]; notes: string[] };

/**
 * The window a phrase sets, both ends included: "between X and Y" → X's first day to Y's last day;
 * "since X" → X to today; "until X" → the record's start to X; a date → its days; "during <event>" →
 * the event's span in the control timeline. Years left out are taken from the other end of the range,
 * then from the enclosing window, then from the document; every inference is stated in `notes`.
 */
export function resolveTime(expr: TimeExpr, env: TimeEnv): ResolvedTime {
  const r = resolveExpr(expr, env);
  const end = env.asOf.day;
  if (!r.ok || r.window.to <= end) return r;
  // "in 2015" in a sentence of October 2015: count what had happened by then.
  const window = { from: r.window.from, to: end };
  const by = env.asOf.explicit ? `the publication day (${end})` : `today (${end})`;
  return { ...r, window, notes: [...r.notes, `"${expr.text}" runs past ${by.replace(/ \(.*/, '')}; counted up to ${by}`] };
}

function resolveExpr(expr: TimeExpr, env: TimeEnv): ResolvedTime {
  switch (expr.kind) {
    case 'statement':
    case 'aside':
    case 'date': {
      const r = dateExprWindow(expr.date.expr, expr.date.text, env);
      if (!r.ok) return r;
      const notes = [...r.notes];
      if (isApproximate(expr.date.expr)) notes.push(`"${expr.date.text}" is vague; read as ${formatWindow(r.window)} (early = 1–10, mid = 11–20, late = 21–end)`);
      return { ok: true, window: r.window, notes, eventName: null, ...(r.alternatives ? { alternatives: r.alternatives } : {}) };
    }
    case 'event': {
      const settled = settle(expr.phrase, env, env.enclosing?.from);
      if (!settled) return fail('event dates', `"${expr.phrase}" is not an event in the control timeline${env.place ? ` of ${env.place.name}` : ''}`);
      if (!settled.span) return fail('event dates', `"${expr.phrase}" is a day (${settled.day}), not a span to count strikes "during"`);
      return { ok: true, window: settled.span, notes: [settled.explanation], eventName: expr.phrase };
    }
    case 'since': {
      const from = endpointDay(expr.from, expr.exclusive ? 'to' : 'from', env, env.enclosing?.from);
      if (!from.ok) return from;
      const start = expr.exclusive ? addDays(from.day, 1) : from.day;
      const until = env.asOf.explicit ? `the publication day (${env.asOf.day})` : `today (${env.asOf.day})`;
      const notes = [...from.notes, `runs to ${until}`, ...(expr.exclusive ? [`"after" starts the day after ${from.day}`] : [])];
      if (start > env.asOf.day) return { ok: false, missing: [], problems: [`"${expr.text}" starts after ${until}`], notes };
      return { ok: true, window: { from: start, to: env.asOf.day }, notes, eventName: null };
    }
    case 'until': {
      const to = endpointDay(expr.to, expr.exclusive ? 'from' : 'to', env, undefined);
      if (!to.ok) return to;
      const from = env.enclosing?.from ?? env.recordStart;
      const end = expr.exclusive ? addDays(to.day, -1) : to.day;
      const notes = [...to.notes, `no start given: from ${from} (${env.enclosing ? 'the enclosing window' : 'the start of the record'})`, ...(expr.exclusive ? [`"before" stops the day before ${to.day}`] : [])];
      if (end < from) return { ok: false, missing: [], problems: [`the window ends (${end}) before it starts (${from})`], notes };
      return { ok: true, window: { from, to: end }, notes, eventName: null };
    }
    case 'range':
      return rangeWindow(expr.from, expr.to, env);
  }
}

function laterMonth(a: DateExpr, b: DateExpr): boolean {
  return 'month' in a && 'month' in b && a.month > b.month;
}

function rangeWindow(a: Endpoint, b: Endpoint, env: TimeEnv): ResolvedTime {
  const notes: string[] = [];
  let fromExpr = a.date?.expr ?? null;
  let toExpr = b.date?.expr ?? null;
  // A year written once serves both ends: "between 19 December and 3 January 2017" starts in 2016. Only a
  // later month rolls over New Year; "between 3 and 1 March 2015" is a window that ends before it starts.
  const fromYear = fromExpr ? yearOf(fromExpr) : null;
  const toYear = toExpr ? yearOf(toExpr) : null;
  if (fromExpr && toExpr && lacksYear(fromExpr) && toYear !== null) {
    fromExpr = withYear(fromExpr, toYear);
    if (startsAfter(fromExpr, toExpr) && laterMonth(fromExpr, toExpr)) fromExpr = withYear(fromExpr, toYear - 1);
    notes.push(`year of "${a.date!.text}" taken from "${b.date!.text}": ${yearOf(fromExpr)}`);
  } else if (fromExpr && toExpr && lacksYear(toExpr) && fromYear !== null) {
    toExpr = withYear(toExpr, fromYear);
    if (startsAfter(fromExpr, toExpr) && laterMonth(fromExpr, toExpr)) toExpr = withYear(toExpr, fromYear + 1);
    notes.push(`year of "${b.date!.text}" taken from "${a.date!.text}": ${yearOf(toExpr)}`);
  }
  const from = endpointDay({ ...a, date: a.date && fromExpr ? { ...a.date, expr: fromExpr } : a.date }, 'from', env, env.enclosing?.from);
  if (!from.ok) return { ...from, notes: [...notes, ...from.notes] };
  // "between the Assadist conquest of the city and their re-losing it": "their" is the first end's holder.
  const holder = a.event ? holderOf(a.event) : null;
  const to = endpointDay({ ...b, date: b.date && toExpr ? { ...b.date, expr: toExpr } : b.date }, 'to', env, from.day, holder);
  if (!to.ok) return { ...to, notes: [...notes, ...from.notes, ...to.notes] };
  notes.push(...from.notes, ...to.notes);
  if (to.day < from.day) return { ok: false, missing: [], problems: [`the window ends (${to.day}) before it starts (${from.day})`], notes };
  return { ok: true, window: { from: from.day, to: to.day }, notes, eventName: null };
}

function endpointDay(ep: Endpoint, end: 'from' | 'to', env: TimeEnv, after: Day | undefined, holder: string | null = null): Point {
  if (ep.date) {
    const r = dateExprWindow(ep.date.expr, ep.date.text, env);
    if (!r.ok) return r;
    const day = end === 'from' ? r.window.from : r.window.to;
    const notes = [...r.notes];
    if (ep.event) {
      const settled = settle(ep.event, env, after);
      if (!settled) notes.push(`"${ep.event}": not in the control timeline; using the date given, ${day}`);
      else if (settled.day === day) notes.push(`"${ep.event}" on ${day} agrees with the control timeline: ${settled.basis}${settled.source ? ` (source: ${settled.source})` : ''}`);
      else notes.push(`"${ep.event}": the control timeline has ${settled.day} (${settled.basis}), the sentence ${day}; using the sentence's date`);
    }
    return { ok: true, day, notes };
  }
  // "since the operation began" is "since the start of the operation".
  const began = /^(.*?)\s+(?:began|begun|started|opened|was\s+launched|got\s+under\s*way)$/i.exec(ep.event!);
  if (began) ep = { ...ep, event: `the start of ${began[1]!.replace(/^the\s+/i, 'the ')}` };
  if (CAMPAIGN_START.test(ep.event!)) {
    return { ok: true, day: env.recordStart, notes: [`"${ep.event}" = ${env.recordStart}: the first declared strikes of the campaign (Operation Inherent Resolve, in Iraq)`] };
  }
  const settled = settle(ep.event!, env, after, holder);
  if (!settled) {
    const where = env.place ? ` for ${env.place.name}` : '';
    return { ok: false, missing: ['event date'], problems: [], notes: [`no date for "${ep.event}": the sentence gives none and the control timeline${where} does not settle it`] };
  }
  const day = end === 'to' && settled.span ? settled.span.to : settled.day;
  return { ok: true, day, notes: [`${settled.explanation} (no date in the sentence: the control timeline settles it)`] };
}

// "since the start of the Coalition campaign": the first day of the record, whatever the place.
const CAMPAIGN_START = /\b(?:start|beginning|launch|onset)\s+of\s+(?:the\s+)?(?:us-led\s+|u\.s\.-led\s+|coalition\s+|air\s+|bombing\s+|international\s+)*(?:campaign|air\s+war|war|operation|intervention|bombing|air\s+strikes|airstrikes|strikes|operation\s+inherent\s+resolve)\b/i;

function settle(phrase: string, env: TimeEnv, after: Day | undefined, holder: string | null = null) {
  const control = env.ctx.control;
  if (!control || !env.place) return null;
  const placeNames = [env.place.name, ...env.place.aliases];
  return eventForPhrase(phrase, env.place.key, control.periods, control.events, { placeNames, ...(after ? { after } : {}), ...(holder ? { holder } : {}) });
}

function holderOf(phrase: string): string | null {
  const words = tokens(phrase);
  return words.includes('government') ? 'government' : words.includes('is') ? 'is' : null;
}

/** A date's window, inferring a missing year from the enclosing window or the document. */
function dateExprWindow(expr: DateExpr, text: string, env: TimeEnv): { ok: true; window: Window; notes: string[]; alternatives?: Window[] } | { ok: false; missing: string[]; problems: string[]; notes: string[] } {
  const notes: string[] = [];
  let e = expr;
  if (lacksYear(e)) {
    const inferred = inferYear(e, env);
    if (inferred === null) return { ok: false, missing: ['year'], problems: [], notes: [`no year for "${text}" and no enclosing window, document year or publication date to take it from`] };
    e = withYear(e, inferred.year);
    notes.push(`year of "${text}" inferred as ${inferred.year} ${inferred.why}`);
  }
  const r = e.kind === 'relative' ? relativeDateWindow(e, text, env) : dateWindow(e);
  if (!r.ok) {
    const needsDay = 'needsDay' in r && r.needsDay;
    return { ok: false, missing: needsDay ? ['publication date'] : [], problems: needsDay ? [] : [r.reason], notes: needsDay ? [r.reason] : notes };
  }
  if ('note' in r && typeof r.note === 'string') notes.push(r.note);
  const now = env.asOf.explicit ? `the sentence was published on ${env.asOf.day}` : `today is ${env.asOf.day}`;
  if (r.window.from > env.asOf.day) return { ok: false, missing: [], problems: [`"${text}" (${r.window.from}) is in the future (${now})`], notes };
  const alternatives = 'alternatives' in r ? (r.alternatives as Window[] | undefined) : undefined;
  return { ok: true, window: r.window, notes, ...(alternatives ? { alternatives } : {}) };
}

// Weekdays, "yesterday" and the like mean nothing without the day the sentence was written.
const NEEDS_PUBLICATION_DAY = new Set(['weekday', 'weekdays', 'relday', 'recent', 'calendar']);

function relativeDateWindow(e: Extract<DateExpr, { kind: 'relative' }>, text: string, env: TimeEnv):
  | { ok: true; window: Window; note: string; alternatives?: Window[] }
  | { ok: false; reason: string; needsDay?: boolean } {
  if (NEEDS_PUBLICATION_DAY.has(e.rel.kind) && !env.asOf.explicit) {
    return { ok: false, needsDay: true, reason: `"${text}" needs the day the sentence was published: give it (check --as-of YYYY-MM-DD, a date: line in the document's front matter, or the page's date)` };
  }
  return relativeWindow(e.rel, { asOf: env.asOf.day, recordStart: env.recordStart, ...(env.numericOrder ? { numericOrder: env.numericOrder } : {}) });
}

function inferYear(e: DateExpr, env: TimeEnv): { year: number; why: string } | null {
  const enclosing = env.enclosing;
  if (enclosing) {
    const first = Number(enclosing.from.slice(0, 4));
    const last = Number(enclosing.to.slice(0, 4));
    let best: { year: number; overlap: number } | null = null;
    for (let y = first; y <= last; y++) {
      const r = dateWindow(withYear(e, y));
      if (!r.ok) continue;
      const shared = intersect(r.window, enclosing);
      const overlap = shared ? windowDays(shared) : 0;
      if (!best || overlap > best.overlap) best = { year: y, overlap };
    }
    if (best && best.overlap > 0) return { year: best.year, why: `(so that ${describeDate(e)} falls in the enclosing window ${formatWindow(enclosing)})` };
    return { year: last, why: `(${describeDate(e)} falls outside the enclosing window ${formatWindow(enclosing)}; its last year was taken)` };
  }
  const documentYear = env.ctx.document?.year;
  if (documentYear !== undefined) return { year: documentYear, why: '(from the year the document was last talking about)' };
  if (env.asOf.explicit) {
    const year = Number(env.asOf.day.slice(0, 4));
    for (const y of [year, year - 1]) {
      const r = dateWindow(withYear(e, y));
      if (r.ok && r.window.from <= env.asOf.day) return { year: y, why: `(the latest such date on or before the publication day ${env.asOf.day})` };
    }
  }
  return null;
}

function startsAfter(a: DateExpr, b: DateExpr): boolean {
  const wa = dateWindow(a);
  const wb = dateWindow(b);
  return wa.ok && wb.ok && wa.window.from > wb.window.to;
}

function fail(missing: string, note: string): ResolvedTime {
  return { ok: false, missing: [missing], problems: [], notes: [note] };
}

/** "2015-05-20..2016-03-27 (inclusive, 313 days)". */
export function describeWindow(w: Window): string {
  return `${formatWindow(w)} (inclusive, ${daysBetween(w.from, w.to)} day${daysBetween(w.from, w.to) === 1 ? '' : 's'})`;
}
