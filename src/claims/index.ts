export type {
  Verdict,
  Approx,
  ClaimedNumber,
  ClaimedShare,
  KnownPlace,
  PlaceScope,
  CountClaim,
  ShareClaim,
  StreakClaim,
  ClaimQuery,
  UnresolvedPart,
  Understood,
  ClaimParse,
  ClaimContext,
} from './types.js';
export { parseClaim, OIR_START } from './parse.js';
export { AROUND_RADIUS_KM, IN_RADIUS_KM, describeScope } from './placePhrases.js';
export { COUNT_TOLERANCE, acceptedCount, judge } from './tolerance.js';
export { verdictFor, combineVerdicts, findStreak, type FoundCount, type FoundShare, type FoundStreak, type StreakFound } from './verdict.js';
export { extractClaims, type ExtractedClaim } from './extract.js';
export type { ClaimData, RecordRef, StrikeScope } from './data.js';
export {
  checkClaim,
  type CheckDeps,
  type CheckResult,
  type PartResult,
  type ClaimedOut,
  type FoundOut,
  type CoverageOut,
  type RecordOut,
  type PlaceOut,
} from './check.js';
export { checkDocument, type DocumentCheck } from './document.js';
export type { NameCount, NameRelation } from './names.js';
export { claimDepsFor, ledgerClaimData, filterForScope } from './ledgerData.js';
