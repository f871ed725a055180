import type { DateBasis, Day, Target } from '../ingest/types.js';

// Its own module, free of database imports, so that the browser workbench can type the API's rows with it.
/** A strike record as the ledger shows it, with where it came from. */
export interface StrikeRow {
  id: number;
  /** The day the strikes happened, as far as the release says (see `dateBasis`). */
  date: Day;
  /** The day of the release that reported them. */
  reportedOn: Day;
  /** How `date` was known: stated, yesterday, weekday, period (its last day), or assumed (the release's day). */
  dateBasis: DateBasis;
  country: string;
  placeText: string;
  place: string | null;
  placeKey: string | null;
  lat: number | null;
  lon: number | null;
  strikes: number;
  /** Engagements the line states; null when it states none. */
  engagements: number | null;
  effects: string;
  targets: Target[];
  resolution: 'resolved' | 'review' | 'unresolved';
  countryMismatch: boolean;
  /** `file-or-url:line`. */
  source: string;
  rawLine: string;
}
