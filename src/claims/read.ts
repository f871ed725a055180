import type { Day } from '../analysis/index.js';
import { findDates } from './dates.js';
import { describeClaim } from './describe.js';
import { mentionsStrikes, vagueWords } from './quantities.js';
import { readParts } from './readParts.js';
import { readSentenceWindow, type SentenceWindow } from './readWindow.js';
import { eventPlaceOf, readWhere } from './readWhere.js';
import { numericOrderOf } from './relativeDates.js';
import { blank, lowerSameLength, normalise, scanSentence, type SentenceScan } from './scan.js';
import type { TimeExpr } from './timePhrases.js';
import type { ClaimContext, DocumentContext, PublicationDay, Reading, Sourced, Understood, Where } from './types.js';
import type { TimeEnv } from './windowing.js';

export { MAX_PLAUSIBLE_COUNT } from './readParts.js';

/** The first day of OIR air strikes (8 August 2014, Iraq): where "so far" and claims without a window start. */
export const OIR_START: Day = '2014-08-08';

// Words that point back at strikes an earlier sentence counted: the sentence continues its window.
const POINTS_BACK = /\b(?:(?:of|among)\s+(?:the|those|these)\s+(?:air\s?)?strikes|of\s+them|the\s+(?:other|remaining)\s+(?:air\s?)?strikes|the\s+(?:air\s?)?strikes\s+(?:in|near|on|hit)|those\s+(?:air\s?)?strikes|these\s+(?:air\s?)?strikes)\b/;
// "has conducted", "have flown": a running total, which does not continue the sentences before.
const CUMULATIVE = /\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:conducted|carried|launched|flown|staged|mounted|made|hit|struck|dropped|executed|performed)\b/;
// Places a part lists as examples only: "near Mosul, Falluja and other locations", "concentrated near …".
const EXAMPLES_ONLY = /\b(?:concentrated|centered|centred|focused|mostly|mainly|primarily|largely|including|among\s+other\s+(?:cities|towns|places|locations|sites|areas)|and\s+other\s+(?:locations|cities|towns|places|areas|sites))\b/;

/**
 * Reads an English sentence into the numeric claims it makes, every part of each with where it came from:
 * the window (the sentence, a control event, the document, the publication day), the places, the number
 * and its unit, the actor, and the dating. Only this stage says "not understood": a time phrase, a place
 * word or a number that is present but not read, a negation, another actor's strikes, an unknown place —
 * the whole sentence is then unreadable and the answer says what was and was not understood. Sub-claims
 * that cannot be read (another unit, a share without its part) are listed in `unread` while the rest is read.
 */
export function readClaim(sentence: string, ctx: ClaimContext): Reading {
  const asOf: PublicationDay = ctx.asOf ? { day: ctx.asOf.day, explicit: true, source: ctx.asOf.source } : { day: ctx.today, explicit: false, source: 'today' };
  const scan = scanSentence(sentence, ctx);
  const where = readWhere(scan.places, scan.owner, Math.max(1, scan.anchors.length), scan.times.flatMap(eventPhrasesOf), ctx, examplesOnly(scan));
  const sentenceWhere = where.ok ? (where.parts[0] as Sourced<Where>) : null;
  const env: TimeEnv = {
    ctx,
    asOf,
    place: sentenceWhere ? eventPlaceOf(sentenceWhere.value, scan.places) : null,
    enclosing: null,
    recordStart: ctx.recordStart ?? OIR_START,
    ...numericOrder(scan, ctx),
  };
  const window = readSentenceWindow(scan.times, scan.owner, env, scan.anchors[0]?.kind === 'share', continuationOf(scan, ctx));

  const problems = [...scan.actor.problems, ...scan.unread.map((u) => u.reason), ...(where.ok ? [] : where.problems), ...(window.ok ? [] : window.problems)];
  const missing = [...(where.ok ? [] : where.missing), ...(window.ok ? [] : window.missing)];
  const notes = [...(window.ok ? [window.window.note, window.dating.note] : []), ...window.notes, ...(sentenceWhere ? [sentenceWhere.note] : []), ...where.notes];
  if (scan.actor.actor) notes.push(scan.actor.actor.note);
  if (scan.anchors.length === 0 && scan.bad.length > 0) problems.push(...scan.bad.map((b) => `"${b.text.trim()}": ${b.reason}`));
  if (scan.anchors.length === 0 && scan.bad.length === 0) {
    missing.unshift('number');
    const vague = vagueWords(scan.lower);
    notes.push(vague.length ? `"${vague[0]}" is not a number` : mentionsStrikes(scan.lower) ? 'no number of strikes' : 'no number of strikes, and no strikes mentioned');
  }
  if (missing.length > 0 || problems.length > 0 || !where.ok || !window.ok || !scan.actor.actor) {
    if (scan.anchors.length > 0) notes.push(`numbers: ${scan.anchors.map((a) => `"${a.text}"`).join(', ')}`);
    return refusal(asOf, understood(scan, window, sentenceWhere, notes), [...new Set(missing)], problems);
  }

  const { parts, unread } = readParts(scan, where, window, scan.actor.actor, env);
  if (parts.length === 0) return refusal(asOf, understood(scan, window, sentenceWhere, notes), [], unread.map((u) => `"${u.text}": ${u.reason}`));
  for (const p of parts) notes.push(describeClaim(p));
  for (const u of unread) notes.push(`cannot check "${u.text}": ${u.reason}`);
  return { ok: true, asOf, parts, unread, notes };
}

function refusal(asOf: PublicationDay, what: Understood, missing: string[], problems: string[]): Reading {
  const message = `Cannot check: ${[...problems, ...missing.map((m) => `missing ${m}`)].join('; ')}. Understood: ${what.notes.join('; ')}`;
  return { ok: false, asOf, understood: what, missing, problems, message };
}

function understood(scan: SentenceScan, window: SentenceWindow, where: Sourced<Where> | null, notes: string[]): Understood {
  const windowSource = window.ok && window.window.origin !== 'default' ? { origin: window.window.origin, dating: window.dating.value } : null;
  return { window: window.ok ? window.window.value : window.window, windowSource, where: where?.value ?? null, numbers: scan.anchors.map((a) => a.text), notes };
}

// A sentence without its own window continues the one before: at once when it points back at its strikes.
function continuationOf(scan: SentenceScan, ctx: ClaimContext) {
  const pointsBack = POINTS_BACK.exec(scan.lower)?.[0] ?? (scan.anchors[0]?.ofTotal ? scan.anchors[0].text : null);
  return {
    previous: ctx.document?.lastWindow ?? null,
    strongCue: pointsBack ? `"${pointsBack}"` : null,
    cumulative: CUMULATIVE.test(blank(scan.lower, scan.actor.reporting)),
  };
}

// The places of a part are only examples when its words say so.
function examplesOnly(scan: SentenceScan): (part: number) => string | null {
  return (i) => {
    const a = scan.anchors[i];
    const segment = a ? scan.lower.slice(a.start, scan.anchors[i + 1]?.start ?? scan.lower.length) : '';
    return EXAMPLES_ONLY.exec(segment)?.[0] ?? null;
  };
}

/** The order of day and month a sentence's numeric dates settle ("25/10/2015": day first), or null. */
export function numericOrderIn(sentence: string): DocumentContext['numericOrder'] | null {
  for (const d of findDates(lowerSameLength(normalise(sentence)))) {
    const order = d.expr.kind === 'relative' ? numericOrderOf(d.expr.rel) : null;
    if (order) return order;
  }
  return null;
}

function eventPhrasesOf(t: TimeExpr): string[] {
  if (t.kind === 'event') return [t.phrase];
  if (t.kind === 'range') return [t.from.event, t.to.event].filter((e): e is string => e !== null);
  if (t.kind === 'since') return t.from.event ? [t.from.event] : [];
  if (t.kind === 'until') return t.to.event ? [t.to.event] : [];
  return [];
}

// A numeric date with a part above 12 settles the order of the others in the sentence and its document.
function numericOrder(scan: SentenceScan, ctx: ClaimContext): Pick<TimeEnv, 'numericOrder'> {
  for (const d of scan.dates) {
    const order = d.expr.kind === 'relative' ? numericOrderOf(d.expr.rel) : null;
    if (order) return { numericOrder: { order: order.order, because: order.because.replace('elsewhere in the text', 'in the same sentence') } };
  }
  return ctx.document?.numericOrder ? { numericOrder: ctx.document.numericOrder } : {};
}
