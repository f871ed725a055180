import type { DateSpan } from './dates.js';

/** One end of a window as written: a date, an event ("the fall of Palmyra"), or both ("… on 20 May 2015"). */
export interface Endpoint {
  text: string;
  date: DateSpan | null;
  /** The event phrase as written, without the date; null when the endpoint is only a date. */
  event: string | null;
}

interface At {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

/** A phrase that sets a window. */
export type TimeExpr =
  | (At & { kind: 'range'; from: Endpoint; to: Endpoint })
  /** `exclusive` for "after X" / "before X": the day of X itself is left out. */
  | (At & { kind: 'since'; from: Endpoint; exclusive: boolean })
  | (At & { kind: 'until'; to: Endpoint; exclusive: boolean })
  | (At & { kind: 'date'; date: DateSpan })
  | (At & { kind: 'event'; phrase: string })
  /** "said on Wednesday", "in a statement released on Thursday": the day of the statement, not of the strikes. */
  | (At & { kind: 'statement'; date: DateSpan })
  /** "a city that was captured by Islamic State in May": a date that dates something else than the strikes. */
  | (At & { kind: 'aside'; date: DateSpan; why: string });

const DATE = '\u0001';
const NUMBER = '\u0002';
const STOP = `(?=\\s*(?:[,;:!?()${NUMBER}]|—|\\s-\\s|\\.(?:\\s|$)|$))`;
// A dateless end of a window must sound like an event ("the fall of X", "its re-conquest"), so that
// "between Palmyra and Homs" is not read as a window.
const EVENTISH = /\b(fall|fell|capture[ds]?|recapture[ds]?|re-?conquest|reconquered|conquest|conquered|los(?:e|ing)|re-?los(?:e|ing|t)|retak(?:e|en|ing)|retook|liberat(?:ion|ed|ing)|offensive|onset|start|beginning|end|battle|siege|assault|takeover|seizure|loss|lost|arrival|withdrawal|ceasefire|truce|launch|campaign|operation|attack|advance|push|occupation|regain(?:ed|ing)?|recovery)\b/i;
// An actor followed by a strike verb ends an event phrase ("…and its re-conquest, OIR launched"); "the regime
// coalition retaking it" is still the event.
const ACTOR = /,?\s+(?:oir|cjtf-oir|the\s+coalition|coalition|the\s+u\.s\.|u\.s\.|the\s+us|us|american|the\s+united\s+states|u\.s\.-led)(?:\s+[a-z.-]+){0,3}?\s+(?:launched|conducted|carried|staged|struck|hit|flew|mounted|made|executed|performed|dropped|targeted|bombed)\b/;
// Words that make a date the day of a statement: "said on Wednesday", "statement released Thursday".
const REPORTED = /\b(?:said|says|announced|reported|stated|added|statement|release|released|issued|published|briefing)\b(?:\s+(?:in|on|at|late|early|a|an|the|its|their|by|statement|release|news|written|officials?|military|today))*\s*,?\s*(?:on\s+|late\s+on\s+|early\s+on\s+)?$/;

/**
 * Finds the phrases that set windows in a sentence: "between X and Y", "from X to Y", "since X",
 * "until / through / by X", "during the <event>", and any other date ("in March 2016", "on 20 May
 * 2015"). X and Y may be dates, events, or events with dates. `dates` are the sentence's date spans;
 * `numbers` the offsets of its numeric claims (never part of a window).
 */
export function findTimes(text: string, lower: string, dates: DateSpan[], numbers: Array<[number, number]>): TimeExpr[] {
  let masked = lower;
  for (const d of dates) masked = fill(masked, d.start, d.end, DATE);
  for (const [a, b] of numbers) masked = fill(masked, a, b, NUMBER);
  const chosen: TimeExpr[] = [];
  const free = (a: number, b: number) => !chosen.some((c) => a < c.end && c.start < b);
  const endpoint = (a: number, b: number, isLast: boolean): Endpoint | null => makeEndpoint(text, masked, dates, a, b, isLast);

  for (const d of dates) {
    const aside = asideOf(text, lower, d);
    if (aside) chosen.push(aside);
  }

  const ranges: Array<[RegExp, 'between' | 'from']> = [
    [new RegExp(`\\bbetween\\s+([^,;${NUMBER}]+?),?\\s+and\\s+([^;${NUMBER}]+?)${STOP}`, 'g'), 'between'],
    [new RegExp(`\\bfrom\\s+([^,;${NUMBER}]+?)\\s+(?:to|until|till|through|thru|up\\s+to|-)\\s+([^;${NUMBER}]+?)${STOP}`, 'g'), 'from'],
  ];
  for (const [re, keyword] of ranges) {
    for (const m of masked.matchAll(re)) {
      const aStart = m.index + m[0].indexOf(m[1]!, keyword.length);
      const bStart = m.index + m[0].lastIndexOf(m[2]!);
      const from = endpoint(aStart, aStart + m[1]!.length, false);
      const to = endpoint(bStart, bStart + m[2]!.length, true);
      if (!from || !to) continue;

      // "between 19 and 27 February" is one date span already; a lone span is not a range of two.
      const end = bStart + (to.date && !to.event ? to.date.end - bStart : to.text.length);
      if (!free(m.index, end)) continue;
      chosen.push({ kind: 'range', start: m.index, end, text: text.slice(m.index, end), from, to });
    }
  }
  for (const m of masked.matchAll(new RegExp(`\\b(since|after)\\s+([^,;${NUMBER}]+?)${STOP}`, 'g'))) {
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const from = endpoint(start, start + m[2]!.length, true);
    if (!from) continue;
    const end = start + from.text.length;
    if (free(m.index, end)) chosen.push({ kind: 'since', start: m.index, end, text: text.slice(m.index, end), from, exclusive: m[1] === 'after' });
  }
  for (const m of masked.matchAll(new RegExp(`\\b(until|till|up\\s+until|up\\s+to|through|thru|by|before|as\\s+of|to\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of|through\\s+the\\s+end\\s+of)\\s+([^,;${NUMBER}]+?)${STOP}`, 'g'))) {
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const to = endpoint(start, start + m[2]!.length, true);
    if (!to) continue;
    const datesOnly = !/^(until|till|up\s+until|before)$/.test(m[1]!);
    if (datesOnly && (to.event || !to.date)) continue;
    if (to.date?.expr.kind === 'relative' && to.date.expr.rel.kind !== 'numeric') continue;
    const end = start + to.text.length;
    if (free(m.index, end)) chosen.push({ kind: 'until', start: m.index, end, text: text.slice(m.index, end), to, exclusive: m[1] === 'before' });
  }
  for (const m of masked.matchAll(new RegExp(`\\b(?:during|throughout|amid|in\\s+the\\s+course\\s+of|over\\s+the\\s+course\\s+of)\\s+(the\\s+[^,;${DATE}${NUMBER}]+?)(?:${STOP}|(?=\\s+(?:in|on|of|during)\\s+${DATE}))`, 'g'))) {
    const end = m.index + m[0].length;
    const phraseStart = end - m[1]!.length;
    const cut = cutAtActor(masked, phraseStart, end);
    if (free(m.index, cut)) chosen.push({ kind: 'event', start: m.index, end: cut, text: text.slice(m.index, cut), phrase: text.slice(phraseStart, cut).trim() });
  }
  for (const d of dates) {
    if (!free(d.start, d.end) || !isDayLike(d)) continue;
    if (REPORTED.test(lower.slice(Math.max(0, d.start - 80), d.start))) chosen.push({ kind: 'statement', start: d.start, end: d.end, text: text.slice(d.start, d.end), date: d });
  }
  for (const d of dates) {
    if (!free(d.start, d.end)) continue;
    const before = /\b(in|during|on|over|throughout|across|for|of|between|from)\s+$/.exec(lower.slice(0, d.start));
    const start = before ? d.start - before[0].length : d.start;
    chosen.push({ kind: 'date', start, end: d.end, text: text.slice(start, d.end), date: d });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// A date inside a clause about something else: the capture of a town, a record "to date", a dateline.
const ASIDE_CLAUSE = /\b(?:that|which|who|when|where)\b[^,;()]*\b(?:captured|fell|taken|seized|overran|overrun|retook|retaken|recaptured|liberated|lost|began|begun|started|founded|declared|entered)\b[^,;()]*$|\b(?:captured|taken|seized|overrun|retaken|recaptured|liberated)\s+(?:by|from)\s+[^,;()]*$/;
const DATELINE = /^\s*["“]?[A-Z][A-Z .'’-]*,\s*$/;

function asideOf(text: string, lower: string, d: DateSpan): TimeExpr | null {
  const clause = lower.slice(0, d.start).split(/[,;—(]/).at(-1) ?? '';
  const at = { start: d.start, end: d.end, text: text.slice(d.start, d.end), date: d };
  if (DATELINE.test(text.slice(0, d.start)) && /^\s*(?:—|-|–|\()/.test(text.slice(d.end)) && d.expr.kind === 'day') return { kind: 'statement', ...at };
  if (ASIDE_CLAUSE.test(clause)) return { kind: 'aside', ...at, why: `"${at.text}" dates "${clause.trim()}", not the strikes` };
  if (d.expr.kind === 'relative' && d.expr.rel.kind === 'so-far' && /\b(?:most|least|highest|lowest|largest|biggest|busiest|deadliest)\b/.test(clause)) {
    return { kind: 'aside', ...at, why: `"${at.text}" belongs to the superlative "${clause.trim()} ${at.text}", not to the count` };
  }
  return null;
}

// The day of a statement is a single day: a weekday, "today", "yesterday" or a date with its day.
function isDayLike(d: DateSpan): boolean {
  const e = d.expr;
  if (e.kind === 'day') return true;
  return e.kind === 'relative' && (e.rel.kind === 'weekday' || (e.rel.kind === 'relday' && e.rel.from === e.rel.to));
}

function makeEndpoint(text: string, masked: string, dates: DateSpan[], a: number, b: number, isLast: boolean): Endpoint | null {
  const date = dates.find((d) => d.start >= a && d.start < b) ?? null;
  let end = b;
  if (date) end = date.end;
  else if (isLast) end = cutAtActor(masked, a, b);
  const eventEnd = date ? date.start : end;
  const event = text
    .slice(a, eventEnd)
    .replace(/[\s,(—-]*(?:\b(?:on|in|of|at|dated)\s*)?[\s,(—-]*$/i, '')
    .trim();
  const hasEvent = event !== '' && !/^(the|its|it|of)$/i.test(event);
  if (!date && !(hasEvent && EVENTISH.test(event))) return null;
  // Text after a date in a first endpoint ("between 20 May 2015 (the fall) and …") is left out.
  return { text: text.slice(a, end), date, event: hasEvent ? event : null };
}

function cutAtActor(masked: string, a: number, b: number): number {
  const m = ACTOR.exec(masked.slice(a, b));
  return m ? a + m.index : b;
}

function fill(s: string, a: number, b: number, ch: string): string {
  return s.slice(0, a) + ch.repeat(b - a) + s.slice(b);
}
