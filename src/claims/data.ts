import type { Day, Window } from '../analysis/index.js';
import type { DatedBy, PlaceScope } from './types.js';

/** Which strikes one query counts: a place with a radius, a country, or all of them. */
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
  /** The record's day under the dating asked for: the strike day, or the release day. */
  date: Day;
  /** The day the release reporting it was issued, when the ledger knows it apart from `date`. */
  reportedOn?: Day;
  /** How the strike day is known: stated by the release, or taken from the release day because it said nothing. */
  dayBasis?: 'stated' | 'release day';
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

/** Engagements a release states for one day and country section ("17 strikes consisting of 28 engagements in Syria"). */
export interface StatedEngagements {
  day: Day;
  /** The section's country code, or null for a release's total over both. */
  sectionCode: string | null;
  engagements: number;
  source: string;
}

/** What the ledger holds of stated engagements in a window, or why it cannot say. */
export type EngagementAnswer =
  | {
      ok: true;
      /** Every stated total in the window for the scope, one per day and section. */
      totals: StatedEngagements[];
      /** Days of the window whose releases state engagements for the whole scope: the coverage. */
      statedDays: Day[];
    }
  | { ok: false; reason: string };

/**
 * What the claim checker needs from the ledger. The store implements it; tests use an in-memory fake.
 * Windows are inclusive at both ends; `datedBy` says which day of a record the window bounds.
 */
export interface ClaimData {
  /**
   * False when the ledger does not keep the day strikes happened apart from the day they were reported:
   * both datings then give one answer, asked once. Absent means true.
   */
  readonly separateDatings?: boolean;
  /**
   * Days in the window the record covers: with `strike` dating, days a release reports strikes for or says
   * there were none; with `reported`, days a release was issued.
   */
  coveredDays(window: Window, datedBy: DatedBy): Promise<Day[]>;
  /**
   * Strike records in the scope whose day (under `datedBy`) lies in the window, in date then source order;
   * only the first `limit` when it is given.
   */
  records(scope: StrikeScope, window: Window, datedBy: DatedBy, limit?: number): Promise<RecordRef[]>;
  /**
   * Strikes and records per day in the scope and window, days without records absent: lets a long window be
   * answered without listing every record. Absent: the answer reads every record.
   */
  dailyCounts?(scope: StrikeScope, window: Window, datedBy: DatedBy): Promise<Map<Day, { strikes: number; records: number }>>;
  /**
   * The engagements releases state for a country section or for everywhere, when the ledger keeps them.
   * Absent, or `{ ok: false }`: claims about engagements get no verdict, and are never compared with strikes.
   */
  statedEngagements?(scope: StrikeScope, window: Window, datedBy: DatedBy): Promise<EngagementAnswer>;
}
