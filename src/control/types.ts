import type { Day } from '../analysis/days.js';

/** Who held a place from one day to another. `to` is inclusive; null means the period is still open. */
export interface ControlPeriod {
  placeKey: string;
  /** As written in the source: "IS", "government", "SDF". Compare with `holderFamily`. */
  holder: string;
  from: Day;
  to: Day | null;
  note: string;
  /** Where the dates come from: a citation or URL. */
  source: string;
  /** Set on periods that come with AirLedger (see builtInTimelines.ts), absent on a ledger's own. */
  builtIn?: true;
}

export type ControlEventKind = 'capture' | 'recapture' | 'offensive' | 'other';

/** A named moment or span at a place: "fall of Palmyra", "IS offensive on Palmyra", "pro-regime offensive". */
export interface ControlEvent {
  placeKey: string;
  name: string;
  kind: ControlEventKind;
  from: Day;
  /** Last day, inclusive; null for a one-day event or one without a known end. */
  to: Day | null;
  /** For captures: who took the place; for offensives: who attacked. */
  holder?: string;
  note: string;
  source: string;
  /** Set on events that come with AirLedger, absent on a ledger's own. */
  builtIn?: true;
}

/** The control data a claim or a query can consult. */
export interface ControlTimeline {
  periods: ControlPeriod[];
  events: ControlEvent[];
}

/**
 * The built-in timeline and a ledger's own, merged: the ledger's periods and events win where they cover the
 * same place and days, and the built-in ones they replace are kept aside in `overridden`, so both stay visible.
 * `campaign` holds events of the whole campaign (placeKey CAMPAIGN_KEY), kept out of `events` because they
 * belong to no place.
 */
export interface MergedTimeline extends ControlTimeline {
  campaign: ControlEvent[];
  overridden: ControlTimeline;
}

/** An input row or period that could not be used, and why. `message` names the source and line. */
export interface ControlProblem {
  source: string;
  line: number | null;
  reason: string;
  message: string;
}
