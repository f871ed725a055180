import { addDays, dayOf, daysInMonth, firstOfMonth, startOfWeek, toEpochDay, type Day, type Window } from '../analysis/index.js';
import { NUMBER_WORDS, parseNumberWords } from '../ingest/numberWords.js';

/**
 * Dates that only mean something against the day a sentence was published: weekdays, "yesterday", "the
 * past 72 hours", "last week", "so far this year", and the calendar's other vague words (quarters, seasons,
 * numeric dates such as 10/10/2015 whose order must be settled).
 */
export type RelativeExpr =
  /** "Tuesday", "early Thursday", "late on Saturday": the latest such day on or before the publication day. */
  | { kind: 'weekday'; weekday: number; part: 'early' | 'late' | null }
  /** "Saturday and Sunday", "late Saturday and early Sunday", "Wednesday to Thursday". */
  | { kind: 'weekdays'; from: number; to: number }
  /** "today" (0, 0), "yesterday" (-1, -1), "last night" and "overnight" (-1, 0). */
  | { kind: 'relday'; from: number; to: number; word: string }
  /** "in the last two days", "the past nine days", "over the past 72 hours", "the past week". */
  | { kind: 'recent'; amount: number; unit: 'day' | 'hour' | 'week' }
  /** "this week" (0), "last month" (-1), "so far this year", "over the weekend". */
  | { kind: 'calendar'; unit: 'week' | 'month' | 'year' | 'weekend'; offset: 0 | -1 }
  /** "so far", "to date": everything up to the publication day. */
  | { kind: 'so-far' }
  | { kind: 'quarter'; year: number; quarter: number }
  /** "10/10/2015": day and month in an order the text must settle. */
  | { kind: 'numeric'; first: number; second: number; year: number }
  /** "winter of 2015": refused, the months of a season are a matter of opinion. */
  | { kind: 'season'; season: string; year: number | null };

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const PART = `(?:(early|late)\\s+(?:on\\s+)?)?`;
const TIME_OF_DAY = `(?:\\s+(?:morning|afternoon|evening|night))?`;
const COUNT = `(\\d+|(?:${NUMBER_WORDS.join('|')})(?:[\\s-]+(?:${NUMBER_WORDS.join('|')}))*)`;
const YEAR = `((?:19|20)\\d\\d)`;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

/** A relative date found in lower-cased text, with its offsets. */
export interface RelativeSpan {
  start: number;
  end: number;
  expr: RelativeExpr;
}

interface Pattern {
  re: RegExp;
  read(m: RegExpMatchArray): RelativeExpr | null;
}

const weekday = (w: string | undefined) => WEEKDAYS.indexOf(w ?? '');
const part = (p: string | undefined): 'early' | 'late' | null => (p === 'early' || p === 'late' ? p : null);

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`\\b${PART}${WEEKDAY}${TIME_OF_DAY}\\s*(?:and|to|through|-|until)\\s*${PART}${WEEKDAY}${TIME_OF_DAY}\\b`, 'g'),
    read: (m) => ({ kind: 'weekdays', from: weekday(m[2]), to: weekday(m[4]) }),
  },
  { re: new RegExp(`\\b${PART}${WEEKDAY}${TIME_OF_DAY}\\b`, 'g'), read: (m) => ({ kind: 'weekday', weekday: weekday(m[2]), part: part(m[1]) }) },
  { re: /\b(?:earlier\s+)?(today|this\s+morning|this\s+afternoon|this\s+evening|tonight)\b/g, read: (m) => ({ kind: 'relday', from: 0, to: 0, word: m[1]! }) },
  { re: /\b(yesterday)(?:\s+(?:morning|afternoon|evening))?\b/g, read: () => ({ kind: 'relday', from: -1, to: -1, word: 'yesterday' }) },
  { re: /\b(last\s+night|overnight)\b/g, read: (m) => ({ kind: 'relday', from: -1, to: 0, word: m[1]!.replace(/\s+/g, ' ') }) },
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:last|past|previous)\\s+${COUNT}\\s+(days?|hours?|weeks?)\\b`, 'g'),
    read: (m) => {
      const amount = parseNumberWords(m[1]!);
      return amount === null || amount === 0 ? null : { kind: 'recent', amount, unit: m[2]!.startsWith('h') ? 'hour' : m[2]!.startsWith('w') ? 'week' : 'day' };
    },
  },
  { re: /\bthe\s+(?:last|past)\s+(day|week)\b/g, read: (m) => ({ kind: 'recent', amount: 1, unit: m[1] === 'week' ? 'week' : 'day' }) },
  { re: /\b(?:so\s+far\s+)?(?:earlier\s+)?this\s+(week|month|year)\b/g, read: (m) => ({ kind: 'calendar', unit: m[1] as 'week' | 'month' | 'year', offset: 0 }) },
  { re: /\b(?:so\s+far\s+in|since\s+the\s+start\s+of)\s+the\s+(week|month|year)\b/g, read: (m) => ({ kind: 'calendar', unit: m[1] as 'week' | 'month' | 'year', offset: 0 }) },
  { re: /(?<!\bthe\s)\b(?:last|previous)\s+(week|month|year)\b/g, read: (m) => ({ kind: 'calendar', unit: m[1] as 'week' | 'month' | 'year', offset: -1 }) },
  { re: /\b(?:over\s+|during\s+)?(?:the|this|last)\s+weekend\b/g, read: () => ({ kind: 'calendar', unit: 'weekend', offset: 0 }) },
  { re: /\b(?:so\s+far|to\s+date|thus\s+far)\b/g, read: () => ({ kind: 'so-far' }) },
  { re: new RegExp(`\\bq([1-4])\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), read: (m) => ({ kind: 'quarter', quarter: Number(m[1]), year: Number(m[2]) }) },
  {
    re: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last)\\s+quarter\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    read: (m) => ({ kind: 'quarter', quarter: ORDINAL[m[1]!]!, year: Number(m[2]) }),
  },
  { re: new RegExp(`\\b(?:the\\s+)?(winter|summer|spring|autumn)\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), read: (m) => ({ kind: 'season', season: m[1]!, year: Number(m[2]) }) },
  { re: new RegExp(`\\b(?:the\\s+)?(fall)\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), read: (m) => ({ kind: 'season', season: m[1]!, year: Number(m[2]) }) },
  { re: /\b(?:this|last|next|the)\s+(winter|summer|spring|autumn)\b/g, read: (m) => ({ kind: 'season', season: m[1]!, year: null }) },
  {
    re: /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)?\d\d)\b/g,
    read: (m) => {
      const y = Number(m[4]);
      return { kind: 'numeric', first: Number(m[1]), second: Number(m[3]), year: m[4]!.length === 2 ? 2000 + y : y };
    },
  },
];

/** Relative dates in lower-cased text, left to right; where two overlap, the longer wins. */
export function findRelativeDates(lower: string): RelativeSpan[] {
  const found: RelativeSpan[] = [];
  for (const p of PATTERNS) {
    for (const m of lower.matchAll(p.re)) {
      const expr = p.read(m);
      if (expr) found.push({ start: m.index, end: m.index + m[0].length, expr });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RelativeSpan[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(day: Day): number {
  return (((toEpochDay(day) + 4) % 7) + 7) % 7;
}

/** The latest day on or before `asOf` that falls on `weekday`. */
export function lastWeekday(weekday: number, asOf: Day): Day {
  return addDays(asOf, -((weekdayOf(asOf) - weekday + 7) % 7));
}

export type NumericOrder = 'day-month' | 'month-day';

/** What a relative date needs besides itself: the publication day, and the order numeric dates use. */
export interface RelativeEnv {
  asOf: Day;
  /** The first day of the record: where "so far" starts. */
  recordStart: Day;
  /** Set when the document settled it (a numeric date with a part above 12). */
  numericOrder?: { order: NumericOrder; because: string };
}

/** A relative date's days; `alternatives` are other windows the words may as well mean. */
export type RelativeWindow = { ok: true; window: Window; note: string; alternatives?: Window[] } | { ok: false; reason: string };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The days a relative date covers, both ends included, read against the publication day `asOf`: a weekday
 * is the latest one on or before it; "the last N days" are the N days ending on it; "the past H hours"
 * are the calendar days those hours touch; "this week" runs from Monday to `asOf`, "last week" is the whole
 * Monday–Sunday week before. Seasons and numeric dates whose order nothing settles are refused.
 */
export function relativeWindow(e: RelativeExpr, env: RelativeEnv): RelativeWindow {
  const { asOf } = env;
  const ok = (from: Day, to: Day, note: string): RelativeWindow => ({ ok: true, window: { from, to }, note });
  switch (e.kind) {
    case 'weekday': {
      const day = lastWeekday(e.weekday, asOf);
      const vague = e.part ? ` ("${e.part}" is not narrower than the day)` : '';
      return ok(day, day, `${cap(WEEKDAYS[e.weekday]!)} = ${day}, the latest ${cap(WEEKDAYS[e.weekday]!)} on or before ${asOf}${vague}`);
    }
    case 'weekdays': {
      const to = lastWeekday(e.to, asOf);
      const from = lastWeekday(e.from, to);
      return ok(from, to, `${cap(WEEKDAYS[e.from]!)}–${cap(WEEKDAYS[e.to]!)} = ${from}..${to}, the latest such days on or before ${asOf}`);
    }
    case 'relday': {
      const from = addDays(asOf, e.from);
      const to = addDays(asOf, e.to);
      return ok(from, to, `"${e.word}" = ${from === to ? from : `${from}..${to}`}, against ${asOf}`);
    }
    case 'recent': {
      if (e.unit === 'hour') {
        const days = Math.ceil(e.amount / 24);
        return ok(addDays(asOf, -days), asOf, `the past ${e.amount} hours touch the days ${addDays(asOf, -days)}..${asOf} (up to ${asOf})`);
      }
      const days = e.unit === 'week' ? 7 * e.amount : e.amount;
      const from = addDays(asOf, -(days - 1));
      // A release issued on a day may report that day's strikes (2014) or stop the day before (2017).
      const before = { from: addDays(from, -1), to: addDays(asOf, -1) };
      return { ok: true, window: { from, to: asOf }, note: `the last ${days} day${days === 1 ? '' : 's'} = ${from}..${asOf} (ending on ${asOf} itself; ${before.from}..${before.to}, ending the day before, is checked too)`, alternatives: [before] };
    }
    case 'calendar':
      return calendarWindow(e.unit, e.offset, asOf);
    case 'so-far':
      return ok(env.recordStart, asOf, `"so far" = from the start of the record (${env.recordStart}) to ${asOf}`);
    case 'quarter': {
      const first = 3 * (e.quarter - 1) + 1;
      return ok(dayOf(e.year, first, 1), dayOf(e.year, first + 2, daysInMonth(e.year, first + 2)), `Q${e.quarter} ${e.year} = ${cap(MONTHS[first - 1]!)}–${cap(MONTHS[first + 1]!)} ${e.year}`);
    }
    case 'numeric':
      return numericWindow(e, env);
    case 'season':
      return { ok: false, reason: `"${e.season}${e.year ? ` ${e.year}` : ''}": a season is not a span of days the checker can read (which months, and which year for winter?); give the months` };
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function calendarWindow(unit: 'week' | 'month' | 'year' | 'weekend', offset: 0 | -1, asOf: Day): RelativeWindow {
  const ok = (from: Day, to: Day, note: string): RelativeWindow => ({ ok: true, window: { from, to }, note });
  switch (unit) {
    case 'week': {
      const monday = startOfWeek(asOf);
      if (offset === 0) return ok(monday, asOf, `this week = Monday ${monday} to ${asOf}`);
      return ok(addDays(monday, -7), addDays(monday, -1), `last week = the Monday–Sunday week before ${asOf}: ${addDays(monday, -7)}..${addDays(monday, -1)}`);
    }
    case 'weekend': {
      const sunday = lastWeekday(0, asOf);
      return ok(addDays(sunday, -1), sunday, `the weekend = Saturday ${addDays(sunday, -1)} and Sunday ${sunday}, the latest on or before ${asOf}`);
    }
    case 'month': {
      const first = firstOfMonth(asOf);
      if (offset === 0) return ok(first, asOf, `this month = ${first}..${asOf}`);
      const prev = firstOfMonth(addDays(first, -1));
      return ok(prev, addDays(first, -1), `last month = ${prev}..${addDays(first, -1)}`);
    }
    case 'year': {
      const year = Number(asOf.slice(0, 4));
      if (offset === 0) return ok(dayOf(year, 1, 1), asOf, `this year = ${year}-01-01..${asOf}`);
      return ok(dayOf(year - 1, 1, 1), dayOf(year - 1, 12, 31), `last year = ${year - 1}`);
    }
  }
}

function numericWindow(e: Extract<RelativeExpr, { kind: 'numeric' }>, env: RelativeEnv): RelativeWindow {
  const text = `${e.first}/${e.second}/${e.year}`;
  if ((e.first > 12 && e.second > 12) || e.first === 0 || e.second === 0) return { ok: false, reason: `"${text}" is not a date: neither ${e.first} nor ${e.second} can be its month` };
  let order: NumericOrder | null = null;
  let because = '';
  if (e.first > 12 && e.second <= 12) [order, because] = ['day-month', `${e.first} cannot be a month`];
  else if (e.second > 12 && e.first <= 12) [order, because] = ['month-day', `${e.second} cannot be a month`];
  else if (e.first === e.second) [order, because] = ['day-month', 'day and month are the same number'];
  else if (e.first <= 12 && e.second <= 12 && env.numericOrder) [order, because] = [env.numericOrder.order, env.numericOrder.because];
  if (!order) {
    return { ok: false, reason: `"${text}" is ambiguous: ${e.first} ${cap(MONTHS[e.second - 1]!)} or ${cap(MONTHS[e.first - 1]!)} ${e.second}? Write the month as a word` };
  }
  const [d, m] = order === 'day-month' ? [e.first, e.second] : [e.second, e.first];
  if (d < 1 || d > daysInMonth(e.year, m)) return { ok: false, reason: `"${text}" is not a calendar day` };
  const day = dayOf(e.year, m, d);
  return { ok: true, window: { from: day, to: day }, note: `"${text}" read ${order === 'day-month' ? 'day first' : 'month first'} (${because}): ${day}` };
}

/** The order a numeric date settles for the others of its document ("25/10/2015": day first). */
export function numericOrderOf(e: RelativeExpr): { order: NumericOrder; because: string } | null {
  if (e.kind !== 'numeric') return null;
  const text = `${e.first}/${e.second}/${e.year}`;
  if (e.first > 12 && e.second <= 12) return { order: 'day-month', because: `"${text}" elsewhere in the text is written day first` };
  if (e.second > 12 && e.first <= 12) return { order: 'month-day', because: `"${text}" elsewhere in the text is written month first` };
  return null;
}
