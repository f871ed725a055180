import type { Place, ResolutionMethod } from './types.js';

/** A place that a name matched, with how well and by which name. */
export interface Candidate {
  place: Place;
  matchedName: string;
  /** Matched through a curated or user alias. */
  alias: boolean;
  /** 0..1: 1 for an exact name, lower for skeleton and typo matches. */
  score: number;
  method: ResolutionMethod;
}

export interface Ranked {
  best: Candidate;
  /** The other places, best first (one candidate per place). */
  rest: Candidate[];
  /** A different place far from the best one is about as good: a person must choose. */
  ambiguous: boolean;
  /** That other place, when `ambiguous`. */
  rival?: Candidate;
}

/** Two matches closer than this are one place known to two sources. */
const SAME_PLACE_KM = 10;
/** The best candidate must lead the next distinct place by this much priority to be chosen alone. */
const MIN_LEAD = 1;

const FEATURE_RANK: Record<string, number> = {
  PPLC: 6, PPLA: 5, PPLA2: 4, PPLA3: 3, PPLA4: 2, PPLA5: 2, AIRB: 2, MILB: 2, AIRF: 2,
};

/**
 * How much a candidate deserves the name: match quality first, then curated and user aliases, then
 * administrative seats (PPLC, PPLA…) and population. Scores are on a ×10 scale, so a 0.1 better
 * spelling outweighs a one-step bigger seat.
 */
export function priority(c: Candidate): number {
  const p = c.place;
  const rank = FEATURE_RANK[p.featureCode] ?? (p.featureCode.startsWith('PPL') ? 1 : 0);
  const curated = p.source === 'curated' || p.source === 'pinned' ? 3 : 0;
  return c.score * 10 + (c.alias ? 10 : 0) + curated + rank + 0.5 * Math.log10(p.population + 1);
}

/** Best candidate first, one per place; `candidates` must not be empty. */
export function rankCandidates(candidates: readonly Candidate[]): Ranked {
  const byPlace = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = byPlace.get(c.place.key);
    if (!seen || priority(c) > priority(seen)) byPlace.set(c.place.key, c);
  }
  const sorted = [...byPlace.values()].sort((a, b) => priority(b) - priority(a));
  const [best, ...rest] = sorted;
  if (!best) throw new Error('rankCandidates needs at least one candidate');
  const rival = rest.find((c) => distanceKm(c.place, best.place) > SAME_PLACE_KM);
  const ambiguous = rival !== undefined && priority(best) - priority(rival) < MIN_LEAD;
  return ambiguous ? { best, rest, ambiguous, rival } : { best, rest, ambiguous };
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
