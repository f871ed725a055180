import type { Coverage, Day, Window } from '../analysis/index.js';
import type { RecordRef } from './data.js';
import type { NameCount } from './names.js';
import type { DatedBy, PlaceScope, PlaceTerm, ReadPart, Verdict } from './types.js';

// The answer as the CLI, the server and the workbench show it (snake_case: it is the JSON schema).

export interface CoverageOut {
  from: Day;
  to: Day;
  covered_days: number;
  total_days: number;
  missing_days: Day[];
  missing_ranges: Window[];
}

export interface RecordOut {
  date: Day;
  /** The day the release reporting it was issued, when the ledger knows it apart from `date`. */
  reported_on?: Day;
  /** The place as the release wrote it. */
  place: string;
  place_key: string | null;
  strikes: number;
  /** `file:line`. */
  source: string;
}

export interface PlaceOut {
  kind: PlaceScope['kind'];
  key: string | null;
  name: string;
  aliases: string[];
  /** For a place: the radius counted around it, in km (0: records resolved to the place itself). */
  radius_km?: number;
}

export type ClaimedOut =
  | { kind: 'count'; value: number; approx: string; text: string; accepted: string; unit: string }
  | { kind: 'share'; num: number; den: number; approx: string; text: string; accepted: string }
  | { kind: 'streak'; days: number; strikes: number | null; approx: string | null; text: string; accepted: string };

export type FoundOut =
  | { kind: 'count'; value: number }
  | { kind: 'share'; inside: number; total: number; share: number | null }
  | { kind: 'streak'; window: Window | null; strikes: number; strike_days: number; zero_days: Day[]; unknown_days: Day[] };

/** The verdict a part gets when its records are dated one way. */
export interface DatingOut {
  dated_by: DatedBy;
  verdict: Verdict;
  found: FoundOut | null;
  covered_days: number | null;
}

/** The answer for one numeric sub-claim of a sentence. */
export interface PartResult {
  kind: ReadPart['kind'] | 'unresolved';
  text: string;
  verdict: Verdict;
  claimed: ClaimedOut | null;
  found: FoundOut | null;
  unit: string | null;
  window: Window | null;
  sub_window: Window | null;
  /** The first place counted; `places` lists them all when there are several. */
  place: PlaceOut | null;
  places?: PlaceOut[];
  /** Places whose records were taken out ("elsewhere in Syria"). */
  excluded?: PlaceOut[];
  radius_km: number | null;
  /** The dating the verdict uses; `datings` gives both, with their verdicts. */
  dated_by: DatedBy | null;
  datings: DatingOut[];
  coverage: CoverageOut | null;
  records: RecordOut[];
  /** How many records make the count; a document's answer lists only the first of them. */
  records_total: number;
  names: NameCount[];
  /** Where each part of the reading came from: window, place, number, unit, actor, dating. */
  sources: Record<string, string>;
  explanation: string[];
}

/** The answer for a sentence: the first part's figures at the top, every part in `parts`. */
export interface CheckResult {
  sentence: string;
  verdict: Verdict;
  /** The day the sentence was read as of, and where that day came from. */
  as_of: { day: Day; source: string };
  claimed: ClaimedOut | null;
  found: FoundOut | null;
  window: Window | null;
  place: PlaceOut | null;
  places?: PlaceOut[];
  radius_km: number | null;
  dated_by: DatedBy | null;
  coverage: CoverageOut | null;
  records: RecordOut[];
  records_total: number;
  names: NameCount[];
  interpretation: string[];
  parts: PartResult[];
  missing: string[];
  problems: string[];
  /** One line for the analyst. */
  message: string;
}

export function placeOut(p: PlaceScope, radiusKm?: number): PlaceOut {
  if (p.kind === 'place') return { kind: 'place', key: p.key, name: p.name, aliases: p.aliases, ...(radiusKm === undefined ? {} : { radius_km: radiusKm }) };
  if (p.kind === 'country') return { kind: 'country', key: p.code, name: p.name, aliases: [] };
  return { kind: 'anywhere', key: null, name: 'anywhere', aliases: [] };
}

export function termsOut(terms: readonly PlaceTerm[]): PlaceOut[] {
  return terms.map((t) => placeOut(t.place, t.place.kind === 'place' ? t.radiusKm : undefined));
}

export function coverageOut(c: Coverage): CoverageOut {
  return { from: c.from, to: c.to, covered_days: c.coveredDays, total_days: c.totalDays, missing_days: c.missingDays, missing_ranges: c.missingRanges };
}

export function recordOut(r: RecordRef): RecordOut {
  return { date: r.date, ...(r.reportedOn && r.reportedOn !== r.date ? { reported_on: r.reportedOn } : {}), place: r.placeText, place_key: r.placeKey, strikes: r.strikes, source: r.source };
}
