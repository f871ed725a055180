import { exactPlaceNames, type Gazetteer } from '../places/index.js';
import type { Place } from '../places/types.js';
import type { Day, Window } from '../analysis/index.js';
import type { Ledger, StrikeFilter } from '../store/index.js';
import type { CheckDeps, ClaimData, DatedBy, RecordRef, StrikeScope } from './index.js';

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
 * The ledger as the claim checker reads it: records by scope, window and dating, and the days it covers.
 * Stated engagement totals are not kept by this ledger yet: claims about engagements get no verdict.
 */
export function ledgerClaimData(ledger: Ledger, gazetteer: Gazetteer): ClaimData {
  return {
    // Strike days are the release days until the ledger stores both (issue 10): one dating answers for both.
    separateDatings: false,
    coveredDays: (window, datedBy) => ledger.coveredDays(window, datedBy),
    async records(scope, window, datedBy, limit): Promise<RecordRef[]> {
      const { filter, center } = filterForScope(scope, window, gazetteer, datedBy);
      return ledger.recordCitations(limit === undefined ? filter : { ...filter, limit }, center);
    },
    dailyCounts: (scope, window, datedBy) => ledger.dailyCounts(filterForScope(scope, window, gazetteer, datedBy).filter),
    statedEngagements: async () => ({ ok: false, reason: 'this ledger keeps no engagement totals stated by the releases' }),
  };
}

/**
 * Everything `checkClaim` needs from a ledger: its records and release days, exact place names from its
 * gazetteer (aliases and pins included), and every control period and event it holds. `today` bounds
 * "since" windows and marks later dates as future.
 */
export async function claimDepsFor(ledger: Ledger, today: Day): Promise<CheckDeps> {
  const gazetteer = await ledger.places.gazetteer();
  const { periods, events } = await ledger.controlTimeline();
  const names = exactPlaceNames(gazetteer, await ledger.theatre());
  return {
    data: ledgerClaimData(ledger, gazetteer),
    today,
    knownPlace: names.knownPlace,
    placeByKey: names.placeByKey,
    control: { periods, events },
  };
}
