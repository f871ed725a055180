import { dayOf, daysInMonth, isDay, type Window } from '../analysis/index.js';
import { findRelativeDates, type RelativeExpr } from './relativeDates.js';

/** A date as written, before its year is settled. Months are 1-based. */
export type DateExpr =
  | { kind: 'day'; year: number | null; month: number; day: number }
  | { kind: 'month'; year: number | null; month: number; part: 'early' | 'mid' | 'late' | null }
  | { kind: 'year'; year: number }
  /** "19 and 27 February", "19–27 February", "February 19 to 27": days of one month. */
  | { kind: 'days'; year: number | null; month: number; fromDay: number; toDay: number }
  /** A date that needs the publication day (or the text's numeric order) to mean anything. */
  | { kind: 'relative'; rel: RelativeExpr };

/** A date expression found in a sentence, with offsets in the text. */
export interface DateSpan {
  start: number;
  end: number;
  text: string;
  expr: DateExpr;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const MONTH_NAMES = Object.keys(MONTHS).slice(0, 12);
/** Every month name and abbreviation, lower-cased. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(MONTHS));
// "Mar'a" (a town) is not March.
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})(?!['’‘]\\w)\\.?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `((?:1[89]|2\\d)\\d\\d)`;
const OPT_YEAR = `(?:\\s*,?\\s+${YEAR})?`;
const JOIN = `\\s*(?:-|to|and|until|till|through|thru)\\s*`;
// A bare month must follow a word that makes it a date: "in May", not "they may".
const BARE_MONTH_BEFORE = /\b(in|during|since|until|till|through|from|between|and|to|of|by|over|throughout|early|mid|late|before|after|across)[\s-]+$/;

interface Pattern {
  re: RegExp;
  read(m: RegExpMatchArray): DateExpr;
}

const month = (s: string | undefined) => MONTHS[(s ?? '').replace('.', '')]!;
const year = (s: string | undefined) => (s ? Number(s) : null);
const PART: Record<string, 'early' | 'mid' | 'late'> = { early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late' };

// "8 a.m., May 15": the hour is finer than a day, so it only joins the date's words.
const HOUR = /(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\s*,?\s*)$/;

const PATTERNS: Pattern[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ({ kind: 'day', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  { re: new RegExp(`\\b${DAY}${JOIN}${DAY}\\s+(?:of\\s+)?${MONTH}${OPT_YEAR}\\b`, 'g'), read: (m) => ({ kind: 'days', year: year(m[4]), month: month(m[3]), fromDay: Number(m[1]), toDay: Number(m[2]) }) },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}${JOIN}${DAY}${OPT_YEAR}\\b`, 'g'), read: (m) => ({ kind: 'days', year: year(m[4]), month: month(m[1]), fromDay: Number(m[2]), toDay: Number(m[3]) }) },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}${OPT_YEAR}\\b`, 'g'), read: (m) => ({ kind: 'day', year: year(m[3]), month: month(m[2]), day: Number(m[1]) }) },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:\\s*,\\s*|\\s+)${YEAR}\\b`, 'g'), read: (m) => ({ kind: 'day', year: year(m[3]), month: month(m[1]), day: Number(m[2]) }) },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?\\d)`, 'g'), read: (m) => ({ kind: 'day', year: null, month: month(m[1]), day: Number(m[2]) }) },
  { re: new RegExp(`\\b(early|mid|late)[\\s-]+${MONTH}${OPT_YEAR}\\b`, 'g'), read: (m) => ({ kind: 'month', year: year(m[3]), month: month(m[2]), part: PART[m[1]!]! }) },
  { re: new RegExp(`\\b(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+${MONTH}${OPT_YEAR}\\b`, 'g'), read: (m) => ({ kind: 'month', year: year(m[3]), month: month(m[2]), part: PART[m[1]!]! }) },
  { re: new RegExp(`\\b${MONTH}\\s*,?\\s+${YEAR}\\b`, 'g'), read: (m) => ({ kind: 'month', year: year(m[2]), month: month(m[1]), part: null }) },
  { re: new RegExp(`\\b${MONTH}\\b`, 'g'), read: (m) => ({ kind: 'month', year: null, month: month(m[1]), part: null }) },
  { re: new RegExp(`(?<![\\d,.])\\b${YEAR}\\b(?!\\d|,\\d|\\s*-\\s*\\d)`, 'g'), read: (m) => ({ kind: 'year', year: Number(m[1]) }) },
];

/**
 * Date expressions in a lower-cased sentence, left to right, never overlapping (the longest reading
 * at a position wins): "20 may 2015", "may 20, 2015", "20th may", "may 2015", "mid-may 2015",
 * "2015", "19 and 27 february", "2015-05-20". A strike count such as "in march 23 strikes" is not a date.
 */
export function findDates(lower: string): DateSpan[] {
  const candidates: DateSpan[] = findRelativeDates(lower).map((r) => ({ start: r.start, end: r.end, text: lower.slice(r.start, r.end), expr: { kind: 'relative', rel: r.expr } }));
  for (const pattern of PATTERNS) {
    for (const m of lower.matchAll(pattern.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const expr = pattern.read(m);
      if (expr.kind === 'month' && expr.year === null && expr.part === null && !BARE_MONTH_BEFORE.test(lower.slice(0, start))) continue;
      if (looksLikeCount(expr, lower, start, end)) continue;
      candidates.push({ start, end, text: m[0], expr });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: DateSpan[] = [];
  for (const c of candidates) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
  for (const c of chosen) {
    const hour = HOUR.exec(lower.slice(Math.max(0, c.start - 16), c.start));
    if (hour) c.start -= hour[0].length;
    c.text = lower.slice(c.start, c.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// "march 23 strikes" is 23 strikes in March; "2015 strikes" is a count unless a preposition makes it a year.
function looksLikeCount(expr: DateExpr, lower: string, start: number, end: number): boolean {
  if (!(expr.kind === 'year' || (expr.kind === 'day' && expr.year === null))) return false;
  if (!/^\s+(?:[a-z.]+\s+){0,2}(?:air[\s-]?strikes?|airstrikes?|strikes?|raids?)\b/.test(lower.slice(end))) return false;
  return expr.kind !== 'year' || !/\b(in|since|during|of|until|through|from|to|and)\s+$/.test(lower.slice(0, start));
}

export function yearOf(e: DateExpr): number | null {
  return e.kind === 'relative' ? null : e.year;
}

/** True for a date written without its year ("19 February", "Dec. 9"). */
export function lacksYear(e: DateExpr): boolean {
  return e.kind !== 'year' && e.kind !== 'relative' && e.year === null;
}

export function withYear(e: DateExpr, y: number): DateExpr {
  return e.kind === 'year' || e.kind === 'relative' ? e : { ...e, year: y };
}

/** True for "mid-May 2015" and the like: the window is a reading of vague words. */
export function isApproximate(e: DateExpr): boolean {
  return e.kind === 'month' && e.part !== null;
}

/**
 * The days a date expression covers, once its year is known: a day → that day; a month → the whole
 * month ("early" = days 1–10, "mid" = 11–20, "late" = 21 to the end); a year → the whole year;
 * "19 and 27 February" → 19 to 27 February. A missing year or a day the calendar lacks is an error.
 */
export function dateWindow(e: DateExpr): { ok: true; window: Window } | { ok: false; reason: string } {
  if (e.kind === 'relative') return { ok: false, reason: 'a relative date needs the publication day' };
  if (e.kind === 'year') return { ok: true, window: { from: dayOf(e.year, 1, 1), to: dayOf(e.year, 12, 31) } };
  if (e.year === null) return { ok: false, reason: `no year for "${describeDate(e)}"` };
  const y = e.year;
  const iso = (d: number) => `${y}-${String(e.month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = (d: number): string | null => (isDay(iso(d)) ? null : e.month >= 1 && e.month <= 12 ? `${d} ${monthName(e.month)} ${y} is not a calendar day` : `${iso(d)} is not a calendar day`);
  switch (e.kind) {
    case 'day': {
      const bad = check(e.day);
      return bad ? { ok: false, reason: bad } : { ok: true, window: { from: dayOf(y, e.month, e.day), to: dayOf(y, e.month, e.day) } };
    }
    case 'days': {
      const bad = check(e.fromDay) ?? check(e.toDay);
      if (bad) return { ok: false, reason: bad };
      if (e.toDay < e.fromDay) return { ok: false, reason: `"${describeDate(e)}" ends before it starts` };
      return { ok: true, window: { from: dayOf(y, e.month, e.fromDay), to: dayOf(y, e.month, e.toDay) } };
    }
    case 'month': {
      const last = daysInMonth(y, e.month);
      const [a, b] = e.part === 'early' ? [1, 10] : e.part === 'mid' ? [11, 20] : e.part === 'late' ? [21, last] : [1, last];
      return { ok: true, window: { from: dayOf(y, e.month, a), to: dayOf(y, e.month, b) } };
    }
  }
}

/** "20 May 2015", "May 2015", "19–27 February 2017", "mid-May": for messages. */
export function describeDate(e: DateExpr): string {
  if (e.kind === 'relative') return e.rel.kind;
  const y = e.year === null ? '' : ` ${e.year}`;
  switch (e.kind) {
    case 'year':
      return String(e.year);
    case 'day':
      return `${e.day} ${monthName(e.month)}${y}`;
    case 'days':
      return `${e.fromDay}–${e.toDay} ${monthName(e.month)}${y}`;
    case 'month':
      return `${e.part ? `${e.part}-` : ''}${monthName(e.month)}${y}`;
  }
}

function monthName(m: number): string {
  const name = MONTH_NAMES[m - 1] ?? '?';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
