import type { Day, Window } from '../analysis/index.js';
import type { PlaceScope } from './types.js';

/** Which strikes a claim counts: a place with a radius, a country, or all of them. */
export interface StrikeScope {
  place: PlaceScope;
  /**
   * For a place: 0 means records resolved to the place (under any of its names); more means records
   * resolved to any place within that many km of it (great-circle). Ignored for countries and anywhere.
   */
  radiusKm: number;
}

/** A strike record as a claim's answer cites it. */
export interface RecordRef {
  date: Day;
  /** The place exactly as the release wrote it ("Tadmur", "near Palmyra" → "Palmyra"). */
  placeText: string;
  /** The place the record resolved to, or null when unresolved. */
  placeKey: string | null;
  /** Distance in km from the scope's place, when the store computed it. */
  distanceKm?: number | null;
  strikes: number;
  /** `file-or-url:line` of the release line. */
  source: string;
}

/**
 * What the claim checker needs from the ledger. The store implements it; tests use an in-memory fake.
 * Windows are inclusive at both ends.
 */
export interface ClaimData {
  /** Days in the window on which any release reports (strikes anywhere or none): the record's coverage. */
  releaseDays(window: Window): Promise<Day[]>;
  /** Strike records in the scope whose day lies in the window, in date then source order. */
  records(scope: StrikeScope, window: Window): Promise<RecordRef[]>;
}
