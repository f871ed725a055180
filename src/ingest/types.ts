/** A calendar day as an ISO string, `YYYY-MM-DD`. Never a Date: calendar days have no time zone. */
export type Day = string;

/**
 * Which day a strike record is counted on: the day the strikes happened (`strike`, the default
 * everywhere) or the day the release reported them (`reported`).
 */
export type DatedBy = 'strike' | 'reported';

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
  /** Day the strikes are reported for. */
  date: Day;
  /** Country section as written in the release ("Syria", "Iraq", "Tikrit, Iraq"). */
  country: string;
  /** Place name exactly as written ("Tadmur", "Dayz ar Zawr"). */
  placeText: string;
  relation: PlaceRelation;
  /** Number of strikes, at least 1. */
  strikes: number;
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
  kind: 'title' | 'date' | 'section' | 'blank' | 'boilerplate' | 'markup';
}

export type ReleaseFormat = 'text' | 'html' | 'csv';

/** One release (one issuer, one report day) parsed from one source. */
export interface ParsedRelease {
  /** File path or URL the text came from; CSV sources add `#date` to keep one release per day. */
  sourceUri: string;
  format: ReleaseFormat;
  issuer: string;
  /** Day the release reports on; null when the text gives none and the caller supplied none. */
  reportDate: Day | null;
  title: string | null;
  strikes: ParsedStrike[];
  unparsed: UnparsedLine[];
  structural: StructuralLine[];
  /** Number of physical lines in the source text (for accounting: strike lines + structural + unparsed cover them). */
  lineCount: number;
}
