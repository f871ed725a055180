import { NUMBER_WORDS } from '../ingest/numberWords.js';

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
