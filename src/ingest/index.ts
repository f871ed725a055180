import type { Day, ParsedRelease } from './types.js';
import { htmlLines, looksLikeHtml } from './html.js';
import { parseReleaseLines, type SourceLine } from './releaseText.js';

export type {
  DateBasis, DatedBy, Day, Effect, ParsedRelease, ParsedStrike, PlaceRelation, ReleaseFormat, ReleaseKind, SpecialStatement,
  StatedTotal, StructuralLine, Target, UnparsedLine,
} from './types.js';
export { reconcileTotals, sectionCountry, type TotalCheck } from './totals.js';
export { CAMPAIGN_START, releaseDateProblem } from './releaseDates.js';
export { addDays, datingOf, type Dating } from './strikeDays.js';
export { parseNumberWords } from './numberWords.js';
export { parseStrikeCount } from './countPhrases.js';
export { parseTargets } from './targets.js';
export { parseScraperCsv } from './csvScraper.js';
export { parseMappedCsv, CsvColumnMap } from './csvMapped.js';
export { lineAccounting, type LineAccounting } from './accounting.js';
export { fetchUnder } from './urlFetch.js';
export { publicAddressesOnly, type HostAddress, type HostLookup, type HostVerdict, type UrlPolicy } from './urlPolicy.js';

export interface ParseReleaseOptions {
  /** File path or URL, kept on the release for provenance. */
  sourceUri: string;
  /** 'html' or 'text'; detected from the content when absent. */
  format?: 'text' | 'html';
  /** Who issued the release; 'CJTF-OIR' when absent. */
  issuer?: string;
  /** The day the release reports on, overriding its date line. */
  reportDate?: Day;
}

/** Splits text into physical lines; a final line break does not start another line. */
function textLines(text: string): SourceLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => ({ lineNo: i + 1, text: line }));
}

/**
 * Parses one release, plain text or an HTML page, into strike records. Every non-blank line ends as
 * strike records, a structural line or an unparsed line with its reason; for HTML, lines are source
 * lines and those outside the article body are 'markup'. `reportDate` is null when neither the text
 * nor `opts.reportDate` gives one. Never throws on odd input.
 */
export function parseRelease(text: string, opts: ParseReleaseOptions): ParsedRelease {
  const issuer = opts.issuer ?? 'CJTF-OIR';
  const format = opts.format ?? (looksLikeHtml(text) ? 'html' : 'text');
  const base = { sourceUri: opts.sourceUri, issuer, ...(opts.reportDate === undefined ? {} : { reportDate: opts.reportDate }) };
  if (format === 'text') {
    const lines = textLines(text);
    return parseReleaseLines(lines, { ...base, format, lineCount: lines.length });
  }
  const physical = textLines(text);
  const page = htmlLines(text);
  const release = parseReleaseLines(page.lines, { ...base, format, lineCount: physical.length });
  release.title ??= page.pageTitle;
  if (release.reportDate === null && page.pageDate !== null) {
    release.reportDate = page.pageDate;
    for (const strike of release.strikes) if (strike.date === '') strike.date = page.pageDate;
  }
  // every source line is accounted for: lines outside the body's text are markup
  const covered = new Set<number>([
    ...release.strikes.map((s) => s.lineNo), ...release.unparsed.map((u) => u.lineNo), ...release.structural.map((s) => s.lineNo),
  ]);
  for (const line of physical) {
    if (!covered.has(line.lineNo)) release.structural.push({ lineNo: line.lineNo, kind: line.text.trim() === '' ? 'blank' : 'markup' });
  }
  release.structural.sort((a, b) => a.lineNo - b.lineNo);
  return release;
}
