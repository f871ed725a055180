/** A calendar day as an ISO string, `YYYY-MM-DD`. Never a Date: calendar days have no time zone. */
export type Day = string;

/**
 * Which day a strike record is counted on: the day the strikes happened (`strike`, the default
 * everywhere) or the day the release reported them (`reported`).
 */
export type DatedBy = 'strike' | 'reported';

/**
 * How a record's strike day was known: the release named the day (`stated`: "On Dec. 9"), said "yesterday"
 * (or gave the 24 hours from 8 a.m. yesterday), named a weekday ("on Monday"), gave only a period of several
 * days (`period`: counted on its last day), or said nothing, so the release's own day is assumed (`assumed`).
 */
export type DateBasis = 'stated' | 'yesterday' | 'weekday' | 'period' | 'assumed';

/** What a strike did to a target, as the releases word it (normalised to one verb). */
export type Effect = 'engaged' | 'struck' | 'destroyed' | 'damaged' | 'suppressed' | 'denied';

/** One structured target clause: "destroyed two ISIL vehicles" → {effect: 'destroyed', count: 2, target: 'vehicle'}. */
export interface Target {
  effect: Effect;
  /** Number of items; null when the release says "multiple", "several" or gives no number. */
  count: number | null;
  /** Singular, lower-case noun phrase without "ISIL": "vehicle", "fighting position", "tactical unit". */
  target: string;
}

/** Where a place stands relative to the strike, as written ("near", "in", "northwest of"). */
export type PlaceRelation = 'near' | 'in' | 'at' | 'north of' | 'south of' | 'east of' | 'west of'
  | 'northeast of' | 'northwest of' | 'southeast of' | 'southwest of' | 'around';

/** One strike statement in a release: a place, a count and what was hit. */
export interface ParsedStrike {
  /** Day the strikes happened, as far as the release says (see `dateBasis`). */
  date: Day;
  dateBasis: DateBasis;
  /** Country section as written in the release ("Syria", "Iraq", "Tikrit, Iraq"). */
  country: string;
  /** Place name exactly as written ("Tadmur", "Dayz ar Zawr"). */
  placeText: string;
  relation: PlaceRelation;
  /** Number of strikes, at least 1. */
  strikes: number;
  /** Engagements the line states ("two strikes consisting of three engagements"); null when it states none. */
  engagements: number | null;
  /** The effects clause as written, after the count ("destroyed two ISIL vehicles"). */
  effects: string;
  targets: Target[];
  /** 1-based line in the source the strike came from. */
  lineNo: number;
  /** The whole source line, untrimmed of content (trailing newline removed). */
  rawLine: string;
}

/** An input line that holds no strike record, and why. Nothing is dropped without one of these. */
export interface UnparsedLine {
  lineNo: number;
  rawLine: string;
  reason: string;
}

/** A line that carries structure, not strikes: title, date line, section header, blank, boilerplate. */
export interface StructuralLine {
  lineNo: number;
  kind: 'title' | 'date' | 'section' | 'blank' | 'boilerplate' | 'markup' | 'statement';
}

/**
 * A total the release states for a span of strike days and a section: "conducted 17 strikes consisting of 28
 * engagements in Syria", or an explicit zero ("There were no reported strikes in Iraq on March 13").
 */
export interface StatedTotal {
  from: Day;
  to: Day;
  /** Country the total is for ("Syria"), or '' for every section of the release. */
  section: string;
  /** 0 for an explicit "no strikes". */
  strikes: number;
  engagements: number | null;
  dateBasis: DateBasis;
  /** Line the total is stated on. */
  lineNo: number;
}

/**
 * A special statement outside the daily list ("Airstrikes destroy ISIL's captured tanks"): kept with its day
 * and place, never counted, since the daily list may report the same strikes.
 */
export interface SpecialStatement {
  date: Day;
  dateBasis: DateBasis;
  country: string;
  /** The place the statement's opening names, as written; '' when it names none. */
  placeText: string;
  /** The opening sentence, as written. */
  summary: string;
  lineNo: number;
}

export type ReleaseFormat = 'text' | 'html' | 'csv';

/** A daily (or weekly) list of strikes, or a special statement outside it. */
export type ReleaseKind = 'daily' | 'statement';

/** One release (one issuer, one report day) parsed from one source. */
export interface ParsedRelease {
  /** File path or URL the text came from; CSV sources add `#date` to keep one release per day. */
  sourceUri: string;
  format: ReleaseFormat;
  issuer: string;
  /** Day the release reports on; null when the text gives none and the caller supplied none. */
  reportDate: Day | null;
  title: string | null;
  kind: ReleaseKind;
  /** The period the release states for its strikes, as written ("Between 8 a.m. yesterday and 8 a.m. today"); null when none. */
  period: string | null;
  strikes: ParsedStrike[];
  totals: StatedTotal[];
  statements: SpecialStatement[];
  unparsed: UnparsedLine[];
  structural: StructuralLine[];
  /** Number of physical lines in the source text (for accounting: strike lines + structural + unparsed cover them). */
  lineCount: number;
}
