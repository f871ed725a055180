import type { DateBasis, Day, StatedTotal } from './types.js';
import { isBoilerplate, isDefinition, isLateReport, isNoStrikes, isOpening, isOtherRecent, isSourceNote, isSummary } from './boilerplate.js';
import { COUNT, mentionsStrike, parseStrikeCount, takeEngagements } from './countPhrases.js';
import { findFullDate, findMonthDay, MONTH } from './dates.js';
import { datingOf, type Dating } from './strikeDays.js';
import { findPlaceIn } from './placePhrases.js';
import { COUNTRY, countriesIn, countryName } from './sections.js';
import { parseStrikeSentence, quote, type StrikeDraft } from './strikeClauses.js';
import { parseTargets } from './targets.js';

/** What the lines read so far say about the lines to come. */
export interface ReadingState {
  /** Current country section ("" before any). */
  country: string;
  /** Day the coming strikes are for (the last day of a period); null until the release's date is known. */
  date: Day | null;
  /** How `date` was known. */
  basis: DateBasis;
  /** The first day of the period `date` ends, when the release gave a period; else null. */
  periodFrom: Day | null;
  /** The release's own date, the reference for dates written without a year and for "yesterday". */
  reportDate: Day | null;
  /** The day, basis and period the release's opening gave: what each new section starts from. */
  opening: { date: Day | null; basis: DateBasis; periodFrom: Day | null } | null;
  /** The period phrase the release states for its strikes ("Between 8 a.m. yesterday and 8 a.m. today"). */
  period: string | null;
}

/** A fresh state for a release whose day is `reportDate` (null until its date line is read). */
export function startReading(reportDate: Day | null): ReadingState {
  return { country: '', date: reportDate, basis: 'assumed', periodFrom: null, reportDate, opening: null, period: null };
}

/** A new section starts from the days the release's opening gave, not from the last paragraph's. */
export function enterSection(state: ReadingState, country: string): void {
  state.country = country;
  const opening = state.opening;
  if (opening !== null) Object.assign(state, opening);
}

export interface DatedDraft extends StrikeDraft {
  country: string;
  date: Day | null;
  dateBasis: DateBasis;
}

/** A total a sentence states, before its line is known. */
export type TotalDraft = Omit<StatedTotal, 'lineNo'>;

/** What one line holds once every statement in it is read. */
export interface LineReading {
  drafts: DatedDraft[];
  failures: string[];
  /** The line opened a section or moved the day ('section'), or held only standard text ('boilerplate'). */
  structure: 'section' | 'boilerplate' | null;
  /** Totals the line states, explicit zeros included. */
  totals: TotalDraft[];
}

// a glued line: "Near A, … • Near B, …", "…; Near B, …", "…vehicle.      Near B, …"
// (the look-behinds start a match only where a run of spaces starts, so long runs stay linear)
const GLUE = /(?<!\s)\s*•\s*|;\s*(?=(?:Near|In|On)\s)|(?<!\s)\s{2,}(?=(?:[-–—*]+\s*|[o§Øü➢▪]\s+|v(?=Near\s))?(?:Near|In|On)\s+[A-Z])/;
const SENTENCE_END = /(?<=[.!?:])\s+(?=[-–—*]*\s*["“(]?[A-Z])/;
const ABBREVIATION = /(?:\bU\.S|\bU\.K|\bU\.N|\b[ap]\.m|\bNos?|\bMr|\bMrs|\bDr|\bGen|\bLt|\bCol|\bMaj|\bCapt|\bSgt|\bSt|\bMt|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSept?|\bOct|\bNov|\bDec|\bapprox|\bvs|\betc|\bi\.e|\be\.g)\.$/;
// dashes, stars and dots, and the word processors' "o ", "§ ", "Ø " and a "v" glued to "Near"
const BULLET = /^(?:[\s\-–—*•·>]|[o§Øü➢▪](?=\s)|v(?=Near\s))+/;
const DATELINE = /^(?:SOUTHWEST ASIA|TAMPA(?:,?\s*Fla\.?)?|WASHINGTON(?:,?\s*D\.C\.)?|BAGHDAD|KUWAIT)\s*[,:–—-]+\s*/;
const LEADING_CONNECTOR = /^(?:(?:finally|additionally|also|separately|meanwhile|elsewhere|in addition|then)\s*,?\s+)+/i;
const COUNTRY_INTRO = new RegExp(String.raw`^in\s+(${COUNTRY})\s*(?:,\s*|$)`, 'i');
// "On Sept. 30, near Hajin", "On Thursday, Dec. 15,", "On March 20-21,", "Yesterday in Syria,"
const ON_DATE = new RegExp(
  String.raw`^(?:on\s+((?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?${MONTH}\s*\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?(?:,?\s+\d{4})?)|(yesterday))\b\s*,?\s*`,
  'i',
);
const SUMMARY_COUNT = new RegExp(String.raw`\bconduct(?:ed|ing)\s+(?:a\s+total\s+of\s+)?(${COUNT})\s+(?:more\s+|additional\s+)?(?:air\s?)?strikes?\b`, 'i');
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

// "the Islamic State of Iraq and Syria" names the enemy, not the section
const ENEMY_NAME = /\bIslamic State of Iraq and (?:the Levant|Syria|al-Sham)\b/gi;

/** The strike days a sentence's dating gives, as the state holds them. */
function applyDating(state: ReadingState, dating: Dating): void {
  state.date = dating.to;
  state.basis = dating.basis;
  state.periodFrom = dating.from < dating.to ? dating.from : null;
  if (dating.basis === 'period' || /\ba\.?\s*m\b|\bp\.?\s*m\b/i.test(dating.phrase)) state.period ??= dating.phrase;
}

/** Dating that opens the release is where every section starts from. */
function applyOpening(state: ReadingState, dating: Dating, inSection: boolean): void {
  applyDating(state, dating);
  if (!inSection) state.opening = { date: state.date, basis: state.basis, periodFrom: state.periodFrom };
}

/** The section a total is for: the one country the sentence names, '' for several, else the current section's country. */
function totalSection(sentence: string, state: ReadingState): string {
  const named = countriesIn(sentence.replace(ENEMY_NAME, ' '));
  if (named.length === 1) return named[0] ?? '';
  if (named.length > 1) return '';
  const current = countriesIn(state.country);
  return current[current.length - 1] ?? '';
}

/** The total a tally sentence states ("conducted 17 strikes consisting of 28 engagements in Syria"), or null. */
function tallyOf(sentence: string, state: ReadingState, dating: Dating | null): TotalDraft | null {
  const m = SUMMARY_COUNT.exec(sentence);
  const strikes = m === null ? null : parseStrikeCount(m[1] ?? '');
  if (strikes === null || state.date === null) return null;
  const span = spanOf(state, dating);
  return { ...span, section: totalSection(sentence, state), strikes, engagements: takeEngagements(sentence).engagements };
}

/** The days a statement is for: its own dating, else the state's day or period. */
function spanOf(state: ReadingState, dating: Dating | null): { from: Day; to: Day; dateBasis: DateBasis } {
  if (dating !== null) return { from: dating.from, to: dating.to, dateBasis: dating.basis };
  const to = state.date ?? '';
  return { from: state.periodFrom ?? to, to, dateBasis: state.basis };
}

/**
 * Reads every statement in a line, updating the state when a statement opens a section
 * ("In Syria, …", "Additionally on Nov. 21, two strikes occurred in Syria that were previously
 * unreported:") or dates the strikes ("On Aug. 20, Coalition military forces conducted …",
 * "… continued to attack … yesterday"), and collecting the totals it states, explicit zeros included.
 * `inSection` says whether a section has begun (dating before it is the release's opening).
 */
export function readStatements(text: string, state: ReadingState, inSection = true): LineReading {
  const reading: LineReading = { drafts: [], failures: [], structure: null, totals: [] };
  for (const statement of splitStatements(text)) {
    const written = statement.replace(BULLET, '').replace(/\s+/g, ' ').trim();
    let s = written.replace(DATELINE, '');
    if (s === '' || /^[\p{P}\p{S}\s]*$/u.test(s)) continue;
    if (isSourceNote(written)) {
      // the rest of the line is the note too: "Source: https://… (excerpt: …)"
      if (reading.structure === null) reading.structure = 'boilerplate';
      break;
    }
    if (isDefinition(s)) {
      if (reading.structure === null) reading.structure = 'boilerplate';
      continue;
    }
    if (isOtherRecent(s)) {
      // strikes of earlier days in any country follow, each line naming its own day
      enterSection(state, '');
      reading.structure = 'section';
      continue;
    }
    if (isNoStrikes(s)) {
      // "There were no reported strikes in Iraq on March 13": that day is known, with no strikes
      if (state.date !== null) {
        const span = spanOf(state, datingOf(s, state.reportDate));
        reading.totals.push({ ...span, section: totalSection(s, state), strikes: 0, engagements: 0 });
      }
      if (reading.structure === null) reading.structure = 'boilerplate';
      continue;
    }
    if (isLateReport(s) && findPlaceIn(s) === null) {
      const dating = datingOf(s, state.reportDate);
      const countries = countriesIn(s);
      if (countries.length === 1 && countries[0] !== undefined) enterSection(state, countries[0]);
      if (dating !== null) applyDating(state, dating);
      const tally = tallyOf(s, state, dating);
      if (tally !== null) reading.totals.push(tally);
      reading.structure = 'section';
      continue;
    }
    // "On Sept. 30, near Hajin, Syria, 12 strikes …", "Yesterday in Syria, …": this sentence's strikes are that day's
    const onDate = ON_DATE.exec(s);
    const sentenceDating = onDate === null ? null : datingOf(onDate[0], state.reportDate);
    if (onDate !== null) s = s.slice(onDate[0].length);
    s = s.replace(LEADING_CONNECTOR, '');
    const intro = COUNTRY_INTRO.exec(s);
    if (intro !== null) {
      enterSection(state, countryName(intro[1] ?? '') ?? state.country);
      s = s.slice(intro[0].length);
      reading.structure = 'section';
    }
    if (isSummary(s) && findPlaceIn(takeEngagements(s).rest) === null) {
      // "On Aug. 20, Coalition military forces conducted 21 strikes …": the strikes below are that day's
      const dating = sentenceDating ?? datingOf(s, state.reportDate);
      if (dating !== null) applyOpening(state, dating, inSection || intro !== null);
      const countries = countriesIn(s);
      if (intro === null && countries.length === 1 && countries[0] !== undefined) {
        enterSection(state, countries[0]);
        if (dating !== null) applyDating(state, dating);
        reading.structure = 'section';
      } else if (reading.structure === null) {
        reading.structure = 'boilerplate';
      }
      const tally = tallyOf(`${intro?.[0] ?? ''}${s}`, state, null);
      if (tally !== null) reading.totals.push(tally);
      continue;
    }
    if (s === '') continue;
    const result = parseStrikeSentence(s);
    if (result.kind === 'strikes' && result.drafts.length > 0) {
      for (const draft of result.drafts) {
        const own = sentenceDating ?? (draft.dayText === null ? null : datingOf(draft.dayText, state.reportDate));
        const span = spanOf(state, own);
        reading.drafts.push({ ...draft, country: draft.country ?? state.country, date: state.date === null && own === null ? null : span.to, dateBasis: span.dateBasis });
      }
      reading.failures.push(...result.failures);
      continue;
    }
    if (isOpening(s)) {
      // "… continued to attack … yesterday, … officials reported today": the release's strikes are yesterday's
      const dating = sentenceDating ?? datingOf(s, state.reportDate);
      if (dating !== null) applyOpening(state, dating, inSection);
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
        last.effects = last.effects === '' ? more.replace(CONTINUATION, '').trim() : `${last.effects}. ${more}`;
        last.targets.push(...parseTargets(more));
      }
    } else if (mentionsStrike(s)) {
      reading.failures.push(`no strike count in ${quote(written)}`);
    }
    // a sentence that neither states nor mentions a strike adds nothing; a line of nothing else is reported by the caller
  }
  return reading;
}
