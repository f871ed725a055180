import type { Day, ShareTarget, Window } from '../analysis/index.js';
import type { ControlTimeline } from '../control/index.js';

/** The five answers a claim can get. */
export type Verdict = 'supported' | 'contradicted' | 'partial-coverage' | 'no-coverage' | 'unparseable';

/** How a number was qualified in the sentence: "eight" is exact, "nearly 100", "more than 20", … */
export type Approx = 'exact' | 'about' | 'at-least' | 'at-most' | 'more-than' | 'fewer-than' | 'nearly';

/** A number of strikes as claimed; `text` is the words it was read from. */
export interface ClaimedNumber {
  value: number;
  approx: Approx;
  text: string;
}

/** A share as claimed ("a third of those strikes"); `text` is the words it was read from. */
export interface ClaimedShare extends ShareTarget {
  text: string;
}

/** A place as the claim-checker needs it: a key for the ledger and every name it goes by. */
export interface KnownPlace {
  key: string;
  name: string;
  aliases: string[];
}

/** Where strikes are counted: one place (with a radius), a whole country, or everywhere. */
export type PlaceScope =
  | ({ kind: 'place' } & KnownPlace)
  | { kind: 'country'; name: string; code: string }
  | { kind: 'anywhere' };

interface ClaimBase {
  /** The words of the sentence this claim was read from. */
  text: string;
  place: PlaceScope;
  /** 0 means records resolved to the place itself (under any of its names); otherwise a great-circle radius. */
  radiusKm: number;
  /** How this claim was read, one line each (window source, inferred years, control events used). */
  notes: string[];
}

/** "eight airstrikes in and around Palmyra" over a window. */
export interface CountClaim extends ClaimBase {
  kind: 'count';
  window: Window;
  claimed: ClaimedNumber;
}

/** "a third of those strikes during the pro-regime offensive": strikes in `subWindow` against all of `window`. */
export interface ShareClaim extends ClaimBase {
  kind: 'share';
  window: Window;
  subWindow: Window;
  /** The named event the sub-window came from, if any. */
  subEventName: string | null;
  claimedShare: ClaimedShare;
}

/**
 * "twenty-three strikes over nine consecutive days between 19 and 27 February": `days` consecutive days
 * each with strikes inside `window` (the window itself when it is `days` long), totalling `strikes`.
 */
export interface StreakClaim extends ClaimBase {
  kind: 'streak';
  window: Window;
  days: number;
  strikes: ClaimedNumber | null;
}

export type ClaimQuery = CountClaim | ShareClaim | StreakClaim;

/** A numeric phrase that was found but could not be turned into a query. */
export interface UnresolvedPart {
  text: string;
  missing: string[];
  reason: string;
}

/** What was understood of a sentence that could not be checked. */
export interface Understood {
  window: Window | null;
  place: PlaceScope | null;
  radiusKm: number | null;
  numbers: string[];
  notes: string[];
}

export type ClaimParse =
  | { ok: true; claim: ClaimQuery[]; interpretation: string[]; unresolved: UnresolvedPart[] }
  | {
      ok: false;
      understood: Understood;
      /** Short names of what is missing: 'number', 'window', 'year', 'place', 'event date'. */
      missing: string[];
      /** What is wrong with what was there: future dates, end before start, unknown places. */
      problems: string[];
      /** One line for the analyst: what was understood and what was not. */
      message: string;
    };

/** What the parser may consult besides the sentence. */
export interface ClaimContext {
  /** Days after this are in the future; "since X" runs to it. */
  today: Day;
  /**
   * A place by any of its names, matched exactly after case folding (no fuzzy matching: the parser tries
   * word sequences of the sentence against it), or null when no place has that name.
   */
  knownPlace(name: string): KnownPlace | null;
  /** A place by key, to name the place of a control event; falls back to `knownPlace(key)`. */
  placeByKey?(key: string): KnownPlace | null;
  control?: ControlTimeline;
  /** From earlier sentences of a document: used when the sentence names no place (and said so). */
  contextPlace?: KnownPlace;
  /** From earlier sentences of a document: the year for dates without one (and said so). */
  contextYear?: number;
  /** The first day of the record, the start of "until X" windows and of claims with no window. */
  recordStart?: Day;
}
