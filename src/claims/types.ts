import type { Day, ShareTarget, Window } from '../analysis/index.js';
import type { ControlTimeline } from '../control/index.js';
import type { DatedBy } from '../ingest/types.js';

export type { DatedBy };

/** The five answers a claim can get. */
export type Verdict = 'supported' | 'contradicted' | 'partial-coverage' | 'no-coverage' | 'unparseable';

/** How a number was qualified in the sentence: "eight" is exact, "nearly 100", "more than 20", … */
export type Approx = 'exact' | 'about' | 'at-least' | 'at-most' | 'more-than' | 'fewer-than' | 'nearly';

/** A number as claimed; `text` is the words it was read from. */
export interface ClaimedNumber {
  value: number;
  approx: Approx;
  text: string;
}

/** A share as claimed ("a third of those strikes"); `text` is the words it was read from. */
export interface ClaimedShare extends ShareTarget {
  text: string;
}

/** What a number counts. Only strikes and the engagements releases state can be checked. */
export type Unit = 'strikes' | 'engagements';

/** A place as the claim-checker needs it: a key for the ledger and every name it goes by. */
export interface KnownPlace {
  key: string;
  name: string;
  aliases: string[];
}

/** Where strikes are counted: one place, a whole country, or everywhere. */
export type PlaceScope =
  | ({ kind: 'place' } & KnownPlace)
  | { kind: 'country'; name: string; code: string }
  | { kind: 'anywhere' };

/** One place of a claim with its radius: 0 means records resolved to the place itself (under any of its names). */
export interface PlaceTerm {
  place: PlaceScope;
  radiusKm: number;
}

/**
 * Where a claim counts: the sum over `include` (a record near two of them counts once), less the records
 * of `exclude` ("three others elsewhere in Syria"). An empty `include` means everywhere.
 */
export interface Where {
  include: PlaceTerm[];
  exclude: PlaceTerm[];
}

/** Where a part of a reading came from. Only a reading whose every part has a source may get a verdict. */
export type Origin = 'sentence' | 'document' | 'control timeline' | 'publication date' | 'default';

/** A part of a reading with its source, and one line saying how it was read. */
export interface Sourced<T> {
  value: T;
  origin: Origin;
  note: string;
}

/** The day a sentence is read as of, and where that day came from. */
export interface PublicationDay {
  day: Day;
  /** False when nobody gave a publication day and today stands in for it. */
  explicit: boolean;
  /** "--as-of", "front matter date:", "the page's article:published_time", "today". */
  source: string;
}

interface PartBase {
  /** The words of the sentence this part was read from. */
  text: string;
  where: Sourced<Where>;
  window: Sourced<Window>;
  /** Other windows the sentence's words may as well mean ("the last three days" ending today or yesterday). */
  windowAlternatives: Window[];
  /** Which day a strike is counted on: the day it happened (the default) or the day it was reported. */
  dating: Sourced<DatedBy>;
  unit: Sourced<Unit>;
  actor: Sourced<string>;
  /** The index of the part whose total this one is a part of ("…, including 13 near Falluja"), or null. */
  partOf: number | null;
  /** Further reading notes (inferred years, control events used, windows narrowed). */
  notes: string[];
}

/** "eight airstrikes in and around Palmyra" over a window. */
export interface CountPart extends PartBase {
  kind: 'count';
  claimed: ClaimedNumber;
}

/** "a third of those strikes during the pro-regime offensive": strikes in `subWindow` against all of `window`. */
export interface SharePart extends PartBase {
  kind: 'share';
  subWindow: Window;
  /** The named event the sub-window came from, if any. */
  subEventName: string | null;
  claimedShare: ClaimedShare;
}

/**
 * "twenty-three strikes over nine consecutive days between 19 and 27 February": `days` consecutive days
 * each with strikes inside `window` (the window itself when it is `days` long), totalling `strikes`.
 */
export interface StreakPart extends PartBase {
  kind: 'streak';
  days: number;
  strikes: ClaimedNumber | null;
}

/** One numeric claim of a sentence, read with the source of every part. */
export type ReadPart = CountPart | SharePart | StreakPart;

/** A numeric phrase that was found but could not be read, and why. */
export interface UnreadPart {
  text: string;
  missing: string[];
  reason: string;
}

/** What was understood of a sentence that could not be checked. */
export interface Understood {
  window: Window | null;
  /** Where the window came from and its dating, when it came from the sentence or the document. */
  windowSource: { origin: Origin; dating: DatedBy } | null;
  where: Where | null;
  numbers: string[];
  notes: string[];
}

/** The read stage's answer: every part of the sentence with where it came from, or why it cannot be read. */
export type Reading =
  | { ok: true; asOf: PublicationDay; parts: ReadPart[]; unread: UnreadPart[]; notes: string[] }
  | {
      ok: false;
      asOf: PublicationDay;
      understood: Understood;
      /** Short names of what is missing: 'number', 'window', 'year', 'place', 'event date', 'publication date'. */
      missing: string[];
      /** What is wrong with what was there: future dates, unknown places, negation, other actors, bad numbers. */
      problems: string[];
      /** One line for the analyst: what was understood and what was not. */
      message: string;
    };

/** What earlier sentences of a document tell a later one. */
export interface DocumentContext {
  /** The last claim read, for "there", "the city". */
  previous?: { line: number; text: string; where: Where; window: Window; dating: DatedBy };
  /**
   * The window of the last sentence that had one (claim or not), and how many sentences back it is: a
   * sentence without a time phrase right after it continues it ("it added", "Ten of the strikes …").
   */
  lastWindow?: { line: number; window: Window; dating: DatedBy; distance: number };
  /** The last place a sentence named alone, for "the town" in a sentence after it. */
  lastPlace?: { line: number; place: KnownPlace };
  /** The year the document was last talking about, for dates without one. */
  year?: number;
  /** How the document writes numeric dates, when one of them settles it. */
  numericOrder?: { order: 'day-month' | 'month-day'; because: string };
}

/** What the reader may consult besides the sentence. */
export interface ClaimContext {
  /** The current day: no claim can be about a day after it. */
  today: Day;
  /** The day the sentence was published; relative dates need it. Absent: today, and relative dates are refused. */
  asOf?: { day: Day; source: string };
  /** The dating to count by when the sentence says nothing of it: the strike day unless asked otherwise. */
  datedBy?: DatedBy;
  /**
   * A place by any of its names, matched exactly after case folding (no fuzzy matching: the reader tries
   * word sequences of the sentence against it), or null when no place has that name.
   */
  knownPlace(name: string): KnownPlace | null;
  /** A place by key, to name the place of a control event; falls back to `knownPlace(key)`. */
  placeByKey?(key: string): KnownPlace | null;
  control?: ControlTimeline;
  document?: DocumentContext;
  /** The first day of the record, the start of "until X" windows and of claims with no window. */
  recordStart?: Day;
}
