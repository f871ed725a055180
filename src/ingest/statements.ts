import type { Day } from './types.js';
import { isBoilerplate, isDefinition, isLateReport, isSummary } from './boilerplate.js';
import { mentionsStrike } from './countPhrases.js';
import { findFullDate, findMonthDay, MONTH } from './dates.js';
import { findPlaceIn } from './placePhrases.js';
import { COUNTRY, countriesIn, countryName } from './sections.js';
import { parseStrikeSentence, quote, type StrikeDraft } from './strikeClauses.js';
import { parseTargets } from './targets.js';

/** What the lines read so far say about the lines to come. */
export interface ReadingState {
  /** Current country section ("" before any). */
  country: string;
  /** Day the coming strikes are for; null until the release's date is known. */
  date: Day | null;
  /** The release's own date, the reference for dates written without a year. */
  reportDate: Day | null;
}

export interface DatedDraft extends StrikeDraft {
  country: string;
  date: Day | null;
}

/** What one line holds once every statement in it is read. */
export interface LineReading {
  drafts: DatedDraft[];
  failures: string[];
  /** The line opened a section or moved the day ('section'), or held only standard text ('boilerplate'). */
  structure: 'section' | 'boilerplate' | null;
}

// a glued line: "Near A, … • Near B, …", "…; Near B, …", "…vehicle.      Near B, …"
// (the look-behinds start a match only where a run of spaces starts, so long runs stay linear)
const GLUE = /(?<!\s)\s*•\s*|;\s*(?=(?:Near|In|On)\s)|(?<!\s)\s{2,}(?=(?:[-–—*]+\s*)?(?:Near|In|On)\s+[A-Z])/;
const SENTENCE_END = /(?<=[.!?:])\s+(?=[-–—*]*\s*["“(]?[A-Z])/;
const ABBREVIATION = /(?:\bU\.S|\bU\.K|\bU\.N|\b[ap]\.m|\bNos?|\bMr|\bMrs|\bDr|\bGen|\bLt|\bCol|\bMaj|\bCapt|\bSgt|\bSt|\bMt|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSept?|\bOct|\bNov|\bDec|\bapprox|\bvs|\betc|\bi\.e|\be\.g)\.$/;
const BULLET = /^[\s\-–—*•·>]+/;
const DATELINE = /^(?:SOUTHWEST ASIA|TAMPA(?:,?\s*Fla\.?)?|WASHINGTON(?:,?\s*D\.C\.)?|BAGHDAD|KUWAIT)\s*[,:–—-]+\s*/;
const LEADING_CONNECTOR = /^(?:(?:finally|additionally|also|separately|meanwhile|elsewhere|in addition|then)\s*,?\s+)+/i;
const COUNTRY_INTRO = new RegExp(String.raw`^in\s+(${COUNTRY})\s*(?:,\s*|$)`, 'i');
const ON_DATE = new RegExp(String.raw`^on\s+(${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\s*,?\s*`, 'i');
const CONTINUATION = /^(?:as part of\s+)?(?:these|those|the|this|that|both|all)\s+(?:(?:additional|same)\s+)?(?:air\s?)?strikes?\b/i;

/** Splits a line into statements: glued segments first, then sentences (not at "U.S." or "Nov."). */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  for (const segment of text.split(GLUE)) {
    let pending = '';
    for (const piece of segment.split(SENTENCE_END)) {
      pending = pending === '' ? piece : `${pending} ${piece}`;
      if (!ABBREVIATION.test(pending)) {
        out.push(pending);
        pending = '';
      }
    }
    if (pending !== '') out.push(pending);
  }
  return out;
}

function dayOf(text: string, state: ReadingState): Day | null {
  const full = findFullDate(text);
  if (full !== null) return full.day;
  const reference = state.reportDate ?? state.date;
  return reference === null ? null : findMonthDay(text, reference);
}

/**
 * Reads every statement in a line, updating the state when a statement opens a section
 * ("In Syria, …", "Additionally on Nov. 21, two strikes occurred in Syria that were previously
 * unreported:") or dates the strikes ("On Aug. 20, Coalition military forces conducted …").
 */
export function readStatements(text: string, state: ReadingState): LineReading {
  const reading: LineReading = { drafts: [], failures: [], structure: null };
  for (const statement of splitStatements(text)) {
    const written = statement.replace(BULLET, '').replace(/\s+/g, ' ').trim();
    let s = written.replace(DATELINE, '');
    if (s === '' || /^[\p{P}\p{S}\s]*$/u.test(s)) continue;
    if (isDefinition(s)) {
      if (reading.structure === null) reading.structure = 'boilerplate';
      continue;
    }
    if (isLateReport(s) && findPlaceIn(s) === null) {
      const day = dayOf(s, state);
      const countries = countriesIn(s);
      if (day !== null) state.date = day;
      if (countries.length === 1 && countries[0] !== undefined) state.country = countries[0];
      reading.structure = 'section';
      continue;
    }
    // "On Sept. 30, near Hajin, Syria, 12 strikes …": this sentence's strikes are that day's
    const onDate = ON_DATE.exec(s);
    const sentenceDay = onDate === null ? null : dayOf(onDate[1] ?? '', state);
    if (onDate !== null) s = s.slice(onDate[0].length);
    s = s.replace(LEADING_CONNECTOR, '');
    const intro = COUNTRY_INTRO.exec(s);
    if (intro !== null) {
      state.country = countryName(intro[1] ?? '') ?? state.country;
      s = s.slice(intro[0].length);
      reading.structure = 'section';
    }
    if (isSummary(s)) {
      // "On Aug. 20, Coalition military forces conducted 21 strikes …": the strikes below are that day's
      const summaryDay = sentenceDay ?? dayOf(s, state);
      if (summaryDay !== null) state.date = summaryDay;
      const countries = countriesIn(s);
      if (intro === null && countries.length === 1 && countries[0] !== undefined) {
        state.country = countries[0];
        reading.structure = 'section';
      } else if (reading.structure === null) {
        reading.structure = 'boilerplate';
      }
      continue;
    }
    if (s === '') continue;
    const result = parseStrikeSentence(s);
    if (result.kind === 'strikes' && result.drafts.length > 0) {
      for (const draft of result.drafts) {
        reading.drafts.push({ ...draft, country: draft.country ?? state.country, date: sentenceDay ?? state.date });
      }
      reading.failures.push(...result.failures);
      continue;
    }
    if (isBoilerplate(s)) {
      if (reading.structure === null) reading.structure = 'boilerplate';
      continue;
    }
    if (result.kind === 'strikes') {
      reading.failures.push(...result.failures);
      continue;
    }
    const last = reading.drafts[reading.drafts.length - 1];
    if (CONTINUATION.test(s)) {
      if (last === undefined) {
        reading.failures.push(`no strike before the follow-up ${quote(written)}`);
      } else {
        // "These strikes also struck …" adds to what the strikes just listed did
        const more = s.replace(/(?<![\s.])[\s.]+$/, '');
        last.effects = `${last.effects}. ${more}`;
        last.targets.push(...parseTargets(more));
      }
    } else if (mentionsStrike(s)) {
      reading.failures.push(`no strike count in ${quote(written)}`);
    }
    // a sentence that neither states nor mentions a strike adds nothing; a line of nothing else is reported by the caller
  }
  return reading;
}
