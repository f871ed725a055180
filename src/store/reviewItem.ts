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
