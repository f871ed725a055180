import type { Day } from './types.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** A month name or its abbreviation, with the optional full stop ("Dec.", "Sept.", "March"). */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH}),?\s+(\d{4})\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const US_NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const RELEASE_NUMBER = /\bRelease\s*(?:No\.?|Number|#)\s*:?\s*(\d{4})(\d{2})(\d{2})/i;
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:-|–|and|&)\s*\d)(?!,?\s+\d{4})`, 'gi');

export interface DateMatch {
  day: Day;
  index: number;
  length: number;
}

/** The month number of a month name or its abbreviation ("Sept." → 9), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Builds an ISO day, or null when the parts are not a real calendar day. */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds the first full calendar date in a line: "May 23, 2015", "23 May 2015", "Dec. 3, 2016",
 * "2015-05-23", "5/23/2015" (US order), or a release number "Release No: 20150523-01".
 */
export function findFullDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  const consider = (m: RegExpExecArray | null, toDay: (m: RegExpExecArray) => Day | null): void => {
    if (m === null || (best !== null && best.index <= m.index)) return;
    const day = toDay(m);
    if (day !== null) best = { day, index: m.index, length: m[0].length };
  };
  consider(MONTH_DAY_YEAR.exec(text), (m) => makeDay(Number(m[3]), monthNumber(m[1] ?? '') ?? 0, Number(m[2])));
  consider(DAY_MONTH_YEAR.exec(text), (m) => makeDay(Number(m[3]), monthNumber(m[2] ?? '') ?? 0, Number(m[1])));
  consider(ISO.exec(text), (m) => makeDay(Number(m[1]), Number(m[2]), Number(m[3])));
  consider(US_NUMERIC.exec(text), (m) => makeDay(Number(m[3]), Number(m[1]), Number(m[2])));
  if (best === null) consider(RELEASE_NUMBER.exec(text), (m) => makeDay(Number(m[1]), Number(m[2]), Number(m[3])));
  return best;
}

/** Reads a whole field as a day: `2015-05-23`, `5/23/2015` or `May 23, 2015`; null otherwise. */
export function parseDay(text: string): Day | null {
  const t = text.trim();
  const m = findFullDate(t);
  return m !== null && m.index === 0 && m.length === t.length ? m.day : null;
}

/**
 * Reads the one month-and-day without a year in the text ("On Aug. 20,", "on Nov. 21"), taking the
 * year that puts it closest to `reference`. Returns null when there is none, or more than one.
 */
export function findMonthDay(text: string, reference: Day): Day | null {
  const matches = [...text.matchAll(MONTH_DAY)];
  if (matches.length !== 1) return null;
  const m = matches[0];
  const month = monthNumber(m?.[1] ?? '');
  if (m === undefined || month === undefined) return null;
  const refYear = Number(reference.slice(0, 4));
  let bestDay: Day | null = null;
  let bestGap = Infinity;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const day = makeDay(year, month, Number(m[2]));
    if (day === null) continue;
    const gap = Math.abs(Date.parse(day) - Date.parse(reference));
    if (gap < bestGap) {
      bestGap = gap;
      bestDay = day;
    }
  }
  return bestDay;
}
