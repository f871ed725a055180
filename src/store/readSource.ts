import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { loadSource, type LoadedSource, type SourceRef } from '../ingest/sources.js';
import { parseMappedCsv, parseRelease, parseScraperCsv, reconcileTotals, releaseDateProblem, sectionCountry, type TotalCheck } from '../ingest/index.js';
import type { Day, ParsedRelease, ParsedStrike, ReleaseFormat, ReleaseKind, SpecialStatement, UnparsedLine } from '../ingest/types.js';
import { COUNT_REVIEW_ABOVE } from './heldCounts.js';
import { encodeStrikes, type EncodedStrikes } from './strikeRows.js';

/** Column names of a generic CSV, as given by `--map date=…,place=…,strikes=…`. */
export interface CsvMap {
  date: string;
  place: string;
  strikes: string;
  country?: string;
  effects?: string;
}

/** How sources are parsed; plain data, so that it can be handed to the parse worker. */
export interface ParseOptions {
  issuer?: string;
  csvMap?: CsvMap;
  /** The day a text or HTML release was issued, when it has no date line (`--date`); its own date line wins. */
  reportDate?: Day;
  /** Releases dated before the campaign began or after `today` are refused unless this is set (`--allow-date`). */
  allowDate?: boolean;
  /** Today, for the date check; the current UTC day when absent. */
  today?: Day;
}

/** A distinct place a release's strikes name (as written, under its section), and how many records name it. */
export interface NamedPlace {
  placeText: string;
  country: string;
  records: number;
}

/**
 * One release read from a source, ready for its places to be resolved and its rows stored: what the store
 * needs of the parsed release, with the strike rows already encoded (plain data and byte arrays, so that a
 * worker can hand it over cheaply).
 */
export interface ReadRelease {
  issuer: string;
  reportDate: Day;
  sourceUri: string;
  format: ReleaseFormat;
  title: string | null;
  kind: ReleaseKind;
  period: string | null;
  lineCount: number;
  contentHash: string;
  /**
   * What the release says, without its page: its strike lines, totals and statements. Two copies of one release
   * from two sites share it, whatever their chrome.
   */
  linesHash: string;
  totals: TotalCheck[];
  statements: SpecialStatement[];
  unparsed: UnparsedLine[];
  /** Physical lines that gave at least one strike record. */
  strikeLines: number;
  /** In the order first named: the order their mentions are resolved and stored. */
  places: NamedPlace[];
  strikes: EncodedStrikes;
  /** Strikes whose count is above COUNT_REVIEW_ABOVE: stored apart, held for review, in no count. */
  held: EncodedStrikes;
  /** The same held strikes, as the import summary lists them. */
  heldLines: HeldLine[];
}

/** A line held for review because of its count, as an import reports it. */
export interface HeldLine {
  lineNo: number;
  placeText: string;
  strikes: number;
}

/** A source read into releases, or the reason it is refused as a whole; `slot` is its position among the inputs. */
export type ReadFile =
  | { slot: number; uri: string; releases: ReadRelease[] }
  | { slot: number; uri: string; reason: string };

/**
 * Reads, decodes, parses and checks one source, and encodes its strike rows. Never throws: a source that
 * cannot be read, has no date or no strike line comes back with its reason. `name` is the name the source is
 * recorded and reported under.
 */
export async function readSource(slot: number, ref: SourceRef, name: string, options: ParseOptions, fetchImpl?: typeof fetch): Promise<ReadFile> {
  const loaded = await loadSource(ref, fetchImpl);
  if (!loaded.ok) return { slot, uri: name, reason: loaded.reason };
  const source = { ...loaded, uri: name };
  let releases: ParsedRelease[];
  try {
    releases = parseSource(source, options);
  } catch (error) {
    return { slot, uri: name, reason: (error as Error).message };
  }
  if (releases.length === 0) return { slot, uri: name, reason: 'no release found in the file' };
  for (const release of releases) {
    const problem = releaseProblem(release) ?? (options.allowDate ? null : releaseDateProblem(release.reportDate!, options.today ?? utcToday()));
    if (problem) return { slot, uri: name, reason: problem };
  }
  return { slot, uri: name, releases: (releases as Array<ParsedRelease & { reportDate: Day }>).map((release) => readRelease(release, contentHashOf(source, release))) };
}

function readRelease(release: ParsedRelease & { reportDate: Day }, contentHash: string): ReadRelease {
  const places: NamedPlace[] = [];
  const placeIndex = new Map<string, number>();
  const placeOf = new Uint32Array(release.strikes.length);
  release.strikes.forEach((strike, i) => {
    const key = `${strike.country}\u0000${strike.placeText}`;
    let index = placeIndex.get(key);
    if (index === undefined) {
      index = places.push({ placeText: strike.placeText, country: strike.country, records: 0 }) - 1;
      placeIndex.set(key, index);
    }
    places[index]!.records++;
    placeOf[i] = index;
  });
  return {
    issuer: release.issuer,
    reportDate: release.reportDate,
    sourceUri: release.sourceUri,
    format: release.format,
    title: release.title,
    kind: release.kind,
    period: release.period,
    lineCount: release.lineCount,
    contentHash,
    linesHash: linesHashOf(release),
    totals: reconcileTotals(release),
    statements: release.statements,
    unparsed: release.unparsed,
    strikeLines: new Set(release.strikes.map((s) => s.lineNo)).size,
    places,
    ...splitHeld(release.strikes, placeOf),
  };
}

/** The release's strikes encoded for strike_records, and those held for review apart. */
function splitHeld(strikes: ParsedStrike[], placeOf: Uint32Array): Pick<ReadRelease, 'strikes' | 'held' | 'heldLines'> {
  const isHeld = strikes.map((strike) => strike.strikes > COUNT_REVIEW_ABOVE);
  if (!isHeld.includes(true)) return { strikes: encodeStrikes(strikes, placeOf), held: encodeStrikes([], new Uint32Array(0)), heldLines: [] };
  const counted = strikes.filter((_, i) => !isHeld[i]);
  const held = strikes.filter((_, i) => isHeld[i]);
  return {
    strikes: encodeStrikes(counted, placeOf.filter((_, i) => !isHeld[i])),
    held: encodeStrikes(held, placeOf.filter((_, i) => isHeld[i])),
    heldLines: held.map((s) => ({ lineNo: s.lineNo, placeText: s.placeText, strikes: s.strikes })),
  };
}

function parseSource(loaded: Extract<LoadedSource, { ok: true }>, options: ParseOptions): ParsedRelease[] {
  const issuer = options.issuer;
  if (loaded.kind === 'csv') {
    return options.csvMap
      ? parseMappedCsv(loaded.text, { sourceUri: loaded.uri, issuer, map: options.csvMap })
      : parseScraperCsv(loaded.text, { sourceUri: loaded.uri, issuer });
  }
  const release = parseRelease(loaded.text, { sourceUri: loaded.uri, format: loaded.kind, issuer });
  // --date is the day of a page that gives none; a page's own date line wins
  if (release.reportDate !== null || options.reportDate === undefined) return [release];
  return [parseRelease(loaded.text, { sourceUri: loaded.uri, format: loaded.kind, issuer, reportDate: options.reportDate })];
}

const utcToday = (): Day => new Date().toISOString().slice(0, 10);

function releaseProblem(release: ParsedRelease): string | null {
  if (!release.reportDate) return 'no report date: expected a date line such as "May 23, 2015"';
  // a release that only says there were no strikes still tells which days are known
  if (release.strikes.length === 0 && release.kind === 'daily' && !release.totals.some((t) => t.strikes === 0)) {
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

// letters and digits only: a copy that differs in punctuation, spacing or case is the same release (ASCII: it is fast)
const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The fingerprint of what a release says (see ReadRelease.linesHash). */
function linesHashOf(release: ParsedRelease): string {
  const countries = new Map<string, string>();
  const countryOf = (section: string) => {
    let country = countries.get(section);
    if (country === undefined) countries.set(section, (country = fold(sectionCountry(section))));
    return country;
  };
  const lines = [
    ...release.strikes.map((s) => `s|${s.date}|${countryOf(s.country)}|${fold(s.placeText)}|${s.strikes}|${s.engagements ?? ''}|${fold(s.effects)}`),
    ...release.totals.map((t) => `t|${t.from}|${t.to}|${t.section}|${t.strikes}|${t.engagements ?? ''}`),
    ...release.statements.map((st) => `x|${st.date}|${fold(st.placeText)}|${fold(st.summary)}`),
  ].sort();
  return sha256(`${release.kind}\n${release.reportDate}\n${lines.join('\n')}`);
}

/** Reads the sources one after another in this thread, in input order. */
export async function* readSources(sources: SourceRef[], nameOf: (uri: string) => string, options: ParseOptions, fetchImpl?: typeof fetch): AsyncGenerator<ReadFile> {
  for (const [slot, ref] of sources.entries()) yield await readSource(slot, ref, nameOf(ref.uri), options, fetchImpl);
}

/**
 * Total size of the sources, counted until it reaches `enough` (a folder of 10,000 files need not be stat'ed
 * whole); null when one is a URL, whose size is not known before it is fetched.
 */
export function localBytes(sources: SourceRef[], enough: number): number | null {
  if (sources.some((ref) => /^https?:\/\//i.test(ref.uri))) return null;
  let total = 0;
  for (const ref of sources) {
    if (total >= enough) break;
    total += sizeOf(ref.uri);
  }
  return total;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // a file that cannot be read fails when it is loaded, with its reason
  }
}
