import type { Day, Target } from '../ingest/types.js';

// Its own module, free of database imports, so that the browser workbench can type the API's rows with it.
/** A strike record as the ledger shows it, with where it came from. */
export interface StrikeRow {
  id: number;
  date: Day;
  country: string;
  placeText: string;
  place: string | null;
  placeKey: string | null;
  lat: number | null;
  lon: number | null;
  strikes: number;
  effects: string;
  targets: Target[];
  resolution: 'resolved' | 'review' | 'unresolved';
  countryMismatch: boolean;
  /** `file-or-url:line`. */
  source: string;
  rawLine: string;
}
