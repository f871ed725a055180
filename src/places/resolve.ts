import { countryCodeOf, isCountryName } from './countries.js';
import { compactKey, foldName, skeletonOf } from './fold.js';
import { letterMask, masksTooFar, MAX_TYPO_EDITS, MIN_FUZZY_LENGTH, similarity } from './fuzzy.js';
import { typoBucket, type Gazetteer, type NameRef } from './gazetteer.js';
import { cleanPlaceText, splitCompound } from './placeText.js';
import { distanceKm, rankCandidates, type Candidate, type Ranked } from './rank.js';
import type { Resolution, ResolutionMethod } from './types.js';

/** Fuzzy scores at or above this resolve (1 edit in 7 letters, 2 in 14); see `similarity`. */
export const FUZZY_RESOLVE = 0.85;
/** Fuzzy scores at or above this (and below FUZZY_RESOLVE) go to review with a best guess. */
export const FUZZY_REVIEW = 0.7;
/** Skeletons shorter than this match only for review. */
export const MIN_SKELETON_LENGTH = 3;
/** Places whose coordinates may be off by more than this go to review even on an exact match. */
export const MAX_RESOLVED_UNCERTAINTY_KM = 10;

/** The two countries of the campaign: a name filed under one and found only in the other is a filing slip, not a new place. */
const THEATRE = new Set(['SY', 'IQ']);

export interface ResolveContext {
  /** The release section ("Syria", "Tikrit, Iraq") or an ISO alpha-2 code. */
  country?: string;
}

/**
 * Which place a release means by `name`, given the section it was filed under.
 * Order of trust: exact or alias match in the section's country (confidence 1); exact match in the other
 * campaign country (resolved, `countryMismatch`); skeleton match in the country (0.9); typo match
 * (resolved at or above FUZZY_RESOLVE, else review); exact match anywhere else (review, mismatch).
 * A compound name ("Al Hasakah and Dayr Az Zawr") that names different places goes to review with no
 * place and one resolution per part. A name nothing matches goes to review with no place, so an editor
 * can pin it; `unresolved` is kept for text with no letters at all.
 */
export function resolvePlace(gazetteer: Gazetteer, name: string, context: ResolveContext = {}): Resolution {
  const cleaned = cleanPlaceText(name);
  const sectionCountry = context.country ? countryCodeOf(context.country) : null;
  const country = sectionCountry ?? cleaned.country;
  const parts = splitCompound(cleaned.text);
  let result = parts.length > 1 ? resolveCompound(gazetteer, parts, country) : resolveWithFallback(gazetteer, cleaned.text, country);
  if (cleaned.note) result = addNote(result, cleaned.note);
  if (context.country && !sectionCountry) result = addNote(result, `section "${context.country}" names no single country`);
  return result;
}

function resolveCompound(gazetteer: Gazetteer, parts: string[], country: string | null): Resolution {
  const resolved = parts.map((part) => resolveWithFallback(gazetteer, part, country));
  const keys = new Set(resolved.map((r) => r.place?.key ?? null));
  const first = resolved[0];
  if (first && keys.size === 1 && first.place) return addNote(first, `"${parts.join('" and "')}" name one place`);
  const candidates = resolved.flatMap((r) =>
    r.place ? [{ place: r.place, score: r.confidence, matchedName: r.matchedName ?? r.place.name }] : []);
  return {
    status: 'review', place: null, confidence: 0, method: 'none', matchedName: null,
    countryMismatch: resolved.some((r) => r.countryMismatch),
    candidates: candidates.slice(0, 5),
    note: `compound name: ${parts.length} places (${parts.join('; ')}); split the strike or choose one`,
    parts: resolved,
  };
}

/** Sentence fragments ("Sinjar three airstrikes struck …") fall back to their leading words, for review. */
function resolveWithFallback(gazetteer: Gazetteer, text: string, country: string | null): Resolution {
  const result = resolveSingle(gazetteer, text, country);
  const words = text.split(' ');
  if (result.place || words.length < 3) return result;
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const r = resolveSingle(gazetteer, lead, country);
    if (r.status === 'resolved' && (r.method === 'exact' || r.method === 'alias')) {
      return { ...r, status: 'review', confidence: round(r.confidence * 0.7), note: `matched only the leading words "${lead}"` };
    }
  }
  return result;
}

function resolveSingle(gazetteer: Gazetteer, text: string, country: string | null): Resolution {
  const compact = compactKey(text);
  if (compact === '') return empty('unresolved', `no letters in "${text}"`);
  if (isCountryName(text)) {
    return empty('review', `"${text}" names a country, not a place`);
  }
  const exact = toCandidates(gazetteer, gazetteer.namesWithKey(compact), text, 1);
  if (!country) return resolveWithoutCountry(gazetteer, text, compact, exact);

  const home = exact.filter((c) => c.place.countryCode === country);
  if (home.length > 0) return decide(rankCandidates(home), 1, false, exact);

  const theatre = exact.filter((c) => THEATRE.has(c.place.countryCode) && THEATRE.has(country));
  if (theatre.length > 0) {
    return addNote(decide(rankCandidates(theatre), 0.8, true, exact), `filed under ${country} but named a place in ${theatre[0]?.place.countryCode}`);
  }

  const inCountry = matchInCountry(gazetteer, text, compact, country);
  if (inCountry) return inCountry;

  if (exact.length > 0) {
    const r = decide(rankCandidates(exact), 0.5, true, exact);
    return { ...r, status: 'review', note: `no place called "${text}" in ${country}; found elsewhere` };
  }
  return empty('review', `no place called "${text}" known in ${country}: pin it or add an alias`);
}

function resolveWithoutCountry(gazetteer: Gazetteer, text: string, compact: string, exact: Candidate[]): Resolution {
  if (exact.length > 0) return decide(rankCandidates(exact), 0.9, false, exact);
  for (const country of THEATRE) {
    const r = matchInCountry(gazetteer, text, compact, country);
    if (r) return { ...r, status: 'review', note: `no country given; nearest match in ${country}` };
  }
  return empty('review', `no place called "${text}" known`);
}

/** Skeleton, then typo matching, among one country's names. Null when nothing comes close. */
function matchInCountry(gazetteer: Gazetteer, text: string, compact: string, country: string): Resolution | null {
  if (compact.length < MIN_FUZZY_LENGTH) return null;
  const view = gazetteer.countryView(country);
  const skeleton = skeletonOf(text);
  const bySkeleton = view.bySkeleton.get(skeleton) ?? [];
  if (bySkeleton.length > 0) {
    const candidates = bySkeleton.map((n) => ({ place: n.place, matchedName: n.name, alias: n.alias, score: 0.9, method: 'folded' as const }));
    const r = decide(rankCandidates(candidates), 0.9, false, []);
    // two-consonant skeletons ("sr", "hj") are shared by too many unrelated names to trust alone
    if (skeleton.length < MIN_SKELETON_LENGTH && r.status === 'resolved') {
      return { ...r, status: 'review', confidence: 0.7, note: `only the consonants "${skeleton}" match "${r.matchedName}"` };
    }
    return r;
  }
  const scored: Candidate[] = [];
  // typos keep the first letter ("Tirkrit", "Mahkmur"); first-letter variants ("Irbil") are the skeleton's job
  const mask = letterMask(compact);
  for (let length = compact.length - MAX_TYPO_EDITS; length <= compact.length + MAX_TYPO_EDITS; length++) {
    for (const n of view.byBucket.get(typoBucket(compact, length)) ?? []) {
      if (masksTooFar(mask, n.mask, MAX_TYPO_EDITS)) continue;
      const s = similarity(compact, n.compact);
      if (s >= FUZZY_REVIEW) scored.push({ place: n.place, matchedName: n.name, alias: n.alias, score: s, method: 'fuzzy' });
    }
  }
  if (scored.length === 0) return null;
  const ranked = rankCandidates(scored);
  const best = ranked.best;
  const r = decide(ranked, round(best.score * 0.9), false, []);
  if (best.score < FUZZY_RESOLVE && r.status === 'resolved') {
    return { ...r, status: 'review', note: `closest spelling "${best.matchedName}" (similarity ${round(best.score)})` };
  }
  return r;
}

function toCandidates(gazetteer: Gazetteer, refs: NameRef[], text: string, score: number): Candidate[] {
  const query = foldName(text);
  const out: Candidate[] = [];
  for (const ref of refs) {
    const place = gazetteer.get(ref.key);
    if (!place) continue;
    const method: ResolutionMethod = ref.alias ? 'alias' : foldName(ref.name) === query ? 'exact' : 'folded';
    out.push({ place, matchedName: ref.name, alias: ref.alias, score: method === 'folded' ? score * 0.95 : score, method });
  }
  return out;
}

/** Turn ranked candidates into a resolution: resolved when one place stands out, review when two tie. */
function decide(ranked: Ranked, confidence: number, mismatch: boolean, others: Candidate[]): Resolution {
  const { best, ambiguous, rest, rival } = ranked;
  const conf = round(Math.min(confidence, best.score));
  const seen = new Set([best.place.key]);
  const alternatives = [...rest, ...others].filter((c) => !seen.has(c.place.key) && seen.add(c.place.key));
  const result: Resolution = {
    status: ambiguous ? 'review' : 'resolved',
    place: best.place,
    confidence: ambiguous ? round(conf * 0.6) : conf,
    method: best.method,
    matchedName: best.matchedName,
    countryMismatch: mismatch,
    candidates: alternatives.slice(0, 5).map((c) => ({ place: c.place, score: round(c.score), matchedName: c.matchedName })),
  };
  if (ambiguous && rival) {
    const km = Math.round(distanceKm(best.place, rival.place));
    result.note = `"${rival.matchedName}" (${rival.place.countryCode}, ${km} km away) matches about as well; choose one`;
  }
  else if ((best.place.uncertaintyKm ?? 0) > MAX_RESOLVED_UNCERTAINTY_KM) {
    result.status = 'review';
    result.note = `coordinates approximate (±${best.place.uncertaintyKm} km)`;
  }
  return result;
}

function empty(status: 'review' | 'unresolved', note: string): Resolution {
  return { status, place: null, confidence: 0, method: 'none', matchedName: null, countryMismatch: false, candidates: [], note };
}

function addNote(r: Resolution, note: string): Resolution {
  return { ...r, note: r.note ? `${r.note}; ${note}` : note };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
