export { Ledger, DEFAULT_LEDGER } from './ledger.js';
export { openDatabase, type Database, type Queryable } from './db.js';
export { migrate, SCHEMA_VERSION, SchemaTooNewError } from './migrations.js';
export type { ImportOptions, ImportSummary, FileOutcome, CsvMap, ReviewName, HeldLine } from './importReleases.js';
export { COUNT_REVIEW_ABOVE } from './heldCounts.js';
export type { HeldCount } from './reviewItem.js';
export type { StrikeFilter, StrikeRow } from './strikes.js';
export { distanceSql, needsRelease, strikeConditions, strikeDay } from './strikes.js';
export type { PlaceBook, ReviewItem, RecordPlace } from './placeBook.js';
export { QueryError, filterForQuery, type StrikeQuery } from './strikeQuery.js';
export { coveredDays, dailyTotals, countStrikes, targetTotals, recordRefs, type TargetTotal, type DayWindow, type RecordCitation } from './analysisQueries.js';
export { controlTimeline, importControlCsv, addControlPeriod, type ControlPeriodInput, type ControlWrite } from './control.js';
export { exploreCells, exploreTargets, exploreRecords, type ExploreFilter, type ExploreCells, type PlaceAggregate } from './exploreQueries.js';
export { renderImportSummary } from './importSummaryText.js';
export type { ReleaseDetail, ReleaseListQuery, ReleaseSummary, ReleaseTotalRow, StatedDayTotal } from './releaseQueries.js';
export { csvText, spreadsheetCell } from './csvText.js';
export { Members, hasRole, normalEmail, ROLES, MIN_PASSWORD_LENGTH, type Member, type MemberWrite, type Role } from './members.js';
export { Sessions, randomToken, SESSION_DAYS, type Session } from './sessions.js';
export { LoginFailures } from './loginFailures.js';
export { Settings, type InstanceSettings } from './settings.js';
export {
  Analyses, slugFor, SLUG_PATTERN,
  type Analysis, type AnalysisInput, type AnalysisStatus, type AnalysisSummary, type AnalysisWrite,
} from './analyses.js';
export { exportLedger, type ExportHeader, type ExportEnd, type ExportRow, type ExportOptions } from './exportLedger.js';
export { restoreLedger, RestoreError, ExportChecksumError, type RestoreOptions, type RestoreSummary } from './restoreLedger.js';
