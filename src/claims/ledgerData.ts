import { exactPlaceNames, type Gazetteer } from '../places/index.js';
import type { Place } from '../places/types.js';
import type { Day, Window } from '../analysis/index.js';
import type { Ledger, StatedDayTotal, StrikeFilter } from '../store/index.js';
import { countryCodeOf } from '../places/index.js';
import type { CheckDeps, ClaimData, DatedBy, EngagementAnswer, RecordRef, StatedEngagements, StrikeScope } from './index.js';

/** The strike filter for a claim's scope; a place's point comes from the gazetteer. */
export function filterForScope(scope: StrikeScope, window: Window, gazetteer: Gazetteer, datedBy: DatedBy = 'strike'): { filter: StrikeFilter; center?: Place } {
  const filter: StrikeFilter = { from: window.from, to: window.to, datedBy };
  const p = scope.place;
  if (p.kind === 'country') return { filter: { ...filter, countryCode: p.code } };
  if (p.kind === 'anywhere') return { filter };
  const place = gazetteer.get(p.key);
  if (!place) throw new Error(`place "${p.key}" is not in the gazetteer`);
  if (scope.radiusKm > 0) return { filter: { ...filter, near: { lat: place.lat, lon: place.lon, radiusKm: scope.radiusKm } }, center: place };
  return { filter: { ...filter, placeKey: place.key }, center: place };
}

/**
 * The ledger as the claim checker reads it: records by scope, window and dating, the days it covers, and the
 * engagements its releases state.
 */
export function ledgerClaimData(ledger: Ledger, gazetteer: Gazetteer): ClaimData {
  return {
    coveredDays: (window, datedBy) => ledger.coveredDays(window, datedBy),
    async records(scope, window, datedBy, limit): Promise<RecordRef[]> {
      const { filter, center } = filterForScope(scope, window, gazetteer, datedBy);
      const rows = await ledger.recordCitations(limit === undefined ? filter : { ...filter, limit }, center);
      return rows.map((r) => ({
        date: datedBy === 'reported' ? r.reportedOn : r.date,
        reportedOn: r.reportedOn,
        // a release that did not say when its strikes happened: they may be of the day before it
        dayBasis: r.dateBasis === 'assumed' ? 'release day' : 'stated',
        placeText: r.placeText,
        placeKey: r.placeKey,
        distanceKm: r.distanceKm,
        strikes: r.strikes,
        source: r.source,
      }));
    },
    dailyCounts: (scope, window, datedBy) => ledger.dailyCounts(filterForScope(scope, window, gazetteer, datedBy).filter),
    statedEngagements: async (scope, window, datedBy) => statedEngagements(await ledger.statedTotals(window, datedBy), scope),
  };
}

/**
 * Everything `checkClaim` needs from a ledger: its records and release days, exact place names from its
 * gazetteer (aliases and pins included), and every control period and event it holds. `today` bounds
 * "since" windows and marks later dates as future.
 */
export async function claimDepsFor(ledger: Ledger, today: Day, datedBy: DatedBy = 'strike'): Promise<CheckDeps> {
  const gazetteer = await ledger.places.gazetteer();
  const { periods, events } = await ledger.controlTimeline();
  const names = exactPlaceNames(gazetteer, await ledger.theatre());
  return {
    data: ledgerClaimData(ledger, gazetteer),
    datedBy,
    today,
    knownPlace: names.knownPlace,
    placeByKey: names.placeByKey,
    control: { periods, events },
  };
}

/**
 * Engagements the releases state for a country section, or for everywhere (a release's own total, else the
 * sum of a day's sections when every section with strikes states its engagements). A day counts as stated
 * only when its whole scope is; days with no usable total are not in `statedDays`.
 */
export function statedEngagements(rows: StatedDayTotal[], scope: StrikeScope): EngagementAnswer {
  const place = scope.place;
  if (place.kind === 'place') return { ok: false, reason: 'releases state engagements per day and country section, not per place' };
  const byDay = new Map<string, StatedDayTotal[]>();
  for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
  const totals: StatedEngagements[] = [];
  for (const [day, dayRows] of byDay) {
    // a section that states no strikes has no engagements either
    const engagementsOf = (r: StatedDayTotal) => (r.engagements ?? (r.strikes === 0 ? 0 : null));
    if (place.kind === 'country') {
      const row = dayRows.find((r) => r.section !== '' && countryCodeOf(r.section) === place.code);
      const n = row ? engagementsOf(row) : null;
      if (row && n !== null) totals.push({ day, sectionCode: place.code, engagements: n, source: row.sources.join(', ') });
      continue;
    }
    const whole = dayRows.find((r) => r.section === '');
    const sections = dayRows.filter((r) => r.section !== '');
    if (whole && engagementsOf(whole) !== null) {
      totals.push({ day, sectionCode: null, engagements: engagementsOf(whole)!, source: whole.sources.join(', ') });
    } else if (sections.length > 0 && sections.every((r) => engagementsOf(r) !== null) && (!whole || sections.reduce((n, r) => n + r.strikes, 0) === whole.strikes)) {
      totals.push({ day, sectionCode: null, engagements: sections.reduce((n, r) => n + engagementsOf(r)!, 0), source: sections.flatMap((r) => r.sources).join(', ') });
    }
  }
  totals.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { ok: true, totals, statedDays: totals.map((t) => t.day) };
}
