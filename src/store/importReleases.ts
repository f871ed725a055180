import { createHash } from 'node:crypto';
import { expandInputs, loadSource, type LoadedSource } from '../ingest/sources.js';
import { parseMappedCsv, parseRelease, parseScraperCsv } from '../ingest/index.js';
import type { ParsedRelease, UnparsedLine } from '../ingest/types.js';
import type { Database } from './db.js';
import type { PlaceBook } from './placeBook.js';
import { storeReleases, type PreparedRelease, type ReleaseFate } from './releaseWriter.js';

/** Column names of a generic CSV, as given by `--map date=…,place=…,strikes=…`. */
export interface CsvMap {
  date: string;
  place: string;
  strikes: string;
  country?: string;
  effects?: string;
}

export interface ImportOptions {
  /** Replace a release already in the ledger for the same issuer and day, instead of reporting a conflict. */
  replace?: boolean;
  issuer?: string;
  csvMap?: CsvMap;
  fetchImpl?: typeof fetch;
  onProgress?: (done: number, total: number, uri: string) => void;
  /**
   * The name a source is recorded and reported under, when its path is not one to keep (an upload staged in
   * a temporary directory is `upload:NAME`). Defaults to the path or URL itself.
   */
  sourceName?: (uri: string) => string;
}

export type FileStatus = 'imported' | 'replaced' | 'duplicate' | 'conflict' | 'failed' | 'skipped';

/** What happened to one input file or URL. */
export interface FileOutcome {
  uri: string;
  status: FileStatus;
  releasesImported: number;
  strikeRecords: number;
  strikeLines: number;
  unparsed: UnparsedLine[];
  /** Days skipped because the ledger already holds another release for them (without --replace). */
  conflictDays: string[];
  /** Days whose earlier release was replaced (with --replace). */
  replacedDays: string[];
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
  needReview: ReviewName[];
  countryMismatches: Array<{ placeText: string; country: string; placeCountry: string; records: number }>;
  failed: number;
}

/** Lines gathered before one transaction stores them; files still land whole or not at all. */
const BATCH_LINES = 20_000;
const BATCH_FILES = 500;

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
  const { sources, skipped } = await expandInputs(inputs);
  const files: FileOutcome[] = skipped.map((s) => ({ ...emptyOutcome(options.sourceName?.(s.uri) ?? s.uri), status: 'skipped' as const, reason: s.reason }));
  const review = new Map<string, ReviewName>();
  const mismatches = new Map<string, ImportSummary['countryMismatches'][number]>();
  let done = 0;
  let batch: PreparedFile[] = [];
  let batchLines = 0;
  const pendingDays = new Set<string>();
  const pendingHashes = new Set<string>();

  const outcomes: FileOutcome[] = new Array(sources.length);
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
        if (releases.length > 0) tallyPlaces(releases, review, mismatches);
        options.onProgress?.(++done, sources.length, outcome.uri);
      });
    });
  };

  const nameOf = options.sourceName ?? ((uri: string) => uri);
  for (const [slot, ref] of sources.entries()) {
    const loaded = await loadSource(ref, options.fetchImpl);
    const prepared = await prepareFile(slot, { ...loaded, uri: nameOf(loaded.uri) }, places, options);
    if ('status' in prepared) {
      outcomes[slot] = prepared;
      options.onProgress?.(++done, sources.length, prepared.uri);
      continue;
    }
    // Two files for one day (or one content) in a batch must be decided in order: store the earlier first.
    const keys = prepared.releases.map((p) => `${p.release.issuer}\u0000${p.release.reportDate}`);
    if (keys.some((k) => pendingDays.has(k)) || prepared.releases.some((p) => pendingHashes.has(p.contentHash))) await flush();
    batch.push(prepared);
    keys.forEach((k) => pendingDays.add(k));
    prepared.releases.forEach((p) => pendingHashes.add(p.contentHash));
    batchLines += prepared.releases.reduce((n, p) => n + p.release.lineCount, 0);
    if (batchLines >= BATCH_LINES || batch.length >= BATCH_FILES) await flush();
  }
  await flush();
  await storing;
  files.push(...outcomes);

  const landed = files.filter((f) => f.releasesImported > 0);
  return {
    files,
    releasesImported: sum(files, (f) => f.releasesImported),
    strikeRecords: sum(landed, (f) => f.strikeRecords),
    strikeLines: sum(landed, (f) => f.strikeLines),
    unparsedLines: landed.flatMap((f) => f.unparsed.map((u) => ({ ...u, uri: f.uri }))),
    needReview: [...review.values()].sort((a, b) => b.records - a.records),
    countryMismatches: [...mismatches.values()],
    failed: files.filter((f) => f.status === 'failed').length,
  };
}

function emptyOutcome(uri: string): FileOutcome {
  return { uri, status: 'imported', releasesImported: 0, strikeRecords: 0, strikeLines: 0, unparsed: [], conflictDays: [], replacedDays: [] };
}

const sum = <T>(items: T[], f: (item: T) => number) => items.reduce((total, item) => total + f(item), 0);

const failed = (uri: string, reason: string): FileOutcome => ({ ...emptyOutcome(uri), status: 'failed', reason });

/** Reads, parses and resolves one source; a file with a problem comes back as its failed outcome. */
async function prepareFile(slot: number, loaded: LoadedSource, places: PlaceBook, options: ImportOptions): Promise<PreparedFile | FileOutcome> {
  if (!loaded.ok) return failed(loaded.uri, loaded.reason);
  let releases: ParsedRelease[];
  try {
    releases = parseSource(loaded, options);
  } catch (error) {
    return failed(loaded.uri, (error as Error).message);
  }
  if (releases.length === 0) return failed(loaded.uri, 'no release found in the file');
  for (const release of releases) {
    const problem = releaseProblem(release);
    if (problem) return failed(loaded.uri, problem);
  }
  const prepared: PreparedRelease[] = [];
  for (const release of releases as Array<ParsedRelease & { reportDate: string }>) {
    prepared.push({ release, contentHash: contentHashOf(loaded, release), places: await places.placesFor(release.strikes) });
  }
  return { slot, uri: loaded.uri, releases: prepared };
}

interface StoredFile {
  outcome: FileOutcome;
  /** Releases that landed, for the review and mismatch tallies. */
  stored: PreparedRelease[];
}

/** Stores a batch in one transaction; if that fails, each file alone, so one bad file sinks only itself. */
async function storeBatch(db: Database, batch: PreparedFile[], replace: boolean): Promise<StoredFile[]> {
  if (batch.length === 0) return [];
  try {
    const fates = await db.transaction((tx) => storeReleases(tx, batch.flatMap((f) => f.releases), replace));
    let i = 0;
    return batch.map((file) => outcomeOf(file, fates.slice(i, (i += file.releases.length))));
  } catch (batchError) {
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
    if (fate === 'replaced') outcome.replacedDays.push(p.release.reportDate);
    stored.push(p);
    outcome.releasesImported++;
    outcome.strikeRecords += p.release.strikes.length;
    outcome.strikeLines += new Set(p.release.strikes.map((s) => s.lineNo)).size;
    outcome.unparsed.push(...p.release.unparsed);
  });
  outcome.status = outcome.replacedDays.length > 0 ? 'replaced'
    : outcome.releasesImported > 0 ? 'imported'
    : outcome.conflictDays.length > 0 ? 'conflict'
    : 'duplicate';
  return { outcome, stored };
}

function parseSource(loaded: Extract<LoadedSource, { ok: true }>, options: ImportOptions): ParsedRelease[] {
  const issuer = options.issuer;
  if (loaded.kind === 'csv') {
    return options.csvMap
      ? parseMappedCsv(loaded.text, { sourceUri: loaded.uri, issuer, map: options.csvMap })
      : parseScraperCsv(loaded.text, { sourceUri: loaded.uri, issuer });
  }
  return [parseRelease(loaded.text, { sourceUri: loaded.uri, format: loaded.kind, issuer })];
}

function releaseProblem(release: ParsedRelease): string | null {
  if (!release.reportDate) return 'no report date: expected a date line such as "May 23, 2015"';
  if (release.strikes.length === 0) {
    const why = release.unparsed[0];
    return why
      ? `no strike line parsed; line ${why.lineNo}: ${why.reason}`
      : 'no strike line found: is this a strike release?';
  }
  return null;
}

/**
 * A text or HTML file holds one release, identified by its bytes whatever its name or URL. A CSV holds one
 * release per day, identified by that day's rows, so that re-importing the same rows adds nothing.
 */
function contentHashOf(loaded: Extract<LoadedSource, { ok: true }>, release: ParsedRelease): string {
  if (loaded.kind !== 'csv') return sha256(loaded.bytes);
  const lines = [...release.strikes.map((s) => s.rawLine), ...release.unparsed.map((u) => u.rawLine)];
  return sha256(`${release.issuer}\n${release.reportDate}\n${lines.join('\n')}`);
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

function tallyPlaces(
  stored: PreparedRelease[],
  review: Map<string, ReviewName>,
  mismatches: Map<string, ImportSummary['countryMismatches'][number]>,
): void {
  for (const { release, places } of stored) {
    release.strikes.forEach((strike, i) => {
      const place = places[i]!;
      const key = `${strike.country}\u0000${strike.placeText}`;
      if (place.status !== 'resolved') {
        const entry = review.get(key) ?? { placeText: strike.placeText, country: strike.country, status: place.status, records: 0 };
        entry.records++;
        review.set(key, entry);
      }
      if (place.countryMismatch) {
        const entry = mismatches.get(key) ?? { placeText: strike.placeText, country: strike.country, placeCountry: place.placeCountryCode ?? '?', records: 0 };
        entry.records++;
        mismatches.set(key, entry);
      }
    });
  }
}
