import { inferPlaceFromEvents } from './eventPlaces.js';
import { AROUND_RADIUS_KM, describeScope, type PlaceMention, type PlaceReading } from './placePhrases.js';
import type { ClaimContext, KnownPlace, PlaceTerm, Sourced, Where } from './types.js';

/** Where each part of a sentence counts, with how it was read; or why the sentence's places cannot be read. */
export type WhereReading =
  | { ok: true; parts: Array<Sourced<Where> | { unread: string }>; notes: string[] }
  | { ok: false; missing: string[]; problems: string[]; notes: string[] };

const TIER: Record<PlaceMention['relation'], number> = { within: 0, 'in-and-around': 0, near: 0, around: 0, in: 0, elsewhere: 1, named: 2 };

/**
 * The places of each numeric part: the place phrases between its number and the next part's ("22 strikes
 * in Iraq, including 13 near Falluja and Mosul": Iraq, then Falluja + Mosul), the sentence's first part's
 * when a part names none. Several places are summed; a country named beside places only says where they
 * are; "elsewhere in Syria" is Syria less the places the sentence named. A sentence that names none is
 * read about the place a control event settles, the place "the city"/"there" refers to in the document,
 * or everywhere.
 */
export function readWhere(
  places: PlaceReading,
  partOwner: (offset: number) => number,
  parts: number,
  eventPhrases: string[],
  ctx: ClaimContext,
  examplesOnly: (part: number) => string | null = () => null,
): WhereReading {
  if (places.unknown.length > 0 || places.problems.length > 0) {
    const names = places.unknown.map((u) => `"${u}"`).join(', ');
    const problems = [...(places.unknown.length ? [`unknown place ${names}`] : []), ...places.problems];
    return { ok: false, missing: [], problems, notes: places.unknown.length ? [`place not understood: no place in the gazetteer is called ${names}`] : [] };
  }
  const own = (i: number) => places.mentions.filter((m) => partOwner(m.start) === i);
  const notes = places.qualifiers.map((q) => `place: ${q}`);
  const first = termsOf(own(0), examplesOnly(0));
  if (first && 'unread' in first) return { ok: false, missing: ['place'], problems: [first.unread], notes: [] };
  let sentence: Sourced<Where>;
  if (first) sentence = { value: { include: first.terms, exclude: [] }, origin: 'sentence', note: first.note };
  else {
    const fallback = placeFromContext(places, eventPhrases, ctx);
    if (!fallback.ok) return { ok: false, missing: fallback.missing, problems: [], notes: [fallback.note] };
    sentence = fallback.where;
  }
  const out: Array<Sourced<Where> | { unread: string }> = [sentence];
  for (let i = 1; i < parts; i++) {
    const mine = own(i);
    const elsewhere = mine.filter((m) => m.relation === 'elsewhere');
    if (elsewhere.length > 0) {
      const others = out.flatMap((w) => ('unread' in w ? [] : w.value.include.filter((t) => t.place.kind === 'place')));
      const include = elsewhere.map((m) => ({ place: m.scope, radiusKm: 0 }));
      const except = others.length ? `, less the records of ${others.map((t) => describeScope(t.place, t.radiusKm)).join(' and ')}` : '';
      out.push({ value: { include, exclude: others }, origin: 'sentence', note: `place ${include.map((t) => describeScope(t.place, 0)).join(' + ')}${except}: from "elsewhere in ${elsewhere.map((m) => m.name).join(', ')}"` });
      continue;
    }
    const read = termsOf(mine, examplesOnly(i));
    out.push(read ? ('unread' in read ? read : { value: { include: read.terms, exclude: [] }, origin: 'sentence', note: read.note }) : sentence);
  }
  const counted = new Set(out.flatMap((w) => ('unread' in w ? [] : w.value.include).map((t: PlaceTerm) => (t.place.kind === 'place' ? t.place.key : t.place.kind === 'country' ? t.place.code : ''))));
  const uncounted = [...new Set(places.mentions.filter((m) => !counted.has(m.scope.kind === 'place' ? m.scope.key : m.scope.kind === 'country' ? m.scope.code : '')).map((m) => m.name))];
  if (uncounted.length) notes.push(`also named, not counted: ${uncounted.join(', ')}`);
  return { ok: true, parts: out, notes };
}

/**
 * The terms of one part's place phrases: its places if it names any, else its countries, else names alone.
 * Places given only as examples ("concentrated near …", "and other locations") leave the part's country, or
 * nothing to count.
 */
function termsOf(mentions: PlaceMention[], examples: string | null): { terms: PlaceTerm[]; note: string } | { unread: string } | null {
  if (mentions.length === 0) return null;
  const best = Math.min(...mentions.map((m) => TIER[m.relation]));
  const countriesAnyTier = mentions.filter((m) => m.scope.kind === 'country' && m.relation !== 'elsewhere');
  if (examples && mentions.some((m) => m.scope.kind === 'place')) {
    if (countriesAnyTier.length === 0) return { unread: `the places are only examples ("${examples}"): they do not say where all the strikes were` };
    const codes = [...new Set(countriesAnyTier.map((m) => (m.scope.kind === 'country' ? m.scope.code : '')))];
    const terms = codes.map((code) => ({ place: countriesAnyTier.find((m) => m.scope.kind === 'country' && m.scope.code === code)!.scope, radiusKm: 0 }));
    const names = mentions.filter((m) => m.scope.kind === 'place').map((m) => m.name).join(', ');
    return { terms, note: `place ${terms.map((t) => describeScope(t.place, 0)).join(' + ')}: from "${countriesAnyTier.map((c) => c.name).join('", "')}"; ${names} are only examples ("${examples}")` };
  }
  const places = mentions.filter((m) => TIER[m.relation] === best && m.scope.kind === 'place');
  const countries = mentions.filter((m) => TIER[m.relation] === best && m.scope.kind === 'country');
  const chosen = places.length > 0 ? places : countries.length > 0 ? countries : mentions.filter((m) => TIER[m.relation] === best);
  const byKey = new Map<string, PlaceMention>();
  for (const m of chosen) {
    const key = m.scope.kind === 'place' ? m.scope.key : m.scope.kind === 'country' ? m.scope.code : m.name;
    const kept = byKey.get(key);
    if (!kept || m.radiusKm > kept.radiusKm) byKey.set(key, m);
  }
  const kept = [...byKey.values()];
  const terms = kept.map((m) => ({ place: m.scope, radiusKm: m.radiusKm }));
  const sum = kept.length > 1 ? ' (their strikes summed, each record once)' : '';
  const words = kept.map((m) => `"${placeWords(m)}"${radiusNote(m)}`).join(', ');
  const context = places.length > 0 && countries.length > 0 ? `; ${countries.map((c) => c.name).join(', ')} only says where` : '';
  return { terms, note: `place ${terms.map((t) => describeScope(t.place, t.radiusKm)).join(' + ')}${sum}: from ${words}${context}` };
}

type Fallback = { ok: true; where: Sourced<Where> } | { ok: false; missing: string[]; note: string };

function placeFromContext(places: PlaceReading, eventPhrases: string[], ctx: ClaimContext): Fallback {
  const one = (place: KnownPlace, radiusKm = 0): Where => ({ include: [{ place: { kind: 'place', ...place }, radiusKm }], exclude: [] });
  const inferred = ctx.control ? inferPlaceFromEvents(eventPhrases, ctx) : null;
  if (inferred) return { ok: true, where: { value: one(inferred.place), origin: 'control timeline', note: `place ${describeScope({ kind: 'place', ...inferred.place }, 0)}: ${inferred.note}` } };
  const doc = ctx.document;
  if (places.anaphora) {
    if (doc?.previous && doc.previous.where.include.length > 0) {
      const w = doc.previous.where;
      return { ok: true, where: { value: w, origin: 'document', note: `place ${w.include.map((t) => describeScope(t.place, t.radiusKm)).join(' + ')}: "${places.anaphora}" is the place of the claim on line ${doc.previous.line}` } };
    }
    if (doc?.lastPlace) {
      return { ok: true, where: { value: one(doc.lastPlace.place), origin: 'document', note: `place ${describeScope({ kind: 'place', ...doc.lastPlace.place }, 0)}: "${places.anaphora}" is the place named on line ${doc.lastPlace.line}` } };
    }
    return { ok: false, missing: ['place'], note: `"${places.anaphora}" names no place in this sentence, and no control event or earlier sentence says which` };
  }
  return { ok: true, where: { value: { include: [], exclude: [] }, origin: 'sentence', note: 'place anywhere: the sentence names none, so strikes everywhere are counted' } };
}

function placeWords(m: PlaceMention): string {
  return m.marker && !m.marker.startsWith(m.name) ? `${m.marker} ${m.name}` : m.marker || m.name;
}

function radiusNote(m: PlaceMention): string {
  if (m.scope.kind !== 'place') return '';
  if (m.relation === 'within') return ` (radius as stated: ${m.radiusKm} km)`;
  if (m.radiusKm === AROUND_RADIUS_KM) return ` (near/around → the default radius, ${AROUND_RADIUS_KM} km)`;
  return ' ("in"/named → the place itself, radius 0)';
}

/** The one place events of a sentence are about ("the fall of Palmyra", "retaking the city"), if there is one. */
export function eventPlaceOf(where: Where, places: PlaceReading): KnownPlace | null {
  const placeTerms = where.include.filter((t) => t.place.kind === 'place');
  const first = placeTerms[0]?.place ?? places.mentions.find((m) => m.scope.kind === 'place')?.scope;
  return first?.kind === 'place' ? { key: first.key, name: first.name, aliases: first.aliases } : null;
}
