import { addDays, type Day } from '../analysis/days.js';
import type { Window } from '../analysis/windows.js';
import { holderFamily } from './holders.js';
import { periodsOf } from './timeline.js';
import type { ControlEvent, ControlPeriod } from './types.js';

/** A phrase settled to a day by the control data, with the reasoning to show the analyst. */
export interface SettledEvent {
  day: Day;
  /** One line: what the phrase was taken to mean and where the date comes from. */
  explanation: string;
  /** Why this day, briefly: "start of IS control (first period on record)". */
  basis: string;
  /** The control data's source for it, or "". */
  source: string;
  /** For a named event with an end: its whole span (for "during the pro-regime offensive"). */
  span: Window | null;
  /** Other days the phrase could also mean (e.g. Palmyra fell twice); the first match was taken. */
  alternatives: Day[];
}

export interface EventPhraseOptions {
  /** Only consider days on or after this one (the start of an enclosing window, an earlier event). */
  after?: Day;
  /** Names of the place to ignore in the phrase ("the fall of Palmyra" → "fall"). */
  placeNames?: string[];
  /** Who "their"/"they" in the phrase is ("their re-losing it" after "the Assadist conquest"): 'is' or 'government'. */
  holder?: string;
}

const FALL = /^(fall|fell|falling|capture|captured|seizure|seized|takeover|loss|lost|overrun|occupation|occupied|conquest|conquered|conquering)$/;
// Losing a place, said of the side that held it ("their re-losing it"): the day the next holder's period starts.
const LOSS = /^(lose|losing|lost|loss|relose|relosing|relost)$/;
const RECAPTURE = /^(reconquest|reconquered|recapture|recaptured|recapturing|retaking|retook|retake|retaken|liberation|liberated|liberating|regained|regaining|recovery)$/;
const END_WORDS = /\b(end|close|conclusion)\s+of\b/;
const FILLER = new Set(['the', 'of', 'its', 'it', 'city', 'town', 'village', 'on', 'a', 'an', 'by', 'to', 'in', 'onset', 'start', 'beginning', 'launch', 'end', 'close', 'conclusion', 'first', 'second', 'their', 'they', 'them']);

/**
 * Settles a phrase about a place to a day using its control periods and named events:
 * - a named event whose name, kind and holder cover the phrase's words ("the onset of the IS offensive",
 *   "the pro-regime offensive"): its first day, or its last for "the end of …";
 * - "the fall / capture / takeover of X": the start of a period held by IS (or by the holder the phrase names);
 * - "the re-conquest / recapture / retaking / liberation of X": the start of a period that takes X back from IS
 *   (or, when the phrase names a holder, a return of that holder: "IS recapture of X" is IS coming back).
 * When several days fit, the first on or after `options.after` is taken and the others are listed.
 * Returns null when the phrase is none of these or the control data does not settle it.
 */
export function eventForPhrase(
  phrase: string,
  placeKey: string,
  periods: readonly ControlPeriod[],
  events: readonly ControlEvent[],
  options: EventPhraseOptions = {},
): SettledEvent | null {
  const wantsEnd = END_WORDS.test(phrase.toLowerCase());
  const placeTokens = new Set((options.placeNames ?? []).flatMap(tokens));
  const words = tokens(phrase).filter((t) => !FILLER.has(t) && !placeTokens.has(t));
  if (words.length === 0) return null;

  const named = events.filter((e) => e.placeKey === placeKey && covers(eventBag(e), words));
  const namedHits = named
    .map((e) => ({ event: e, day: wantsEnd ? (e.to ?? e.from) : e.from }))
    .filter((h) => !options.after || h.day >= options.after)
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  const first = namedHits[0];
  if (first) {
    const e = first.event;
    const span = { from: e.from, to: e.to ?? e.from };
    const basis = `${wantsEnd ? 'last' : 'first'} day of the event "${e.name}" (${span.from}..${span.to})`;
    const alternatives = namedHits.slice(1).map((h) => h.day);
    return { day: first.day, explanation: explain(phrase, first.day, basis, e.source, alternatives, options.after), basis, source: e.source, span, alternatives };
  }

  const namedHolder = words.map((w) => (w === 'is' || w === 'government' ? w : null)).find((w) => w !== null) ?? null;
  const pronoun = /\b(their|they|them)\b/.test(phrase.toLowerCase());
  const holder = namedHolder ?? (pronoun && options.holder ? holderFamily(options.holder) : null);
  const mine = periodsOf(periods, placeKey);
  if (holder && words.some((w) => LOSS.test(w)) && !words.some((w) => RECAPTURE.test(w))) return lossOf(phrase, holder, mine, options);
  let kind: 'fall' | 'recapture' | null = null;
  if (words.some((w) => RECAPTURE.test(w))) kind = 'recapture';
  else if (words.some((w) => FALL.test(w))) kind = 'fall';
  if (!kind) return null;

  const candidates = mine.filter((p, i) => {
    const previous = mine[i - 1];
    const family = holderFamily(p.holder);
    if (previous && holderFamily(previous.holder) === family) return false;
    if (holder && family !== holder) return false;
    // A place's first known period is still a fall when IS holds it: IS never held a town first.
    if (kind === 'fall') return holder !== null ? previous !== undefined || family === 'is' : family === 'is';
    if (!previous) return false;
    // Unless the phrase names IS, a re-conquest is a place taken back from IS, as analysts of this war use it.
    if (holder !== 'is' && family === 'is') return false;
    const heldBefore = mine.slice(0, i - 1).some((q) => holderFamily(q.holder) === family);
    return heldBefore || holderFamily(previous.holder) === 'is';
  });
  const hits = candidates.filter((p) => !options.after || p.from >= options.after);
  const taken = hits[0];
  if (!taken) return null;
  const previous = mine[mine.indexOf(taken) - 1];
  const others = hits.slice(1).map((p) => p.from);
  const before = previous ? `, after ${previous.holder} control ended ${addDays(taken.from, -1)}` : ' (first period on record)';
  const basis = `start of ${taken.holder} control${before}`;
  return { day: taken.from, explanation: explain(phrase, taken.from, basis, taken.source, others, options.after), basis, source: taken.source, span: null, alternatives: others };
}

// The side that held a place loses it on the first day of the next period held by someone else.
function lossOf(phrase: string, holder: string, mine: readonly ControlPeriod[], options: EventPhraseOptions): SettledEvent | null {
  const losses = mine.filter((p, i) => {
    const previous = mine[i - 1];
    return previous !== undefined && holderFamily(previous.holder) === holder && holderFamily(p.holder) !== holder;
  });
  const hits = losses.filter((p) => !options.after || p.from >= options.after);
  const taken = hits[0];
  if (!taken) return null;
  const others = hits.slice(1).map((p) => p.from);
  const basis = `end of ${holder} control: ${taken.holder} control starts`;
  return { day: taken.from, explanation: explain(phrase, taken.from, basis, taken.source, others, options.after), basis, source: taken.source, span: null, alternatives: others };
}

function explain(phrase: string, day: Day, basis: string, source: string, others: Day[], after: Day | undefined): string {
  const alternatives = others.length ? `; the first such day${after ? ` from ${after}` : ''} was taken, also ${others.join(', ')}` : '';
  return `"${phrase.trim()}" = ${day}: ${basis} (control timeline${cite(source)})${alternatives}`;
}

/** Lower-case words with the holders' many names folded: "pro-regime" → "government", "ISIL" → "is". */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\b(islamic state|isil|isis|daesh|da[’']esh)\b/g, 'is')
    .replace(/\b(pro-regime|pro-government|pro regime|pro government|syrian arab army|syrian army|saa|regime|assadists?|assad|loyalists?)\b/g, 'government')
    .replace(/\bre-(\w)/g, 're$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function eventBag(e: ControlEvent): Set<string> {
  const bag = new Set([...tokens(e.name), ...tokens(e.kind)]);
  if (e.holder) bag.add(holderFamily(e.holder));
  return bag;
}

function covers(bag: Set<string>, words: string[]): boolean {
  // "the liberation of Manbij" names the event "capture of Manbij" (kind recapture) as well as its own words do
  return words.every((w) => bag.has(w) || (RECAPTURE.test(w) && bag.has('recapture')) || (FALL.test(w) && bag.has('capture')));
}

function cite(source: string): string {
  return source ? `; source: ${source}` : '';
}
