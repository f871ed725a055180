import { eachDay, type Day, type Window } from '../../src/analysis/index.js';
import type { ClaimData, EngagementAnswer, RecordRef, StatedEngagements, StrikeScope } from '../../src/claims/data.js';
import type { DatedBy, KnownPlace } from '../../src/claims/types.js';

// An in-memory ledger for claim tests (test-only module): places with points, records, release days.

export interface FakePlace extends KnownPlace {
  lat: number;
  lon: number;
  countryCode: string;
}

export interface FakeRecord {
  /** The strike day. */
  date: Day;
  /** The day the release reported it; the strike day when absent. */
  reportedOn?: Day;
  placeText: string;
  placeKey: string;
  strikes: number;
}

/** What else a fake ledger holds: days covered by strike day (default: the release days), stated engagements. */
export interface FakeExtras {
  strikeDays?: Day[];
  engagements?: StatedEngagements[];
}

export class FakeLedger implements ClaimData {
  readonly calls: Array<{ scope: StrikeScope; window: Window; datedBy: DatedBy }> = [];
  readonly statedEngagements?: ClaimData['statedEngagements'];

  constructor(
    readonly places: FakePlace[],
    readonly rows: FakeRecord[],
    readonly released: Day[],
    readonly extras: FakeExtras = {},
  ) {
    const stated = extras.engagements;
    if (stated) {
      this.statedEngagements = async (scope, window, datedBy): Promise<EngagementAnswer> => {
        void datedBy;
        const code = scope.place.kind === 'country' ? scope.place.code : null;
        const totals = stated.filter((t) => t.day >= window.from && t.day <= window.to && (code === null || t.sectionCode === code));
        return { ok: true, totals, statedDays: [...new Set(totals.map((t) => t.day))].sort() };
      };
    }
  }

  knownPlace = (name: string): KnownPlace | null => {
    const folded = name.toLowerCase();
    const p = this.places.find((q) => q.key.toLowerCase() === folded || q.name.toLowerCase() === folded || q.aliases.some((a) => a.toLowerCase() === folded));
    return p ? { key: p.key, name: p.name, aliases: p.aliases } : null;
  };

  async coveredDays(window: Window, datedBy: DatedBy): Promise<Day[]> {
    const days = datedBy === 'strike' ? this.extras.strikeDays ?? this.released : this.released;
    return days.filter((d) => d >= window.from && d <= window.to);
  }

  async dailyCounts(scope: StrikeScope, window: Window, datedBy: DatedBy): Promise<Map<Day, { strikes: number; records: number }>> {
    const out = new Map<Day, { strikes: number; records: number }>();
    for (const r of await this.records(scope, window, datedBy)) {
      const day = out.get(r.date) ?? { strikes: 0, records: 0 };
      out.set(r.date, { strikes: day.strikes + r.strikes, records: day.records + 1 });
    }
    return out;
  }

  async records(scope: StrikeScope, window: Window, datedBy: DatedBy, limit?: number): Promise<RecordRef[]> {
    this.calls.push({ scope, window, datedBy });
    const center = scope.place.kind === 'place' ? this.places.find((p) => p.key === (scope.place as KnownPlace).key) : undefined;
    const dayOf = (r: FakeRecord) => (datedBy === 'reported' ? r.reportedOn ?? r.date : r.date);
    return this.rows
      .map((r, i) => ({ r, i, at: this.places.find((p) => p.key === r.placeKey)! }))
      .filter(({ r }) => dayOf(r) >= window.from && dayOf(r) <= window.to)
      .filter(({ r, at }) => {
        if (scope.place.kind === 'anywhere') return true;
        if (scope.place.kind === 'country') return at.countryCode === scope.place.code;
        if (scope.radiusKm === 0) return r.placeKey === scope.place.key;
        return center !== undefined && haversineKm(center, at) <= scope.radiusKm;
      })
      .sort((a, b) => (dayOf(a.r) < dayOf(b.r) ? -1 : dayOf(a.r) > dayOf(b.r) ? 1 : a.i - b.i))
      .map(({ r, i, at }) => ({
        date: dayOf(r),
        ...(r.reportedOn ? { reportedOn: r.reportedOn } : {}),
        placeText: r.placeText,
        placeKey: r.placeKey,
        distanceKm: center ? Math.round(haversineKm(center, at) * 10) / 10 : null,
        strikes: r.strikes,
        source: `releases/${(r.reportedOn ?? r.date).slice(0, 4)}/${r.reportedOn ?? r.date}.txt:${7 + (i % 5)}`,
      }))
      .slice(0, limit);
  }
}

/** Every day from `from` to `to` except the ones listed. */
export function daysExcept(from: Day, to: Day, gaps: Window[] = []): Day[] {
  return eachDay(from, to).filter((d) => !gaps.some((g) => d >= g.from && d <= g.to));
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
