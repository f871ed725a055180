import type { DateBasis, Day } from './types.js';
import { findFullDate, findMonthDay, makeDay, MONTH, monthNumber } from './dates.js';

/** The strike days a sentence gives, and how it gave them. */
export interface Dating {
  from: Day;
  to: Day;
  basis: DateBasis;
  /** The words that dated it, as written ("yesterday", "Between Sept. 30 - Oct. 6"). */
  phrase: string;
}

/** A day `n` days after `day` (negative: before). */
export function addDays(day: Day, n: number): Day {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day`;
const CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*[ap]\.?\s*m\.?(?:\s*\([^)]{0,40}\))?`;
// "Between 8 a.m. yesterday and 8 a.m. today", "from 8 a.m. (GMT) yesterday to 8 a.m. today": a day before the release
const DAY_PERIOD = new RegExp(String.raw`\b(?:between|from|since)\s+${CLOCK}\s*(?:on\s+)?yesterday\b(?:\s*,?\s*(?:and|to|until|through)\s+${CLOCK}\s*(?:on\s+)?today\b)?`, 'i');
const MONTH_DAY = String.raw`(${MONTH})\s*(\d{1,2})(?:st|nd|rd|th)?`;
// "between March 9-15", "Between Sept. 30 - Oct. 6", "between March 2 and March 8", "Nov. 10-23", "on March 20-21", "Dec. 4-7"
const RANGE = new RegExp(String.raw`(?:\bbetween\s+)?\b${MONTH_DAY}\s*(?:-|–|—|\band\b|\bto\b|\bthrough\b)\s*(?:(${MONTH})\s*)?(\d{1,2})\b(?!\s*,?\s*\d{4})`, 'i');
const UNTIL_YESTERDAY = new RegExp(String.raw`\bbetween\s+${MONTH_DAY}\s+and\s+yesterday\b`, 'i');
const LAST_DAYS = /\b(?:over|in|during)\s+the\s+(?:last|past)\s+(two|three|four|five|six|seven|\d)\s+days\b/i;
const YESTERDAY = /\byesterday(?:['’]s)?\b/i;
const ON_WEEKDAY = new RegExp(String.raw`\b(?:on\s+)?(${WEEKDAY})\b`, 'i');
const SMALL: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The day of month `month`/`day` nearest `reference` (a release reports past days: never much later). */
function nearest(month: number, day: number, reference: Day): Day | null {
  const year = Number(reference.slice(0, 4));
  let best: Day | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const d = makeDay(y, month, day);
    if (d !== null && (best === null || Math.abs(Date.parse(d) - Date.parse(reference)) < Math.abs(Date.parse(best) - Date.parse(reference)))) best = d;
  }
  return best;
}

/**
 * The strike days a sentence of a release names, relative to the release's day: a stated day ("On Dec. 9",
 * "On Thursday, Dec. 15"), a range ("between March 9-15"), the 24 hours to 8 a.m. today, "yesterday", or a
 * weekday ("on Monday": the last such day on or before the release). Returns null when it names none.
 */
export function datingOf(sentence: string, reportDate: Day | null): Dating | null {
  if (reportDate === null) return null;
  const period = DAY_PERIOD.exec(sentence);
  if (period !== null) {
    const day = addDays(reportDate, -1);
    return { from: day, to: day, basis: 'yesterday', phrase: period[0].trim() };
  }
  const until = UNTIL_YESTERDAY.exec(sentence);
  if (until !== null) {
    const from = nearest(monthNumber(until[1] ?? '') ?? 0, Number(until[2]), reportDate);
    const to = addDays(reportDate, -1);
    if (from !== null && from <= to) return { from, to, basis: 'period', phrase: until[0] };
  }
  const range = RANGE.exec(sentence);
  if (range !== null) {
    const fromMonth = monthNumber(range[1] ?? '') ?? 0;
    const toMonth = range[3] === undefined ? fromMonth : monthNumber(range[3]) ?? 0;
    const from = nearest(fromMonth, Number(range[2]), reportDate);
    const to = from === null ? null : nearest(toMonth, Number(range[4]), reportDate);
    if (from !== null && to !== null && from < to && Date.parse(to) - Date.parse(from) <= 31 * 86_400_000) {
      return { from, to, basis: 'period', phrase: range[0] };
    }
  }
  const lastDays = LAST_DAYS.exec(sentence);
  if (lastDays !== null) {
    const n = SMALL[(lastDays[1] ?? '').toLowerCase()] ?? Number(lastDays[1]);
    return { from: addDays(reportDate, -n), to: addDays(reportDate, -1), basis: 'period', phrase: lastDays[0] };
  }
  const full = findFullDate(sentence);
  if (full !== null) return { from: full.day, to: full.day, basis: 'stated', phrase: sentence.slice(full.index, full.index + full.length) };
  const monthDay = findMonthDay(sentence, reportDate);
  if (monthDay !== null) return { from: monthDay, to: monthDay, basis: 'stated', phrase: monthDay };
  const yesterday = YESTERDAY.exec(sentence);
  if (yesterday !== null) {
    const day = addDays(reportDate, -1);
    return { from: day, to: day, basis: 'yesterday', phrase: 'yesterday' };
  }
  const weekday = ON_WEEKDAY.exec(sentence);
  if (weekday !== null) {
    const wanted = WEEKDAYS.indexOf((weekday[1] ?? '').toLowerCase());
    const back = (new Date(`${reportDate}T00:00:00Z`).getUTCDay() - wanted + 7) % 7;
    const day = addDays(reportDate, -back);
    return { from: day, to: day, basis: 'weekday', phrase: weekday[0] };
  }
  return null;
}
