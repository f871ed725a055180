import { containsWindow, formatWindow, windowDays, type Day, type Window } from '../analysis/index.js';
import { findDates } from './dates.js';
import { AROUND_RADIUS_KM, describeScope, readPlaces, type PlaceMention } from './placePhrases.js';
import { findAnchors, vagueWords, mentionsStrikes, type Anchor } from './quantities.js';
import { findTimes, type TimeExpr } from './timePhrases.js';
import { describeWindow, resolveTime, type ResolvedTime } from './windowing.js';
import { inferPlaceFromEvents } from './eventPlaces.js';
import { describeClaim } from './describe.js';
import type { ClaimContext, ClaimParse, ClaimQuery, KnownPlace, PlaceScope, UnresolvedPart } from './types.js';

/** The first day of OIR air strikes (8 August 2014, Iraq): the start of claims that give no window. */
export const OIR_START: Day = '2014-08-08';

/**
 * Reads an English sentence into the strike counts, shares and streaks it claims. Actor wording ("OIR
 * launched", "the coalition conducted") is ignored. A sub-claim's window sits inside the sentence's
 * window ("…, including 23 strikes … between 19 and 27 February"), its place is the sentence's unless it
 * names its own. A sentence with no window is read over the whole record; one with no place, anywhere.
 * Failure says what was understood and what is missing; sub-claims that cannot be read are listed in
 * `unresolved` while the rest of the sentence is still checked.
 */
export function parseClaim(sentence: string, ctx: ClaimContext): ClaimParse {
  const text = normalise(sentence);
  const lower = lowerSameLength(text);
  const anchors = findAnchors(lower);
  const numberSpans = anchors.map((a): [number, number] => [a.start, a.end]);
  const dates = findDates(lower)
    .filter((d) => !numberSpans.some(([a, b]) => d.start < b && a < d.end))
    .map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  const times = findTimes(text, lower, dates, numberSpans);
  const places = readPlaces(text, lower, ctx.knownPlace, [...numberSpans, ...dates.map((d): [number, number] => [d.start, d.end])]);
  const owner = (at: number) => anchors.reduce((found, a, i) => (a.start <= at ? i : found), 0);
  const interpretation: string[] = [];
  const missing: string[] = [];
  const problems: string[] = [];

  // Place: one named for the first claim, else any named, else from a control event, else the document's.
  const mention = strongest(places.mentions.filter((m) => owner(m.start) === 0)) ?? strongest(places.mentions);
  let place: PlaceScope = { kind: 'anywhere' };
  let radiusKm = 0;
  if (mention) {
    place = mention.scope;
    radiusKm = mention.radiusKm;
    interpretation.push(`place ${describeScope(place, radiusKm)}: from "${placeWords(mention)}"${radiusNote(mention)}`);
    const others = [...new Set(places.mentions.filter((m) => m.scope.kind !== 'place' || place.kind !== 'place' || m.scope.key !== place.key).map((m) => m.name))];
    if (others.length > 0) interpretation.push(`also named, not counted: ${others.join(', ')} (one place per claim)`);
  } else {
    const phrases = times.flatMap(eventPhrases);
    const inferred = ctx.control ? inferPlaceFromEvents(phrases, ctx) : null;
    const fromContext = ctx.contextPlace ?? null;
    if (places.unknown.length > 0) {
      const names = places.unknown.map((u) => `"${u}"`).join(', ');
      problems.push(`unknown place ${names}`);
      interpretation.push(`place not understood: no place in the gazetteer is called ${names}`);
    } else if (inferred) {
      place = { kind: 'place', ...inferred.place };
      interpretation.push(`place ${describeScope(place, 0)}: ${inferred.note}`);
    } else if (fromContext) {
      place = { kind: 'place', ...fromContext };
      interpretation.push(`place ${describeScope(place, 0)}: not named in the sentence, taken from the document's previous claim`);
    } else if (places.anaphora) {
      missing.push('place');
      interpretation.push(`"${places.anaphora}" names no place in this sentence, and no control event or earlier sentence says which`);
    } else interpretation.push('place anywhere: the sentence names none, so strikes everywhere are counted');
  }
  const eventPlace: KnownPlace | null = place.kind === 'place' ? place : null;
  const recordStart = ctx.recordStart ?? OIR_START;

  // The sentence's window: the first window phrase of the first claim (narrowed by later ones inside it).
  const ownTimes = (i: number) => times.filter((t) => owner(t.start) === i);
  const firstTimes = ownTimes(0);
  // "a quarter of its strikes … during the offensive in 2016": the window holding the other is the whole.
  if (anchors[0]?.kind === 'share' && firstTimes.length >= 2) {
    const env = { ctx, place: eventPlace, enclosing: null, recordStart };
    const [a, b] = [resolveTime(firstTimes[0]!, env), resolveTime(firstTimes[1]!, env)];
    if (a.ok && b.ok && containsWindow(b.window, a.window) && !containsWindow(a.window, b.window)) firstTimes.splice(0, 2, firstTimes[1]!, firstTimes[0]!);
  }
  let window: Window = { from: recordStart, to: ctx.today };
  let windowFrom = `no window in the sentence: the whole record from ${recordStart} to today`;
  let used = 0;
  const first = firstTimes[0];
  let windowKnown = first === undefined;
  const windowNotes: string[] = [];
  if (first) {
    const r = resolveTime(first, { ctx, place: eventPlace, enclosing: null, recordStart });
    if (!r.ok) {
      missing.push(...r.missing);
      problems.push(...r.problems);
      windowFrom = `not understood from "${first.text}"`;
      windowNotes.push(...r.notes);
    } else {
      window = r.window;
      windowKnown = true;
      windowFrom = `from "${first.text}"`;
      windowNotes.push(...r.notes);
      used = 1;
      // "In 2016, … 50 strikes near Raqqa in March": a later phrase inside the window narrows it.
      const anchor0 = anchors[0];
      for (const t of firstTimes.slice(1)) {
        if (anchor0?.kind === 'share') break;
        const inner = resolveTime(t, { ctx, place: eventPlace, enclosing: window, recordStart });
        if (inner.ok && containsWindow(window, inner.window)) {
          window = inner.window;
          windowNotes.push(`narrowed by "${t.text}"`, ...inner.notes);
          used += 1;
        }
      }
    }
  }
  interpretation.unshift(windowKnown ? `window ${describeWindow(window)}: ${windowFrom}` : `window ${windowFrom}`, ...windowNotes);

  if (anchors.length === 0) {
    missing.unshift('number');
    const vague = vagueWords(lower);
    const why = vague.length ? `"${vague[0]}" is not a number` : mentionsStrikes(lower) ? 'no number of strikes' : 'no number of strikes, and no strikes mentioned';
    interpretation.push(why);
  }
  if (missing.length > 0 || problems.length > 0) {
    if (anchors.length > 0) interpretation.push(`numbers: ${anchors.map((a) => `"${a.text}"`).join(', ')}`);
    const understood = { window: windowKnown ? window : null, place, radiusKm, numbers: anchors.map((a) => a.text), notes: interpretation };
    const message = `Cannot check: ${[...problems, ...missing.map((m) => `missing ${m}`)].join('; ')}. Understood: ${interpretation.join('; ')}`;
    return { ok: false, understood, missing: [...new Set(missing)], problems, message };
  }

  const claims: ClaimQuery[] = [];
  const unresolved: UnresolvedPart[] = [];
  anchors.forEach((anchor, i) => {
    const own = i === 0 ? firstTimes.slice(used) : ownTimes(i);
    // A later claim keeps the sentence's place unless it says where, and how far around, itself.
    const ownMention = i === 0 ? null : places.mentions.find((m) => owner(m.start) === i && m !== mention && m.relation !== 'named') ?? null;
    const scope = ownMention ? { place: ownMention.scope, radiusKm: ownMention.radiusKm } : { place, radiusKm };
    const env = { ctx, place: scope.place.kind === 'place' ? scope.place : eventPlace, enclosing: window, recordStart };
    const sub = own[0] ? resolveTime(own[0], env) : null;
    if (anchor.kind === 'share' && anchor.count) {
      claims.push({ kind: 'count', text: anchor.text, ...scope, window, claimed: anchor.count, notes: [] });
    }
    const built = buildClaim(anchor, window, sub, own[0] ?? null, scope);
    if ('missing' in built) unresolved.push(built);
    else {
      if (ownMention) built.notes.unshift(`place ${describeScope(ownMention.scope, ownMention.radiusKm)}: from "${placeWords(ownMention)}"`);
      claims.push(built);
    }
  });
  for (const c of claims) interpretation.push(describeClaim(c));
  for (const u of unresolved) interpretation.push(`cannot check "${u.text}": ${u.reason}`);
  return { ok: true, claim: claims, interpretation, unresolved };
}

function buildClaim(
  anchor: Anchor,
  window: Window,
  sub: ResolvedTime | null,
  subExpr: TimeExpr | null,
  scope: { place: PlaceScope; radiusKm: number },
): ClaimQuery | UnresolvedPart {
  const base = { text: anchor.text, place: scope.place, radiusKm: scope.radiusKm };
  if (sub && !sub.ok) {
    return { text: anchor.text, missing: sub.missing, reason: [...sub.problems, ...sub.notes].join('; ') || `cannot read "${subExpr?.text}"` };
  }
  const own = sub?.ok ? sub : null;
  const notes = own ? [`its window from "${subExpr!.text}"`, ...own.notes] : [];
  if (own && !containsWindow(window, own.window)) notes.push(`note: ${formatWindow(own.window)} is not inside the sentence's window ${formatWindow(window)}`);
  switch (anchor.kind) {
    case 'count':
      return { kind: 'count', ...base, window: own?.window ?? window, claimed: anchor.count!, notes };
    case 'share':
      if (!own) return { text: anchor.text, missing: ['sub-window'], reason: 'a share needs the part of the window it is about ("during the offensive", "in February")' };
      return { kind: 'share', ...base, window, subWindow: own.window, subEventName: own.eventName, claimedShare: anchor.share!, notes };
    case 'streak': {
      const days = anchor.days!;
      const searched = own?.window ?? window;
      if (windowDays(searched) < days) {
        return { text: anchor.text, missing: [], reason: `${days} consecutive days cannot fit in ${describeWindow(searched)}` };
      }
      if (own && windowDays(own.window) !== days) notes.push(`the window has ${windowDays(own.window)} days: any ${days} consecutive days inside it are checked`);
      return { kind: 'streak', ...base, window: searched, days, strikes: anchor.count, notes };
    }
  }
}

const STRENGTH: Record<PlaceMention['relation'], number> = { within: 0, 'in-and-around': 1, near: 1, around: 1, in: 2, named: 3 };

// "the fall of Palmyra … in and around Palmyra": the phrase that says how far around wins over a mere mention.
function strongest(mentions: PlaceMention[]): PlaceMention | null {
  return [...mentions].sort((a, b) => STRENGTH[a.relation] - STRENGTH[b.relation] || a.start - b.start)[0] ?? null;
}

function eventPhrases(t: TimeExpr): string[] {
  if (t.kind === 'event') return [t.phrase];
  if (t.kind === 'range') return [t.from.event, t.to.event].filter((e): e is string => e !== null);
  if (t.kind === 'since') return t.from.event ? [t.from.event] : [];
  if (t.kind === 'until') return t.to.event ? [t.to.event] : [];
  return [];
}

function placeWords(m: PlaceMention): string {
  return m.marker && !m.marker.startsWith(m.name) ? `${m.marker} ${m.name}` : m.marker || m.name;
}

function radiusNote(m: PlaceMention): string {
  if (m.scope.kind !== 'place') return '';
  if (m.relation === 'within') return ` (radius as stated: ${m.radiusKm} km)`;
  if (m.radiusKm === AROUND_RADIUS_KM) return ` ("${m.marker.replace(`${m.name} `, '')}" → the default radius for around/near, ${AROUND_RADIUS_KM} km)`;
  return ' ("in"/named → the place itself, radius 0)';
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
