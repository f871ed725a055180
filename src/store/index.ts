export { Ledger, DEFAULT_LEDGER } from './ledger.js';
export { openDatabase, type Database, type Queryable } from './db.js';
export { migrate, SCHEMA_VERSION, SchemaTooNewError } from './migrations.js';
export type { ImportOptions, ImportSummary, FileOutcome, CsvMap, ReviewName } from './importReleases.js';
export type { StrikeFilter, StrikeRow } from './strikes.js';
export { distanceSql, strikeConditions } from './strikes.js';
export type { PlaceBook, ReviewItem, RecordPlace } from './placeBook.js';
export { QueryError, filterForQuery, type StrikeQuery } from './strikeQuery.js';
