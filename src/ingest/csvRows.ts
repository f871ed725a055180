import { parse } from 'csv-parse/sync';
import type { Day, ParsedRelease, ParsedStrike, UnparsedLine } from './types.js';

/** One CSV record with the physical line it starts on. */
export interface CsvRow {
  lineNo: number;
  /** The record as it stands in the file, without its line break. */
  rawLine: string;
  /** Field values by header name. */
  fields: ReadonlyMap<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  lineCount: number;
}

interface RawRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Counts physical lines the way `split('\n')` would, not counting a final line break. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1;
}

/**
 * Reads a CSV with a header row, keeping each record's physical line number so reports can
 * point into the file. Throws, naming the file, when the CSV itself is malformed.
 */
export function readCsv(text: string, sourceUri: string): CsvTable {
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: RawRecord[];
  try {
    records = parse(normalised, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as RawRecord[];
  } catch (err) {
    throw new Error(`${sourceUri}: not a readable CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((h) => h.trim());
  const rows = body.map((r): CsvRow => {
    const raw = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
    const inner = raw.match(/\n/g)?.length ?? 0;
    const fields = new Map<string, string>();
    header.forEach((name, i) => fields.set(name, (r.record[i] ?? '').trim()));
    return { lineNo: r.info.lines - inner, rawLine: raw, fields };
  });
  return { header, rows, lineCount: countLines(text) };
}

/** Finds a header by exact name, then ignoring case and spaces; null when absent. */
export function findColumn(header: readonly string[], name: string): string | null {
  if (header.includes(name)) return name;
  const wanted = name.trim().toLowerCase();
  return header.find((h) => h.trim().toLowerCase() === wanted) ?? null;
}

/** Collects CSV rows into one release per day, in order of first appearance. */
export class ReleasesByDay {
  private readonly byDay = new Map<Day, ParsedRelease>();
  private lastDay: Day | null = null;
  private readonly orphans: UnparsedLine[] = [];

  constructor(private readonly sourceUri: string, private readonly issuer: string, private readonly lineCount: number) {}

  private release(day: Day): ParsedRelease {
    let release = this.byDay.get(day);
    if (release === undefined) {
      release = {
        sourceUri: `${this.sourceUri}#${day}`, format: 'csv', issuer: this.issuer, reportDate: day, title: null, kind: 'daily', period: null,
        strikes: [], totals: [], statements: [], unparsed: [], structural: [], lineCount: this.lineCount,
      };
      this.byDay.set(day, release);
    }
    this.lastDay = day;
    return release;
  }

  addStrike(strike: ParsedStrike): void {
    this.release(strike.date).strikes.push(strike);
  }

  addUnparsed(line: UnparsedLine, day: Day | null): void {
    if (day !== null) this.release(day).unparsed.push(line);
    else if (this.lastDay !== null) this.release(this.lastDay).unparsed.push(line);
    else this.orphans.push(line);
  }

  /**
   * The releases. A row without a readable date is reported with the release of the row before it
   * (or the first release), so one bad date does not sink the file; with no dated row at all they
   * form one release without a report date.
   */
  finish(): ParsedRelease[] {
    const releases = [...this.byDay.values()];
    const first = releases[0];
    if (this.orphans.length === 0) return releases;
    if (first !== undefined) {
      first.unparsed.unshift(...this.orphans);
      return releases;
    }
    return [{
      sourceUri: this.sourceUri, format: 'csv', issuer: this.issuer, reportDate: null, title: null, kind: 'daily', period: null,
      strikes: [], totals: [], statements: [], unparsed: this.orphans, structural: [], lineCount: this.lineCount,
    }];
  }
}
