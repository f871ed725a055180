import { readActor, type ActorReading } from './actors.js';
import { findDates, type DateSpan } from './dates.js';
import { garbledDates, unreadParts, type Unread } from './leftovers.js';
import { readPlaces, type PlaceReading } from './placePhrases.js';
import { findAnchors, findBadNumbers, type Anchor, type BadNumber } from './quantities.js';
import { findTimes, type TimeExpr } from './timePhrases.js';
import type { ClaimContext } from './types.js';

/**
 * Everything a sentence holds, as offsets into it, before any of it is settled: its numbers, dates, time
 * phrases, place phrases, actor and reporting clauses, and the words the reader did not take into any of them.
 */
export interface SentenceScan {
  /** The sentence with straight quotes, one kind of dash and single spaces; `lower` is it lower-cased, same length. */
  text: string;
  lower: string;
  anchors: Anchor[];
  bad: BadNumber[];
  dates: DateSpan[];
  times: TimeExpr[];
  places: PlaceReading;
  actor: ActorReading;
  unread: Unread[];
  /** The numeric part a phrase at this offset belongs to: the number of its clause, twins counted as one. */
  owner(offset: number): number;
  /** The part whose place and window a part shares ("34 strikes consisting of 56 engagements"): itself, or the one before. */
  head(part: number): number;
}

// Two numbers of the same strikes: "34 strikes consisting of 56 engagements".
const TWIN = /^\s*(?:consisting\s+of|comprising|made\s+up\s+of|involving|in)\s*$/;
// Names of armed groups that hold a country's name: never a place.
const ORGANISATIONS = /\b(?:islamic\s+state|isil|isis)\s+(?:of\s+iraq\s+and\s+(?:syria|the\s+levant|al[-\s]sham|ash[-\s]sham)|in\s+iraq\s+and\s+(?:the\s+levant|al[-\s]sham|ash[-\s]sham))\b/g;
// Clauses split at commas, semicolons, dashes, "while" and "and also": a place or time phrase belongs to the
// number of its own clause ("17 strikes in Iraq on Sunday and also targeted … in Syria with a single strike").
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:]|\s—\s|\s-\s|\bwhile\b|\bwhereas\b|\band\s+(?:also\s+)?(?=[a-z]+ed\b)/g;

/** Finds the parts of a sentence: numbers first (they win over dates), then dates, time phrases, places, actor. */
export function scanSentence(sentence: string, ctx: Pick<ClaimContext, 'knownPlace'>): SentenceScan {
  const text = normalise(sentence);
  const lower = lowerSameLength(text);
  const bad = findBadNumbers(lower);
  const rawDates = findDates(lower);
  const anchors = findAnchors(lower, rawDates).filter((a) => !bad.some((b) => a.start < b.end && b.start < a.end));
  const numberSpans: Array<[number, number]> = [...anchors.map((a): [number, number] => [a.start, a.end]), ...bad.map((b): [number, number] => [b.start, b.end])];
  const dates = rawDates.filter((d) => !numberSpans.some(([a, b]) => d.start < b && a < d.end)).map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  const times = findTimes(text, lower, dates, numberSpans);
  const organisations = [...lower.matchAll(ORGANISATIONS)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const places = readPlaces(text, lower, ctx.knownPlace, [...numberSpans, ...dates.map((d): [number, number] => [d.start, d.end]), ...organisations]);
  const actor = readActor(blank(lower, times.map((t): [number, number] => [t.start, t.end])));
  const consumed: Array<[number, number]> = [...numberSpans, ...times.map((t): [number, number] => [t.start, t.end]), ...places.mentions.map((m): [number, number] => [m.start, m.end])];
  const unread = [...unreadParts(text, lower, consumed), ...garbledDates(text, ctx.knownPlace)];
  const head = (i: number): number => (i > 0 && TWIN.test(lower.slice(anchors[i - 1]!.end, anchors[i]!.start)) ? head(i - 1) : i);
  const clauseOwner = ownerOf(lower, anchors);
  return { text, lower, anchors, bad, dates, times, places, actor, unread, head, owner: (at) => head(clauseOwner(at)) };
}

function ownerOf(lower: string, anchors: readonly Anchor[]): (offset: number) => number {
  const breaks = [0, ...[...lower.matchAll(CLAUSE_BREAK)].map((m) => m.index), lower.length];
  const clauseOf = (at: number) => breaks.findIndex((b, i) => at >= b && at < (breaks[i + 1] ?? Infinity));
  return (at: number) => {
    const clause = clauseOf(at);
    const inClause = anchors.map((a, i) => ({ a, i })).filter(({ a }) => clauseOf(a.start) === clause);
    const before = inClause.filter(({ a }) => a.start <= at).at(-1) ?? inClause[0];
    if (before) return before.i;
    return anchors.reduce((found, a, i) => (a.start <= at ? i : found), 0);
  };
}

/** The text with the given spans blanked out, offsets kept. */
export function blank(s: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = s;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

/** Straight quotes, one kind of dash, single spaces. */
export function normalise(sentence: string): string {
  return sentence
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u00A0/g, ' ')
    .replace(/(?<!\s)\s*(?:\u2014|--)\s*/g, ' — ')
    .replace(/(\d)\s*[\u2013\u2012]\s*(\d)/g, '$1-$2')
    .replace(/(?<!\s)\s+\u2013\s+/g, ' - ')
    .replace(/\u2013/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// Offsets found in the lower-cased text must point at the same words in the original.
export function lowerSameLength(text: string): string {
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}
