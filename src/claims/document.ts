import { isDay } from '../analysis/index.js';
import { LedgerAsker } from './answer.js';
import { answerReading, type CheckDeps } from './check.js';
import { extractSentences } from './extract.js';
import { numericOrderIn, readClaim } from './read.js';
import type { CheckResult } from './result.js';
import type { ClaimContext, DocumentContext, Reading } from './types.js';

/** The answer for one claim of a document, with the line its sentence starts on. */
export type DocumentCheck = CheckResult & { line: number };

/** Every claim of a document, and the day it was read as of. */
export interface DocumentAnswer {
  as_of: { day: string; source: string };
  claims: DocumentCheck[];
}

/** One claim sentence of a document as the read stage left it. */
export interface DocumentReading {
  line: number;
  sentence: string;
  reading: Reading;
}

/**
 * Reads every numeric claim of a Markdown (or plain-text) document in order, as of its publication day:
 * `ctx.asOf` when given, else the front matter's `date:`. Each sentence is read with what the document said
 * before it: "the city", "there" and "the town" are the previous claim's place (or the place a sentence just
 * named); a sentence without a time phrase continues the window of the sentence just before it that had one
 * (within three sentences, or six when it says "of the strikes"); a date without a year takes the year the
 * document was last talking about; a numeric date with a part above 12 settles the order of the others.
 * Every such inference is stated in the reading.
 */
export function readDocument(markdown: string, ctx: ClaimContext): { asOf: { day: string; source: string }; readings: DocumentReading[] } {
  const front = frontMatterDate(markdown);
  const asOf = ctx.asOf ?? (front ? { day: front, source: 'the front matter date:' } : undefined);
  const document: DocumentContext = { ...ctx.document };
  const readings: DocumentReading[] = [];
  for (const { line, sentence, claim } of extractSentences(markdown)) {
    if (document.lastWindow) document.lastWindow = { ...document.lastWindow, distance: document.lastWindow.distance + 1 };
    const reading = readClaim(sentence, { ...ctx, ...(asOf ? { asOf } : {}), document: { ...document } });
    if (claim) readings.push({ line, sentence, reading });
    remember(document, line, sentence, reading);
  }
  return { asOf: asOf ?? { day: ctx.today, source: 'today' }, readings };
}

/** A document's claim lists its records up to this many; past it, its figures count them without listing them. */
export const DOCUMENT_RECORD_LIMIT = 200;

/**
 * `readDocument`, then every claim answered from the ledger: one query per scope, window and dating; a
 * claim with more than DOCUMENT_RECORD_LIMIT records gives its figures and `records_total` without listing them.
 */
export async function checkDocument(markdown: string, deps: CheckDeps): Promise<DocumentAnswer> {
  const { asOf, readings } = readDocument(markdown, deps);
  const asker = new LedgerAsker(deps.data, DOCUMENT_RECORD_LIMIT);
  const claims = await Promise.all(readings.map(async (r): Promise<DocumentCheck> => ({ ...(await answerReading(r.sentence, r.reading, asker)), line: r.line })));
  return { as_of: asOf, claims };
}

// What a sentence leaves for the next: its window (claim or not), its claim's place and year, a place it named.
function remember(document: DocumentContext, line: number, sentence: string, reading: Reading): void {
  if (!document.numericOrder && /\d\/\d/.test(sentence)) {
    const order = numericOrderIn(sentence);
    if (order) document.numericOrder = order;
  }
  const first = reading.ok ? reading.parts[0] : undefined;
  if (first) {
    document.previous = { line, text: sentence, where: first.where.value, window: first.window.value, dating: first.dating.value };
    if (first.window.origin !== 'default') document.lastWindow = { line, window: first.window.value, dating: first.dating.value, distance: 0 };
    const w = first.window.value;
    if (first.window.origin !== 'default' && w.from.slice(0, 4) === w.to.slice(0, 4)) document.year = Number(w.from.slice(0, 4));
    const places = first.where.value.include.filter((t) => t.place.kind === 'place');
    const one = places[0]?.place;
    if (places.length === 1 && one?.kind === 'place') document.lastPlace = { line, place: { key: one.key, name: one.name, aliases: one.aliases } };
    return;
  }
  // A sentence without a claim passes on a window it states ("… attack ISIS yesterday."), not a statement's day.
  if (!reading.ok && reading.understood.window && reading.understood.windowSource?.origin === 'sentence' && reading.understood.windowSource.dating === 'strike') {
    document.lastWindow = { line, window: reading.understood.window, dating: reading.understood.windowSource.dating, distance: 0 };
  }
  // a sentence that names one place, claim or not, is what "the town" in the next one means
  const places = reading.ok ? [] : (reading.understood.where?.include ?? []).filter((t) => t.place.kind === 'place');
  const one = places[0]?.place;
  if (places.length === 1 && one?.kind === 'place') document.lastPlace = { line, place: { key: one.key, name: one.name, aliases: one.aliases } };
}

/** The `date:` of a Markdown document's front matter (YYYY-MM-DD, or a timestamp starting with one). */
export function frontMatterDate(markdown: string): string | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(markdown);
  if (!front) return null;
  const date = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(front[1]!);
  return date && isDay(date[1]!) ? date[1]! : null;
}
