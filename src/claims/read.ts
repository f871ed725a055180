import { containsWindow, formatWindow, windowDays, type Day, type Window } from '../analysis/index.js';
import { readActor } from './actors.js';
import { findDates, MONTH_WORDS } from './dates.js';
import { describeClaim } from './describe.js';
import { unreadParts } from './leftovers.js';
import { readPlaces } from './placePhrases.js';
import { findAnchors, findBadNumbers, mentionsStrikes, vagueWords, type Anchor } from './quantities.js';
import { readSentenceWindow, type Continuation } from './readWindow.js';
import { eventPlaceOf, readWhere } from './readWhere.js';
import { numericOrderOf, WEEKDAYS } from './relativeDates.js';
import { findTimes, type TimeExpr } from './timePhrases.js';
import type { ClaimContext, DocumentContext, KnownPlace, PublicationDay, ReadPart, Reading, Sourced, Unit, UnreadPart, Where } from './types.js';
import { describeWindow, resolveTime, type TimeEnv } from './windowing.js';

/** The first day of OIR air strikes (8 August 2014, Iraq): where "so far" and claims without a window start. */
export const OIR_START: Day = '2014-08-08';

/** More strikes than the whole campaign declared (about 34,000 from 2014 to 2019): a typo, not a claim. */
export const MAX_PLAUSIBLE_COUNT = 100_000;

// Words that point back at strikes an earlier sentence counted: the sentence continues its window.
const POINTS_BACK = /\b(?:(?:of|among)\s+(?:the|those|these)\s+(?:air\s?)?strikes|of\s+them|the\s+(?:other|remaining)\s+(?:air\s?)?strikes|the\s+(?:air\s?)?strikes\s+(?:in|near|on|hit)|those\s+(?:air\s?)?strikes|these\s+(?:air\s?)?strikes)\b/;
// "has conducted", "have flown": a running total, which does not continue the sentences before.
const CUMULATIVE = /\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:conducted|carried|launched|flown|staged|mounted|made|hit|struck|dropped|executed|performed)\b/;
// Places a part lists as examples only: "near Mosul, Falluja and other locations", "concentrated near …".
const EXAMPLES_ONLY = /\b(?:concentrated|centered|centred|focused|mostly|mainly|primarily|largely|including|among\s+other\s+(?:cities|towns|places|locations|sites|areas)|and\s+other\s+(?:locations|cities|towns|places|areas|sites))\b/;
// Two numbers of the same strikes: "34 strikes consisting of 56 engagements".
const TWIN = /^\s*(?:consisting\s+of|comprising|made\s+up\s+of|involving|in)\s*$/;
// Names of armed groups that hold a country's name: never a place.
const ORGANISATIONS = /\b(?:islamic\s+state|isil|isis)\s+(?:of\s+iraq\s+and\s+(?:syria|the\s+levant|al[-\s]sham|ash[-\s]sham)|in\s+iraq\s+and\s+(?:the\s+levant|al[-\s]sham|ash[-\s]sham))\b/g;

const UNIT_WORDS: Record<Exclude<Anchor['unit'], Unit>, string> = {
  sorties: 'sorties (flights) are not strikes',
  munitions: 'bombs and munitions are not strikes: one strike may release many',
  targets: 'targets are not strikes: one strike may hit several',
};

/**
 * Reads an English sentence into the numeric claims it makes, every part of each with where it came from:
 * the window (the sentence, a control event, the document, the publication day), the places, the number
 * and its unit, the actor, and the dating. Only this stage says "not understood": a time phrase, a place
 * word or a number that is present but not read, a negation, another actor's strikes, an unknown place —
 * the whole sentence is then unreadable and the answer says what was and was not understood. Sub-claims
 * that cannot be read (another unit, a share without its part) are listed in `unread` while the rest is read.
 */
export function readClaim(sentence: string, ctx: ClaimContext): Reading {
  const text = normalise(sentence);
  const lower = lowerSameLength(text);
  const asOf: PublicationDay = ctx.asOf ? { day: ctx.asOf.day, explicit: true, source: ctx.asOf.source } : { day: ctx.today, explicit: false, source: 'today' };
  const recordStart = ctx.recordStart ?? OIR_START;

  const bad = findBadNumbers(lower);
  const rawDates = findDates(lower);
  const anchors = findAnchors(lower, rawDates).filter((a) => !bad.some((b) => a.start < b.end && b.start < a.end));
  const numberSpans: Array<[number, number]> = [...anchors.map((a): [number, number] => [a.start, a.end]), ...bad.map((b): [number, number] => [b.start, b.end])];
  const dates = rawDates.filter((d) => !numberSpans.some(([a, b]) => d.start < b && a < d.end)).map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  const times = findTimes(text, lower, dates, numberSpans);
  const organisations = [...lower.matchAll(ORGANISATIONS)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const places = readPlaces(text, lower, ctx.knownPlace, [...numberSpans, ...dates.map((d): [number, number] => [d.start, d.end]), ...organisations]);
  // "34 strikes consisting of 56 engagements near Raqqa": both numbers count the same strikes, in one place.
  const head = (i: number): number => (i > 0 && TWIN.test(lower.slice(anchors[i - 1]!.end, anchors[i]!.start)) ? head(i - 1) : i);
  const clauseOwner = ownerOf(lower, anchors);
  const owner = (at: number) => head(clauseOwner(at));
  const actor = readActor(blank(lower, times.map((t): [number, number] => [t.start, t.end])));
  const consumed: Array<[number, number]> = [...numberSpans, ...times.map((t): [number, number] => [t.start, t.end]), ...places.mentions.map((m): [number, number] => [m.start, m.end])];
  const unread = [...unreadParts(text, lower, consumed), ...garbledDates(text, ctx.knownPlace)];

  const problems = [...actor.problems, ...unread.map((u) => u.reason)];
  const missing: string[] = [];
  const notes: string[] = [];
  const eventPhrases = times.flatMap(eventPhrasesOf);
  const examplesOnly = (i: number) => {
    const a = anchors[i];
    const segment = a ? lower.slice(a.start, anchors[i + 1]?.start ?? lower.length) : '';
    return EXAMPLES_ONLY.exec(segment)?.[0] ?? null;
  };
  const where = readWhere(places, owner, Math.max(1, anchors.length), eventPhrases, ctx, examplesOnly);
  if (!where.ok) {
    problems.push(...where.problems);
    missing.push(...where.missing);
    notes.push(...where.notes);
  }
  const sentenceWhere = where.ok ? (where.parts[0] as Sourced<Where>) : null;
  if (sentenceWhere) notes.push(sentenceWhere.note, ...(where.ok ? where.notes : []));
  const env: TimeEnv = {
    ctx,
    asOf,
    place: sentenceWhere ? eventPlaceOf(sentenceWhere.value, places) : null,
    enclosing: null,
    recordStart,
    ...numericOrder(dates, ctx),
  };
  const pointsBack = POINTS_BACK.exec(lower)?.[0] ?? (anchors[0]?.ofTotal ? anchors[0].text : null);
  const continuation: Continuation = {
    previous: ctx.document?.lastWindow ?? null,
    strongCue: pointsBack ? `"${pointsBack}"` : null,
    cumulative: CUMULATIVE.test(blank(lower, actor.reporting)),
  };
  const window = readSentenceWindow(times, owner, env, anchors[0]?.kind === 'share', continuation);
  if (!window.ok) {
    missing.push(...window.missing);
    problems.push(...window.problems);
    notes.unshift(...window.notes);
  } else notes.unshift(window.window.note, window.dating.note, ...window.notes);
  if (actor.actor) notes.push(actor.actor.note);

  if (anchors.length === 0) {
    if (bad.length > 0) problems.push(...bad.map((b) => `"${b.text.trim()}": ${b.reason}`));
    else {
      missing.unshift('number');
      const vague = vagueWords(lower);
      notes.push(vague.length ? `"${vague[0]}" is not a number` : mentionsStrikes(lower) ? 'no number of strikes' : 'no number of strikes, and no strikes mentioned');
    }
  }
  if (missing.length > 0 || problems.length > 0 || !where.ok || !window.ok || !actor.actor) {
    if (anchors.length > 0) notes.push(`numbers: ${anchors.map((a) => `"${a.text}"`).join(', ')}`);
    const windowSource = window.ok && window.window.origin !== 'default' ? { origin: window.window.origin, dating: window.dating.value } : null;
    const understood = { window: window.ok ? window.window.value : window.window, windowSource, where: sentenceWhere?.value ?? null, numbers: anchors.map((a) => a.text), notes };
    const message = `Cannot check: ${[...problems, ...missing.map((m) => `missing ${m}`)].join('; ')}. Understood: ${notes.join('; ')}`;
    return { ok: false, asOf, understood, missing: [...new Set(missing)], problems, message };
  }

  const parts: ReadPart[] = [];
  const unreadParts_: UnreadPart[] = bad.map((b) => ({ text: b.text.trim(), missing: [], reason: b.reason }));
  const used = new Set(window.used);
  let lastTotal = -1;
  anchors.forEach((anchor, i) => {
    const partOf = anchor.ofTotal && lastTotal >= 0 ? lastTotal : null;
    if (!anchor.ofTotal) lastTotal = parts.length;
    if (anchor.unit !== 'strikes' && anchor.unit !== 'engagements') {
      unreadParts_.push({ text: anchor.text, missing: [], reason: `${UNIT_WORDS[anchor.unit]}; the ledger counts strikes (and the engagements releases state), so "${anchor.text}" is not checked` });
      return;
    }
    if (anchor.count && anchor.count.value > MAX_PLAUSIBLE_COUNT) {
      unreadParts_.push({ text: anchor.text, missing: [], reason: `${anchor.count.value} is more strikes than the whole campaign declared (about 34,000 from 2014 to 2019): not a count anyone could check` });
      return;
    }
    const own = times.filter((t) => owner(t.start) === i && !used.has(t) && t.kind !== 'statement' && t.kind !== 'aside');
    const partWhere = where.parts[head(i)] ?? sentenceWhere!;
    if ('unread' in partWhere) {
      unreadParts_.push({ text: anchor.text, missing: ['place'], reason: partWhere.unread });
      return;
    }
    const partEnv: TimeEnv = { ...env, place: eventPlaceOf(partWhere.value, places) ?? env.place, enclosing: window.window.value };
    const built = buildPart(anchor, own[0] ?? null, partEnv, {
      where: partWhere,
      window: window.window,
      windowAlternatives: window.alternatives,
      dating: window.dating,
      unit: { value: anchor.unit, origin: 'sentence', note: `unit: ${anchor.unit}, from "${anchor.text}"` },
      actor: actor.actor!,
      partOf,
    });
    if ('missing' in built) unreadParts_.push(built);
    else {
      if (partWhere !== sentenceWhere) built.notes.unshift(partWhere.note);
      parts.push(built);
    }
  });
  if (parts.length === 0) {
    const message = `Cannot check: ${unreadParts_.map((u) => `"${u.text}": ${u.reason}`).join('; ')}`;
    const windowSource = window.window.origin !== 'default' ? { origin: window.window.origin, dating: window.dating.value } : null;
    return { ok: false, asOf, understood: { window: window.window.value, windowSource, where: sentenceWhere!.value, numbers: anchors.map((a) => a.text), notes }, missing: [], problems: unreadParts_.map((u) => `"${u.text}": ${u.reason}`), message };
  }
  for (const p of parts) notes.push(describeClaim(p));
  for (const u of unreadParts_) notes.push(`cannot check "${u.text}": ${u.reason}`);
  return { ok: true, asOf, parts, unread: unreadParts_, notes };
}

interface PartSources {
  where: Sourced<Where>;
  window: Sourced<Window>;
  windowAlternatives: Window[];
  dating: ReadPart['dating'];
  unit: Sourced<Unit>;
  actor: Sourced<string>;
  partOf: number | null;
}

function buildPart(anchor: Anchor, subExpr: TimeExpr | null, env: TimeEnv, sources: PartSources): ReadPart | UnreadPart {
  const enclosing = sources.window.value;
  const sub = subExpr ? resolveTime(subExpr, env) : null;
  if (sub && !sub.ok) return { text: anchor.text, missing: sub.missing, reason: [...sub.problems, ...sub.notes].join('; ') || `cannot read "${subExpr!.text}"` };
  // "… and 7,831 in Syria since the start of the campaign": a phrase holding the sentence's window is the sentence's.
  const holds = sub?.ok && containsWindow(sub.window, enclosing) && !containsWindow(enclosing, sub.window);
  const own = sub?.ok && !holds ? sub : null;
  const notes = own ? [`its window from "${subExpr!.text}"`, ...own.notes] : holds ? [`"${subExpr!.text}" holds the sentence's window`] : [];
  if (own && !containsWindow(enclosing, own.window)) notes.push(`note: ${formatWindow(own.window)} is not inside the sentence's window ${formatWindow(enclosing)}`);
  const base = { text: anchor.text, ...sources, notes };
  if (sources.partOf !== null) notes.unshift(`part of the total of claim ${sources.partOf + 1}`);
  const ownWindow: Sourced<Window> | null = own ? { value: own.window, origin: 'sentence', note: `window ${describeWindow(own.window)}: from "${subExpr!.text}"` } : null;
  switch (anchor.kind) {
    case 'count':
      return { kind: 'count', ...base, window: ownWindow ?? sources.window, windowAlternatives: own ? own.alternatives ?? [] : sources.windowAlternatives, claimed: anchor.count! };
    case 'share':
      if (!own) return { text: anchor.text, missing: ['sub-window'], reason: 'a share needs the part of the window it is about ("during the offensive", "in February")' };
      return { kind: 'share', ...base, windowAlternatives: [], subWindow: own.window, subEventName: own.eventName, claimedShare: anchor.share! };
    case 'streak': {
      const days = anchor.days!;
      const searched = own?.window ?? enclosing;
      if (windowDays(searched) < days) return { text: anchor.text, missing: [], reason: `${days} consecutive days cannot fit in ${describeWindow(searched)}` };
      if (own && windowDays(own.window) !== days) notes.push(`the window has ${windowDays(own.window)} days: any ${days} consecutive days inside it are checked`);
      return { kind: 'streak', ...base, window: ownWindow ?? sources.window, windowAlternatives: [], days, strikes: anchor.count };
    }
  }
}

/** The known places a sentence names (for "the town" in a later one), and the numeric-date order it settles. */
export function namesIn(sentence: string, ctx: Pick<ClaimContext, 'knownPlace'>): { places: KnownPlace[]; numericOrder: DocumentContext['numericOrder'] | null } {
  const text = normalise(sentence);
  const lower = lowerSameLength(text);
  const dates = findDates(lower);
  const places = readPlaces(text, lower, ctx.knownPlace, dates.map((d): [number, number] => [d.start, d.end]));
  const found = new Map<string, KnownPlace>();
  for (const m of places.mentions) if (m.scope.kind === 'place') found.set(m.scope.key, { key: m.scope.key, name: m.scope.name, aliases: m.scope.aliases });
  const order = dates.map((d) => (d.expr.kind === 'relative' ? numericOrderOf(d.expr.rel) : null)).find((o) => o !== null) ?? null;
  return { places: [...found.values()], numericOrder: order };
}

// Clauses split at commas, semicolons, dashes, "while" and "and also": a place or time phrase belongs to the
// number of its own clause ("17 strikes in Iraq on Sunday and also targeted … in Syria with a single strike").
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:]|\s—\s|\s-\s|\bwhile\b|\bwhereas\b|\band\s+(?:also\s+)?(?=[a-z]+ed\b)/g;

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

// "20 Smarch 2015", "Octember 11, 2015", "in Smarch 2016": a word where a month should be is a date not understood.
const DATE_SHAPES = [
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)\.?(?=,?\s+(?:1[89]|2\d)\d\d\b|\s*(?:,|\.|$))/g,
  /\b([A-Z][a-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|2\d)\d\d\b/g,
  /\b([A-Z][a-z]+)\.?,?\s+(?:1[89]|2\d)\d\d\b/g,
];
const NOT_MONTHS = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'till', 'during', 'from', 'through', 'to', 'and', 'of', 'for', 'before', 'after', 'early', 'late', 'mid', 'between', 'the', 'around', 'about', 'over', 'across', 'throughout', 'as', 'of', 'q1', 'q2', 'q3', 'q4', 'winter', 'summer', 'spring', 'autumn', 'fall', 'year', 'strikes', 'airstrikes', 'near', 'with', 'until', 'end', 'start', 'beginning', 'middle', 'half', 'quarter']);

function garbledDates(text: string, knownPlace: ClaimContext['knownPlace']): Array<{ text: string; reason: string }> {
  const out: Array<{ text: string; reason: string }> = [];
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

function eventPhrasesOf(t: TimeExpr): string[] {
  if (t.kind === 'event') return [t.phrase];
  if (t.kind === 'range') return [t.from.event, t.to.event].filter((e): e is string => e !== null);
  if (t.kind === 'since') return t.from.event ? [t.from.event] : [];
  if (t.kind === 'until') return t.to.event ? [t.to.event] : [];
  return [];
}

// A numeric date with a part above 12 settles the order of the others in the sentence and its document.
function numericOrder(dates: ReturnType<typeof findDates>, ctx: ClaimContext): Pick<TimeEnv, 'numericOrder'> {
  for (const d of dates) {
    const order = d.expr.kind === 'relative' ? numericOrderOf(d.expr.rel) : null;
    if (order) return { numericOrder: { order: order.order, because: order.because.replace('elsewhere in the text', 'in the same sentence') } };
  }
  return ctx.document?.numericOrder ? { numericOrder: ctx.document.numericOrder } : {};
}

function blank(s: string, spans: ReadonlyArray<readonly [number, number]>): string {
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
function lowerSameLength(text: string): string {
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}
