import type { Day, ParsedRelease, ParsedStrike, ReleaseFormat, StatedTotal, StructuralLine, UnparsedLine } from './types.js';
import { findFullDate, type DateMatch } from './dates.js';
import { readBulletLine } from './bulletLines.js';
import { findCountPhrases } from './countPhrases.js';
import { parseSectionHeader } from './sections.js';
import { enterSection, readStatements, startReading } from './statements.js';
import { specialStatementOf } from './specialStatements.js';
import { quote } from './strikeClauses.js';

/** One line of release text and where it sits in the source. */
export interface SourceLine {
  lineNo: number;
  text: string;
  /** Markup said what the line is: the page's headline, or a heading inside the body. */
  hint?: 'title' | 'heading';
}

export interface ReleaseLinesOptions {
  sourceUri: string;
  format: ReleaseFormat;
  issuer: string;
  reportDate?: Day;
  lineCount: number;
}

const NOT_BLANK = /\S/;

/** A line that reads like a strike statement is reported when it fails, never taken for the headline. */
function looksLikeStatement(text: string): boolean {
  return STATEMENT_START.test(text) || findCountPhrases(text).length > 0;
}

const STATEMENT_START = /^\s*(?:[-–—*•·]|near\b)/i;
const DATELINE_WORDS = /\b(?:SOUTHWEST ASIA|TAMPA|WASHINGTON|BAGHDAD|KUWAIT|Fla|D\.C|Release\s*(?:No\.?|Number|#)\s*:?\s*[\w-]*|Posted(?:\s+on)?|Updated|Published|Dated?|Released|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi;

/**
 * What a line says besides a dateline: "SOUTHWEST ASIA, May 23, 2015 – In Syria, …" → "In Syria, …",
 * "May 23, 2015" → "". A date inside a sentence ("On Sept. 30, 2018, near Hajin") leaves the line whole.
 */
function besideDate(text: string, date: DateMatch): string {
  const before = text.slice(0, date.index).replace(DATELINE_WORDS, ' ');
  if (/\p{L}/u.test(before)) return text;
  const after = text.slice(date.index + date.length).replace(DATELINE_WORDS, ' ');
  return /\p{L}{2,}/u.test(after) ? after.replace(/^[\s\p{P}\p{S}]+/u, '').trim() : '';
}

/**
 * Reads a release given as lines: title, date line, section headers, strike statements in bullet
 * or prose form, boilerplate. Every non-blank line ends as strikes, a structural line or an
 * unparsed line with its reason (a prose line can hold both strikes and unparsed sentences).
 */
export function parseReleaseLines(lines: readonly SourceLine[], opts: ReleaseLinesOptions): ParsedRelease {
  const state = startReading(opts.reportDate ?? null);
  const strikes: ParsedStrike[] = [];
  const totals: StatedTotal[] = [];
  // strikes read before the release's date was known get it at the end
  const undated: ParsedStrike[] = [];
  const unparsed: UnparsedLine[] = [];
  const structural: StructuralLine[] = [];
  let title: string | null = null;
  // a headline can only come before the first section, strike or unparsed line
  let started = false;

  for (const line of lines) {
    const { lineNo, text } = line;
    if (!NOT_BLANK.test(text)) {
      structural.push({ lineNo, kind: 'blank' });
      continue;
    }
    const bullet = line.hint === undefined ? readBulletLine(text) : null;
    if (bullet !== null) {
      const strike: ParsedStrike = {
        date: state.date ?? '', dateBasis: state.basis, country: state.country, placeText: bullet.placeText, relation: bullet.relation,
        strikes: bullet.strikes, engagements: null, effects: bullet.effects, targets: bullet.targets, lineNo, rawLine: text,
      };
      strikes.push(strike);
      if (state.date === null) undated.push(strike);
      started = true;
      continue;
    }
    if (line.hint === 'title' && title === null) {
      title = text.replace(/\s+/g, ' ').trim();
      structural.push({ lineNo, kind: 'title' });
      continue;
    }

    const date = findFullDate(text);
    const rest = date === null ? text : besideDate(text, date);
    if (date !== null && state.reportDate === null) {
      state.reportDate = date.day;
      state.date ??= date.day;
    }
    if (date !== null && rest === '') {
      structural.push({ lineNo, kind: 'date' });
      continue;
    }
    const header = parseSectionHeader(text);
    if (header !== null) {
      enterSection(state, header);
      structural.push({ lineNo, kind: 'section' });
      started = true;
      continue;
    }

    const reading = readStatements(rest, state, started);
    for (const total of reading.totals) totals.push({ ...total, lineNo });
    for (const draft of reading.drafts) {
      const strike: ParsedStrike = {
        date: draft.date ?? '', dateBasis: draft.dateBasis, country: draft.country, placeText: draft.placeText, relation: draft.relation,
        strikes: draft.strikes, engagements: draft.engagements, effects: draft.effects, targets: draft.targets, lineNo, rawLine: text,
      };
      strikes.push(strike);
      if (draft.date === null) undated.push(strike);
    }
    if (reading.drafts.length > 0) {
      for (const reason of reading.failures) unparsed.push({ lineNo, rawLine: text, reason });
      started = true;
    } else if (title === null && !started && line.hint === undefined && reading.structure === null && !looksLikeStatement(rest)) {
      // the headline, possibly with the date in it
      title = text.replace(/\s+/g, ' ').trim();
      structural.push({ lineNo, kind: 'title' });
    } else if (date !== null) {
      // a dateline carrying the release's opening words
      structural.push({ lineNo, kind: 'date' });
    } else if (reading.failures.length > 0 && line.hint === undefined) {
      for (const reason of reading.failures) unparsed.push({ lineNo, rawLine: text, reason });
      started = true;
    } else if (reading.structure !== null) {
      structural.push({ lineNo, kind: reading.structure });
      if (reading.structure === 'section') started = true;
    } else if (line.hint !== undefined) {
      structural.push({ lineNo, kind: 'markup' });
    } else {
      unparsed.push({ lineNo, rawLine: text, reason: `not a strike statement: ${quote(text)}` });
      started = true;
    }
  }

  const reportDate = state.reportDate;
  for (const strike of undated) strike.date = reportDate ?? '';
  const release: ParsedRelease = {
    sourceUri: opts.sourceUri,
    format: opts.format,
    issuer: opts.issuer,
    reportDate,
    title,
    kind: 'daily',
    period: state.period,
    strikes,
    totals: totals.filter((t) => t.from !== '' && t.to !== ''),
    statements: [],
    unparsed,
    structural,
    lineCount: opts.lineCount,
  };
  return specialStatementOf(release) ?? release;
}
