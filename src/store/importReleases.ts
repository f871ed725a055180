import { expandInputs } from '../ingest/sources.js';
import { politeFetch } from '../ingest/politeFetch.js';
import type { Queryable } from './db.js';
import type { Day, SpecialStatement, UnparsedLine } from '../ingest/types.js';
import type { TotalCheck } from '../ingest/index.js';
import { bulkLoadFrom, restoreDeferredSchema, setAsideDeferredSchema } from './bulkLoad.js';
import type { Database } from './db.js';
import type { PlaceBook } from './placeBook.js';
import { localBytes, readSources, type CsvMap, type HeldLine, type ReadFile } from './readSource.js';
import { storeReleases, type PreparedRelease, type ReleaseFate } from './releaseWriter.js';
import { readInWorker } from './workerReader.js';

export type { CsvMap, HeldLine };

export interface ImportOptions {
  /** Replace a release already in the ledger for the same issuer and day, instead of reporting a conflict. */
  replace?: boolean;
  issuer?: string;
  csvMap?: CsvMap;
  /** The day a text or HTML release reports on, when it has no date line. */
  reportDate?: Day;
  /** Import releases dated after today or before the campaign's start (2014-08-08), refused otherwise. */
  allowDate?: boolean;
  /** Today, for that check (default: the current UTC day). */
  today?: Day;
  fetchImpl?: typeof fetch;
  /**
   * URLs are fetched at most this many a second, and a failed fetch (network error, 429, 5xx) is tried again
   * with backoff (politeFetch). Absent: fetched as they come, once.
   */
  rate?: number;
  /** Further tries of a failed fetch, with `rate` (default 3). */
  retries?: number;
  /** Skip URLs the ledger already holds a release from (a list of URLs imported again goes on where it stopped). */
  skipStoredUrls?: boolean;
  /** Read a file named in `inputs` that holds only URLs, one a line, as the list of those URLs (the CLI's, not an upload's). */
  urlLists?: boolean;
  onProgress?: (done: number, total: number, uri: string) => void;
  /** Told when a fetch is tried again. */
  onRetry?: (url: string, attempt: number, why: string) => void;
  /**
   * The name a source is recorded and reported under, when its path is not one to keep (an upload staged in
   * a temporary directory is `upload:NAME`). Defaults to the path or URL itself.
   */
  sourceName?: (uri: string) => string;
  /**
   * Lets a large import into PGlite set aside the ledger's secondary indexes and strike foreign keys while it
   * loads, and rebuild them at the end (bulkLoad.ts). Only for a ledger nothing else reads or writes during
   * the import (the CLI's import, not the server's); never with `replace`. 'auto': from BULK_LOAD_MIN_BYTES of
   * local files, when they add at least half the records the ledger holds; 'always': at any size. Off when absent.
   */
  bulkLoad?: 'auto' | 'always';
  /**
   * Where local files are read and parsed: in a worker thread while this one resolves places and stores
   * ('auto': into PGlite, from PARSE_WORKER_MIN_BYTES), or here. Imports naming a URL are always read here.
   */
  parseWorker?: 'auto' | 'always' | 'never';
}

export type FileStatus = 'imported' | 'replaced' | 'duplicate' | 'copy' | 'conflict' | 'failed' | 'skipped';

/** What happened to one input file or URL. */
export interface FileOutcome {
  uri: string;
  status: FileStatus;
  releasesImported: number;
  strikeRecords: number;
  strikeLines: number;
  unparsed: UnparsedLine[];
  /** Lines stored apart because their count is above the review limit: in no count until an editor accepts them. */
  held: HeldLine[];
  /** Days skipped because the ledger already holds another release for them (without --replace). */
  conflictDays: string[];
  /** Days whose earlier release was replaced (with --replace). */
  replacedDays: string[];
  /** Days of releases already stored from another source (same day, same lines): kept as a further source, counted once. */
  copyDays: string[];
  /** Stated totals of the stored releases that disagree with their lines. */
  totalMismatches: TotalCheck[];
  /** Special statements stored (never counted). */
  statements: SpecialStatement[];
  /** Why the file failed or was skipped; nothing from it was stored. */
  reason?: string;
}

export interface ReviewName {
  placeText: string;
  country: string;
  status: 'review' | 'unresolved';
  records: number;
}

export interface ImportSummary {
  files: FileOutcome[];
  releasesImported: number;
  strikeRecords: number;
  strikeLines: number;
  unparsedLines: Array<UnparsedLine & { uri: string }>;
  heldLines: Array<HeldLine & { uri: string }>;
  needReview: ReviewName[];
  countryMismatches: Array<{ placeText: string; country: string; placeCountry: string; records: number }>;
  totalMismatches: Array<TotalCheck & { uri: string }>;
  statements: Array<SpecialStatement & { uri: string }>;
  failed: number;
}

/** Why a URL of a list imported again is not fetched. */
export const ALREADY_STORED = 'already in the ledger from this URL: not fetched again';

/** The URLs among `uris` that a stored release (or a further source of one) was read from; a CSV's releases count by their file. */
async function storedUrls(db: Queryable, uris: string[]): Promise<Set<string>> {
  const urls = uris.filter((uri) => /^https?:\/\//i.test(uri));
  if (urls.length === 0) return new Set();
  const { rows } = await db.query<{ uri: string }>(
    `SELECT u.uri FROM unnest($1::text[]) AS u(uri)
     WHERE EXISTS (SELECT 1 FROM releases r WHERE r.source_uri = u.uri OR r.source_uri LIKE replace(replace(replace(u.uri, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '#%')
        OR EXISTS (SELECT 1 FROM release_sources s WHERE s.source_uri = u.uri)`,
    [urls],
  );
  return new Set(rows.map((r) => r.uri));
}

/** Lines gathered before one transaction stores them; files still land whole or not at all. */
const BATCH_LINES = 20_000;
const BATCH_FILES = 500;

/**
 * Local files from which an import into PGlite is read and parsed in a worker thread (about 8,000 strike
 * lines); below that, starting the worker costs about what it saves.
 */
export const PARSE_WORKER_MIN_BYTES = 1024 * 1024;

/** A file read, parsed and resolved, waiting for its batch to be stored. */
interface PreparedFile {
  /** Position among the sources, so that outcomes are reported in input order. */
  slot: number;
  uri: string;
  releases: PreparedRelease[];
}

/**
 * Imports files, folders and URLs. Each file lands whole or not at all, and the others go on. Files are
 * stored in batches, one transaction each, for speed; if a batch fails, its files are retried one by one so
 * that only the faulty file is refused.
 */
export async function importSources(db: Database, places: PlaceBook, inputs: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const expanded = await expandInputs(inputs, { urlLists: options.urlLists });
  const nameOf = options.sourceName ?? ((uri: string) => uri);
  const stored = options.skipStoredUrls ? await storedUrls(db, expanded.sources.map((ref) => nameOf(ref.uri))) : new Set<string>();
  const sources = expanded.sources.filter((ref) => !stored.has(nameOf(ref.uri)));
  const files: FileOutcome[] = [
    ...expanded.skipped.map((s) => ({ ...emptyOutcome(nameOf(s.uri)), status: 'skipped' as const, reason: s.reason })),
    ...expanded.sources.filter((ref) => stored.has(nameOf(ref.uri))).map((ref) => ({ ...emptyOutcome(nameOf(ref.uri)), status: 'skipped' as const, reason: ALREADY_STORED })),
  ];
  const fetchImpl = options.rate === undefined ? options.fetchImpl
    : politeFetch(options.fetchImpl ?? fetch, { perSecond: options.rate, retries: options.retries, onRetry: options.onRetry });
  const parseOptions = { issuer: options.issuer, csvMap: options.csvMap, reportDate: options.reportDate, allowDate: options.allowDate, today: options.today };
  // Replacing deletes releases, which must cascade to their records: never without the foreign keys.
  const bulkFrom = options.replace ? null : await bulkLoadFrom(db, options.bulkLoad);
  const bytes = localBytes(sources, Math.max(PARSE_WORKER_MIN_BYTES, bulkFrom ?? 0));
  const worker = options.parseWorker ?? 'auto';
  // PGlite runs on this thread, so parsing here takes turns with storing; a server stores in its own process.
  const inWorker = bytes !== null && sources.length > 0 && (worker === 'always' || (worker === 'auto' && db.kind === 'pglite' && bytes >= PARSE_WORKER_MIN_BYTES));
  const reader = inWorker
    ? readInWorker(sources.map((ref) => ({ ...ref, name: nameOf(ref.uri) })), parseOptions)
    : { files: readSources(sources, nameOf, parseOptions, fetchImpl), stop: async () => undefined };
  let outcomes: FileOutcome[];
  let review: ReviewTally;
  try {
    // Built while the worker starts and parses its first files, rather than when the first place needs it.
    if (inWorker) await places.gazetteer();
    const bulk = bulkFrom !== null && bytes !== null && bytes > 0 && bytes >= bulkFrom && (await setAsideDeferredSchema(db));
    try {
      ({ outcomes, review } = await importFiles(db, places, reader.files, sources.length, options));
    } finally {
      if (bulk) await restoreDeferredSchema(db);
    }
  } finally {
    await reader.stop();
  }
  files.push(...outcomes);

  const landed = files.filter((f) => f.releasesImported > 0);
  return {
    files,
    releasesImported: sum(files, (f) => f.releasesImported),
    strikeRecords: sum(landed, (f) => f.strikeRecords),
    strikeLines: sum(landed, (f) => f.strikeLines),
    unparsedLines: landed.flatMap((f) => f.unparsed.map((u) => ({ ...u, uri: f.uri }))),
    heldLines: landed.flatMap((f) => f.held.map((h) => ({ ...h, uri: f.uri }))),
    needReview: [...review.names.values()].sort((a, b) => b.records - a.records),
    countryMismatches: [...review.mismatches.values()],
    totalMismatches: landed.flatMap((f) => f.totalMismatches.map((t) => ({ ...t, uri: f.uri }))),
    statements: landed.flatMap((f) => f.statements.map((st) => ({ ...st, uri: f.uri }))),
    failed: files.filter((f) => f.status === 'failed').length,
  };
}

/** Names to review and country mismatches among the stored records, keyed by section and place text. */
interface ReviewTally {
  names: Map<string, ReviewName>;
  mismatches: Map<string, ImportSummary['countryMismatches'][number]>;
}

/** Resolves and stores the files `read` yields; returns their outcomes in input order. */
async function importFiles(
  db: Database, places: PlaceBook, read: AsyncIterable<ReadFile>, total: number, options: ImportOptions,
): Promise<{ outcomes: FileOutcome[]; review: ReviewTally }> {
  const review: ReviewTally = { names: new Map(), mismatches: new Map() };
  let done = 0;
  let batch: PreparedFile[] = [];
  let batchLines = 0;
  const pendingDays = new Set<string>();
  const pendingHashes = new Set<string>();

  const outcomes: FileOutcome[] = new Array(total);
  // A batch is stored while the next one is read and parsed: on a PostgreSQL server the two run on
  // different cores. Batches still reach the database one after another, in input order.
  let storing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const current = batch;
    batch = [];
    batchLines = 0;
    pendingDays.clear();
    pendingHashes.clear();
    await storing;
    storing = storeBatch(db, current, options.replace ?? false).then((stored) => {
      stored.forEach(({ outcome, stored: releases }, i) => {
        outcomes[current[i]!.slot] = outcome;
        if (releases.length > 0) tallyPlaces(releases, review);
        options.onProgress?.(++done, total, outcome.uri);
      });
    });
  };

  for await (const file of read) {
    if ('reason' in file) {
      outcomes[file.slot] = failed(file.uri, file.reason);
      options.onProgress?.(++done, total, file.uri);
      continue;
    }
    const prepared: PreparedFile = { slot: file.slot, uri: file.uri, releases: [] };
    for (const release of file.releases) prepared.releases.push({ release, mentions: await places.placesFor(release.places) });
    // Two files for one day (or one content) in a batch must be decided in order: store the earlier first.
    const keys = file.releases.map((r) => `${r.issuer}\u0000${r.reportDate}\u0000${r.kind}`);
    if (keys.some((k) => pendingDays.has(k)) || file.releases.some((r) => pendingHashes.has(r.contentHash))) await flush();
    batch.push(prepared);
    keys.forEach((k) => pendingDays.add(k));
    file.releases.forEach((r) => pendingHashes.add(r.contentHash));
    batchLines += file.releases.reduce((n, r) => n + r.lineCount, 0);
    if (batchLines >= BATCH_LINES || batch.length >= BATCH_FILES) await flush();
  }
  await flush();
  await storing;
  return { outcomes, review };
}

function emptyOutcome(uri: string): FileOutcome {
  return {
    uri, status: 'imported', releasesImported: 0, strikeRecords: 0, strikeLines: 0, unparsed: [], held: [], conflictDays: [], replacedDays: [],
    copyDays: [], totalMismatches: [], statements: [],
  };
}

const sum = <T>(items: T[], f: (item: T) => number) => items.reduce((total, item) => total + f(item), 0);

const failed = (uri: string, reason: string): FileOutcome => ({ ...emptyOutcome(uri), status: 'failed', reason });

interface StoredFile {
  outcome: FileOutcome;
  /** Releases that landed, for the review and mismatch tallies. */
  stored: PreparedRelease[];
}

/**
 * How often a batch is tried again when another process stored one of its releases (or another release for
 * one of its days) between our reads and our insert; each such collision means that process made progress.
 */
const RACE_RETRIES = 8;

/** The unique constraints on releases said no: another importer committed the same content or day first. */
const lostRace = (error: unknown) => (error as { code?: string }).code === '23505';

/** Stores a batch in one transaction; if that fails, each file alone, so one bad file sinks only itself. */
async function storeBatch(db: Database, batch: PreparedFile[], replace: boolean, retries = RACE_RETRIES): Promise<StoredFile[]> {
  if (batch.length === 0) return [];
  try {
    const fates = await db.transaction((tx) => storeReleases(tx, batch.flatMap((f) => f.releases), replace));
    let i = 0;
    return batch.map((file) => outcomeOf(file, fates.slice(i, (i += file.releases.length))));
  } catch (batchError) {
    // PostgreSQL reports the violation only once the other transaction has committed: a second look sees its
    // rows, and reports our files as duplicates or conflicts, never as failed.
    if (lostRace(batchError) && retries > 0) return storeBatch(db, batch, replace, retries - 1);
    if (batch.length === 1) return [{ outcome: failed(batch[0]!.uri, `not stored, nothing from this file was kept: ${(batchError as Error).message}`), stored: [] }];
    const out: StoredFile[] = [];
    for (const file of batch) out.push(...(await storeBatch(db, [file], replace)));
    return out;
  }
}

function outcomeOf(file: PreparedFile, fates: ReleaseFate[]): StoredFile {
  const outcome = emptyOutcome(file.uri);
  const stored: PreparedRelease[] = [];
  file.releases.forEach((p, i) => {
    const fate = fates[i]!;
    if (fate === 'duplicate') return;
    if (fate === 'conflict') {
      outcome.conflictDays.push(p.release.reportDate);
      return;
    }
    if (fate === 'copy') {
      outcome.copyDays.push(p.release.reportDate);
      return;
    }
    if (fate === 'replaced') outcome.replacedDays.push(p.release.reportDate);
    stored.push(p);
    outcome.releasesImported++;
    outcome.strikeRecords += p.release.strikes.ends.length;
    outcome.strikeLines += p.release.strikeLines;
    outcome.unparsed.push(...p.release.unparsed);
    outcome.totalMismatches.push(...p.release.totals.filter((t) => !t.agrees));
    outcome.statements.push(...p.release.statements);
    outcome.held.push(...p.release.heldLines);
  });
  outcome.status = outcome.replacedDays.length > 0 ? 'replaced'
    : outcome.releasesImported > 0 ? 'imported'
    : outcome.conflictDays.length > 0 ? 'conflict'
    : outcome.copyDays.length > 0 ? 'copy'
    : 'duplicate';
  return { outcome, stored };
}

function tallyPlaces(stored: PreparedRelease[], review: ReviewTally): void {
  for (const { release, mentions } of stored) {
    release.places.forEach(({ placeText, country, records }, i) => {
      const place = mentions[i]!;
      const key = `${country}\u0000${placeText}`;
      if (place.status !== 'resolved') {
        const entry = review.names.get(key) ?? { placeText, country, status: place.status, records: 0 };
        entry.records += records;
        review.names.set(key, entry);
      }
      if (place.countryMismatch) {
        const entry = review.mismatches.get(key) ?? { placeText, country, placeCountry: place.placeCountryCode ?? '?', records: 0 };
        entry.records += records;
        review.mismatches.set(key, entry);
      }
    });
  }
}
