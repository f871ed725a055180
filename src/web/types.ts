// Shapes of the JSON the server answers, as the workbench reads them (the server owns the truth).

export type Day = string;

export interface Place {
  key: string;
  name: string;
  countryCode: string;
  lat: number;
  lon: number;
}

export interface Target {
  count: number | null;
  effect: string;
  target: string;
}

export interface StrikeRecord {
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
  source: string;
  rawLine: string;
}

export interface PlaceAggregate {
  placeKey: string;
  name: string;
  lat: number;
  lon: number;
  strikes: number;
  records: number;
}

export interface ControlPeriod {
  placeKey: string;
  holder: string;
  from: Day;
  to: Day | null;
  note: string;
  source: string;
}

export interface ControlEvent {
  placeKey: string;
  name: string;
  kind: string;
  from: Day;
  to: Day | null;
  note: string;
  source: string;
}

export interface Window {
  from: Day;
  to: Day;
}

export interface ExplorePayload {
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
  control: { periods: ControlPeriod[]; events: ControlEvent[] };
  window: Window | null;
  periods: PeriodTotal[];
  streaks: Streak[];
  series: DailyPoint[];
  strikes: number;
  records: number;
}

export interface CheckResult {
  sentence: string;
  verdict: string;
  claimed: { kind: string; text: string; accepted: string; [key: string]: unknown } | null;
  found: { kind: string; [key: string]: unknown } | null;
  window: Window | null;
  place: { kind: string; key: string | null; name: string; aliases: string[] } | null;
  radius_km: number | null;
  coverage: { from: Day; to: Day; covered_days: number; total_days: number; missing_days: Day[]; missing_ranges: Window[] } | null;
  records: Array<{ date: Day; place: string; place_key: string | null; strikes: number; source: string }>;
  interpretation: string[];
  parts: Array<{ text: string; verdict: string; explanation: string[] }>;
  missing: string[];
  problems: string[];
  message: string;
}

export interface ReviewItem {
  placeText: string;
  country: string;
  status: 'review' | 'unresolved';
  records: number;
  strikes: number;
  firstDate: Day;
  lastDate: Day;
  current: Place | null;
  candidates: Array<{ place: Place; score: number }>;
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
