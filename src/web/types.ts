// Shapes of the JSON the server answers, as the workbench reads them (the server owns the truth).
// Domain types come from the modules that define them (type-only: nothing of theirs enters the bundle).

import type { DatedBy, Day, Target } from '../ingest/types.js';
import type { Place } from '../places/types.js';
import type { ControlEvent, ControlPeriod } from '../control/types.js';
import type { Window } from '../analysis/windows.js';
import type { StrikeRow } from '../store/strikeRow.js';
import type { PlaceAggregate } from '../store/placeAggregate.js';
import type { HeldCount, ReviewItem } from '../store/reviewItem.js';

export type { ControlEvent, ControlPeriod, DatedBy, Day, HeldCount, Place, PlaceAggregate, ReviewItem, Target, Window };

/** A strike record as /api/strikes and /api/explore/records answer it. */
export type StrikeRecord = StrikeRow;

export interface ExplorePayload {
  /** The day records are counted on: the strike day, or the release's day. */
  datedBy: DatedBy;
  window: Window | null;
  place: Place | null;
  radiusKm: number | null;
  countryCode: string | null;
  target: string | null;
  days: Day[];
  places: PlaceAggregate[];
  cells: { day: number[]; place: number[]; strikes: number[]; records: number[] };
  releaseDays: Day[];
  targets: Array<{ target: string; count: number; records: number }>;
  control: { periods: ControlPeriod[]; events: ControlEvent[] } | null;
  records: StrikeRecord[];
}

export interface Stats {
  releases: number;
  records: number;
  strikes: number;
  firstDay: Day | null;
  lastDay: Day | null;
}

export interface DailyPoint {
  day: Day;
  strikes: number | null;
}

export interface Streak {
  from: Day;
  to: Day;
  days: number;
  strikes: number;
}

export interface PeriodTotal {
  window: Window;
  period: ControlPeriod | null;
  strikes: number;
  [key: string]: unknown;
}

export interface PlacePagePayload {
  place: Place;
  names: string[];
  /** Periods and events, built in (`builtIn`) and the ledger's own; `overridden`: the built-in ones the ledger's replace. */
  control: { periods: ControlPeriod[]; events: ControlEvent[]; overridden: { periods: ControlPeriod[]; events: ControlEvent[] } };
  window: Window | null;
  /** The radius the view counts within, or null for the place itself. */
  radiusKm: number | null;
  periods: PeriodTotal[];
  streaks: Streak[];
  series: DailyPoint[];
  strikes: number;
  records: number;
}

/** The answer for one claim sentence, and for every claim of an article. */
export type { CheckResult, PartResult, RecordOut } from '../claims/result.js';
export type { DocumentAnswer } from '../claims/document.js';

/** POST /api/check/article: the article's claims, as of the day it was read. */
export interface ArticleCheck {
  url?: string;
  title: string | null;
  as_of: { day: Day; source: string };
  summary: Record<string, number>;
  claims: Array<import('../claims/document.js').DocumentCheck>;
}

export interface ImportSummary {
  releasesImported: number;
  strikeLines: number;
  strikeRecords: number;
  unparsedLines: unknown[];
  needReview: unknown[];
  failed: unknown;
  summaryText: string;
}

export interface Analysis {
  slug: string;
  title: string;
  body?: string;
  markdown?: string;
  places?: string[];
  tags?: string[];
  published?: boolean;
  publishedAt?: string | null;
  [key: string]: unknown;
}
