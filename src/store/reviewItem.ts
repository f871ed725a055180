import type { Day } from '../ingest/types.js';
import type { Place } from '../places/types.js';

// Its own module, free of database imports, so that the browser workbench can type the review queue with it.
/** A name the ledger could not settle, with what the gazetteer suggests. */
export interface ReviewItem {
  placeText: string;
  country: string;
  status: 'review' | 'unresolved';
  records: number;
  strikes: number;
  firstDate: Day;
  lastDate: Day;
  current: Place | null;
  candidates: Array<{ place: Place; score: number; matchedName: string }>;
}

/**
 * A strike line whose count is above the review limit (heldCounts.ts): kept as written, left out of every
 * count, listing and check until an editor accepts it.
 */
export interface HeldCount {
  id: number;
  /** Day the strikes are reported for. */
  date: Day;
  /** The release section it was reported under. */
  country: string;
  placeText: string;
  /** The place the name resolves to, when it does. */
  place: string | null;
  strikes: number;
  /** `file:line` of the release line. */
  source: string;
  rawLine: string;
}
