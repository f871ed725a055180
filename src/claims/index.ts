export type {
  Verdict,
  DatedBy,
  Approx,
  ClaimedNumber,
  ClaimedShare,
  KnownPlace,
  PlaceScope,
  PlaceTerm,
  Where,
  Origin,
  Sourced,
  PublicationDay,
  Unit,
  CountPart,
  SharePart,
  StreakPart,
  ReadPart,
  UnreadPart,
  Understood,
  Reading,
  DocumentContext,
  ClaimContext,
} from './types.js';
export { readClaim, OIR_START, MAX_PLAUSIBLE_COUNT } from './read.js';
export { resolveReading, type Question } from './resolve.js';
export { answerQuestion, LedgerAsker, type Answer } from './answer.js';
export { judgeAnswer, type Judgement } from './judge.js';
export { AROUND_RADIUS_KM, IN_RADIUS_KM, describeScope } from './placePhrases.js';
export { COUNT_TOLERANCE, acceptedCount, judge } from './tolerance.js';
export { verdictFor, combineVerdicts, findStreak, type FoundCount, type FoundShare, type FoundStreak, type StreakFound } from './verdict.js';
export { extractClaims, extractSentences, type ExtractedClaim, type DocumentSentence } from './extract.js';
export type { ClaimData, RecordRef, StrikeScope, StatedEngagements, EngagementAnswer } from './data.js';
export { checkClaim, checkSentence, type CheckDeps } from './check.js';
export type { CheckResult, PartResult, ClaimedOut, FoundOut, CoverageOut, RecordOut, PlaceOut, DatingOut } from './result.js';
export { checkDocument, readDocument, frontMatterDate, type DocumentCheck, type DocumentAnswer, type DocumentReading } from './document.js';
export { readArticle, type Article } from './article.js';
export type { NameCount, NameRelation } from './names.js';
export { claimDepsFor, ledgerClaimData, filterForScope } from './ledgerData.js';
export { fetchArticle, MAX_ARTICLE_BYTES, type ArticlePage } from './articlePage.js';
