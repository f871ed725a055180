import { NUMBER_WORDS } from '../ingest/numberWords.js';
import { MONTH_WORDS } from './dates.js';
import { WEEKDAYS } from './relativeDates.js';
import type { KnownPlace } from './types.js';

const COUNT = `(?:\\d+|a|an|(?:${NUMBER_WORDS.join('|')})(?:[\\s-]+(?:${NUMBER_WORDS.join('|')}))*)`;

// Words that set or shift a time, in lower case. Whatever of these the reader did not take as part of a
// window, a statement day or a streak is a time phrase it did not understand.
const TIME_WORDS: RegExp[] = [
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/g,
  /\b(?:yesterday|today|tonight|tomorrow|overnight|midnight|weekend|fortnight)\b/g,
  /\b(?:last|past|previous|next|coming|recent|current|this|that|same)\s+(?:few\s+)?(?:week|month|year|days?|hours?|night|morning|evening|quarter|season)s?\b/g,
  new RegExp(`\\b${COUNT}[\\s-]+(?:hours?|days?|weeks?|months?|years?|decades?)\\b`, 'g'),
  /\b(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before|after)\b/g,
  /\b(?:recently|lately|earlier|meanwhile|previously|since\s+then|at\s+the\s+time|in\s+recent\s+(?:days|weeks|months))\b/g,
  /\b(?:winter|summer|spring|autumn)\b/g,
  /\b(?:q[1-4]|quarter\s+of\s+(?:19|20)\d\d)\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b/g,
  /\b(?:1[89]|2\d)\d\d\b/g,
  /\b(?:morning|afternoon|evening|night)\b/g,
  /\b(?:first|second|third|fourth|fifth|opening|final|last)\s+(?:full\s+)?(?:year|month|week|day|hours?|days|weeks|months)\b|\b(?:year|month|week|day)\s+(?:one|two|three|four|five)\b/g,
];
// Month names in the original case: "may" and "march" in lower case are verbs as often as months.
const MONTHS = /\b(?:January|February|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:March|May)(?=\s+\d|,?\s+(?:19|20)\d\d))/g;

/** A part of a sentence the reader did not understand, and why it matters. */
export interface Unread {
  text: string;
  reason: string;
}

/**
 * Time words and look-alike letters the reader did not take into its reading. `consumed` are the offsets it
 * did read (windows, statement days, numbers, streaks, places); time words outside them mean the sentence
 * says something about time that the checker would otherwise ignore.
 */
export function unreadParts(text: string, lower: string, consumed: ReadonlyArray<readonly [number, number]>): Unread[] {
  const out: Unread[] = [];
  const free = (a: number, b: number) => !consumed.some(([s, e]) => a < e && s < b);
  const seen = new Set<string>();
  const add = (a: number, b: number, reason: string) => {
    const words = text.slice(a, b).trim();
    if (seen.has(words.toLowerCase())) return;
    seen.add(words.toLowerCase());
    out.push({ text: words, reason });
  };
  for (const re of TIME_WORDS) {
    for (const m of lower.matchAll(re)) if (free(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, `time phrase not understood: "${text.slice(m.index, m.index + m[0].length)}"`);
  }
  for (const m of text.matchAll(MONTHS)) if (free(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, `date not understood: "${m[0]}"`);
  for (const m of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
    const scripts = scriptsOf(m[0]);
    if (scripts.length > 1) add(m.index, m.index + m[0].length, `"${m[0]}" mixes ${scripts.join(' and ')} letters (a look-alike letter): not read as a name`);
  }
  return out.sort((a, b) => lower.indexOf(a.text.toLowerCase()) - lower.indexOf(b.text.toLowerCase()));
}

function scriptsOf(word: string): string[] {
  const scripts: string[] = [];
  if (/\p{Script=Latin}/u.test(word)) scripts.push('Latin');
  if (/\p{Script=Cyrillic}/u.test(word)) scripts.push('Cyrillic');
  if (/\p{Script=Greek}/u.test(word)) scripts.push('Greek');
  if (/\p{Script=Arabic}/u.test(word)) scripts.push('Arabic');
  return scripts;
}

// "20 Smarch 2015", "Octember 11, 2015", "in Smarch 2016": a word where a month should be is a date not understood.
const DATE_SHAPES = [
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)\.?(?=,?\s+(?:1[89]|2\d)\d\d\b|\s*(?:,|\.|$))/g,
  /\b([A-Z][a-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|2\d)\d\d\b/g,
  /\b([A-Z][a-z]+)\.?,?\s+(?:1[89]|2\d)\d\d\b/g,
];
const NOT_MONTHS = new Set([
  'in', 'on', 'at', 'by', 'since', 'until', 'till', 'during', 'from', 'through', 'to', 'and', 'of', 'for', 'before', 'after', 'early', 'late',
  'mid', 'between', 'the', 'around', 'about', 'over', 'across', 'throughout', 'as', 'q1', 'q2', 'q3', 'q4', 'winter', 'summer', 'spring',
  'autumn', 'fall', 'year', 'strikes', 'airstrikes', 'near', 'with', 'end', 'start', 'beginning', 'middle', 'half', 'quarter',
]);

/** Capitalised words written where a month should be, next to a day or a year, that are no month (or known place). */
export function garbledDates(text: string, knownPlace: (name: string) => KnownPlace | null): Unread[] {
  const out: Unread[] = [];
  for (const re of DATE_SHAPES) {
    for (const m of text.matchAll(re)) {
      const word = m[1]!;
      const lowerWord = word.toLowerCase();
      if (MONTH_WORDS.has(lowerWord.replace(/\.$/, '')) || WEEKDAYS.includes(lowerWord) || NOT_MONTHS.has(lowerWord) || knownPlace(word)) continue;
      if (!out.some((o) => o.text === m[0])) out.push({ text: m[0], reason: `date not understood: "${m[0].trim()}" ("${word}" is not a month)` });
    }
  }
  return out;
}
