import type { Window } from '../analysis/index.js';
import type { StrikeScope } from './data.js';
import type { DatedBy, ReadPart, Reading, Unit, Where } from './types.js';

/** One query of the ledger for one part of a reading: what to count, where, over which days, dated how. */
export interface Question {
  /** The part it answers, and its place among the sentence's parts. */
  part: ReadPart;
  index: number;
  unit: Unit;
  /** Scopes whose records are summed (each record once); empty means everywhere. */
  include: StrikeScope[];
  /** Scopes whose records are taken out of the sum ("elsewhere in Syria"). */
  exclude: StrikeScope[];
  /** The days counted: a count's or streak's window, a share's whole window. */
  window: Window;
  /** Other windows the sentence may mean: the answer counts them too, and a verdict holds only if all agree. */
  alternatives: Window[];
  /** The reading's dating first, then the other: where they disagree the answer says both. */
  datings: [DatedBy, DatedBy];
}

/**
 * Turns a reading into the questions to put to the ledger, one per part: its places as store scopes, its
 * window, its unit, and both datings (the reading's first). Pure: nothing is read or decided here.
 */
export function resolveReading(reading: Extract<Reading, { ok: true }>): Question[] {
  return reading.parts.map((part, index) => ({
    part,
    index,
    unit: part.unit.value,
    ...scopesOf(part.where.value),
    window: part.window.value,
    alternatives: part.windowAlternatives,
    datings: part.dating.value === 'reported' ? ['reported', 'strike'] : ['strike', 'reported'],
  }));
}

function scopesOf(where: Where): { include: StrikeScope[]; exclude: StrikeScope[] } {
  const scope = (t: Where['include'][number]): StrikeScope => ({ place: t.place, radiusKm: t.place.kind === 'place' ? t.radiusKm : 0 });
  return { include: where.include.map(scope), exclude: where.exclude.map(scope) };
}

/** A key that names a scope for caching and de-duplication. */
export function scopeKey(s: StrikeScope): string {
  const p = s.place;
  return p.kind === 'place' ? `place:${p.key}:${s.radiusKm}` : p.kind === 'country' ? `country:${p.code}` : 'anywhere';
}
