import type { Day } from '../ingest/types.js';

export type { Day };

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is an ISO `YYYY-MM-DD` string naming a real calendar day (no 2015-02-30). */
export function isDay(s: string): s is Day {
  const m = DAY_PATTERN.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Validates a day string; the failure says what is wrong with it. */
export function parseDay(s: string): { ok: true; day: Day } | { ok: false; reason: string } {
  const text = s.trim();
  if (!DAY_PATTERN.test(text)) return { ok: false, reason: `"${s}" is not a day in the form YYYY-MM-DD` };
  if (!isDay(text)) return { ok: false, reason: `"${s}" is not a calendar day` };
  return { ok: true, day: text };
}

/** Number of days in a month; `month` is 1-based. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day from year, 1-based month and day of month; throws on a non-existent day (a programming error). */
export function dayOf(year: number, month: number, day: number): Day {
  const text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (!isDay(text)) throw new RangeError(`not a calendar day: ${text}`);
  return text;
}

/**
 * Days since 1970-01-01, by the proleptic Gregorian calendar (H. Hinnant's days_from_civil): pure
 * arithmetic, so no time zone can shift a day, and fast enough for series over decades of days.
 */
export function toEpochDay(day: Day): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day `n` days after 1970-01-01 (civil_from_days, the inverse of toEpochDay). */
export function fromEpochDay(n: number): Day {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The day `n` days after `day` (before, when `n` is negative). */
export function addDays(day: Day, n: number): Day {
  return fromEpochDay(toEpochDay(day) + n);
}

/** Signed difference `to − from` in days: 0 for the same day. */
export function dayDiff(from: Day, to: Day): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Number of days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function daysBetween(from: Day, to: Day): number {
  return Math.max(0, dayDiff(from, to) + 1);
}

/** Every day from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function eachDay(from: Day, to: Day): Day[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const out: Day[] = [];
  for (let n = start; n <= end; n++) out.push(fromEpochDay(n));
  return out;
}

/** The Monday (ISO week start) of the week holding `day`. */
export function startOfWeek(day: Day): Day {
  const n = toEpochDay(day);
  // 1970-01-01 was a Thursday: shift so Monday is 0.
  const weekday = (((n + 3) % 7) + 7) % 7;
  return fromEpochDay(n - weekday);
}

/** `YYYY-MM` of a day. */
export function monthKey(day: Day): string {
  return day.slice(0, 7);
}

export function firstOfMonth(day: Day): Day {
  return `${monthKey(day)}-01`;
}

export function lastOfMonth(day: Day): Day {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return dayOf(y, m, daysInMonth(y, m));
}

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
