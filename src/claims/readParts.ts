import { containsWindow, formatWindow, windowDays, type Window } from '../analysis/index.js';
import type { Anchor } from './quantities.js';
import type { SentenceWindow } from './readWindow.js';
import { eventPlaceOf, type WhereReading } from './readWhere.js';
import type { SentenceScan } from './scan.js';
import type { TimeExpr } from './timePhrases.js';
import type { ReadPart, Sourced, Unit, UnreadPart, Where } from './types.js';
import { describeWindow, resolveTime, type TimeEnv } from './windowing.js';

/** More strikes than the whole campaign declared (about 34,000 from 2014 to 2019): a typo, not a claim. */
export const MAX_PLAUSIBLE_COUNT = 100_000;

const UNIT_WORDS: Record<Exclude<Anchor['unit'], Unit>, string> = {
  sorties: 'sorties (flights) are not strikes',
  munitions: 'bombs and munitions are not strikes: one strike may release many',
  targets: 'targets are not strikes: one strike may hit several',
};

/**
 * One part per number of the sentence, with the sentence's window, dating and actor and its own places: a
 * part's own time phrase narrows the window ("…, including 23 strikes between 19 and 27 February"). Numbers
 * of another unit, impossible numbers, shares without their part and places given only as examples are
 * listed as unread, with the reason.
 */
export function readParts(
  scan: SentenceScan,
  where: Extract<WhereReading, { ok: true }>,
  window: Extract<SentenceWindow, { ok: true }>,
  actor: Sourced<string>,
  env: TimeEnv,
): { parts: ReadPart[]; unread: UnreadPart[] } {
  const parts: ReadPart[] = [];
  const unread: UnreadPart[] = scan.bad.map((b) => ({ text: b.text.trim(), missing: [], reason: b.reason }));
  const sentenceWhere = where.parts[0] as Sourced<Where>;
  const used = new Set(window.used);
  let lastTotal = -1;
  scan.anchors.forEach((anchor, i) => {
    const partOf = anchor.ofTotal && lastTotal >= 0 ? lastTotal : null;
    if (!anchor.ofTotal) lastTotal = parts.length;
    if (anchor.unit !== 'strikes' && anchor.unit !== 'engagements') {
      unread.push({ text: anchor.text, missing: [], reason: `${UNIT_WORDS[anchor.unit]}; the ledger counts strikes (and the engagements releases state), so "${anchor.text}" is not checked` });
      return;
    }
    if (anchor.count && anchor.count.value > MAX_PLAUSIBLE_COUNT) {
      unread.push({ text: anchor.text, missing: [], reason: `${anchor.count.value} is more strikes than the whole campaign declared (about 34,000 from 2014 to 2019): not a count anyone could check` });
      return;
    }
    const partWhere = where.parts[scan.head(i)] ?? sentenceWhere;
    if ('unread' in partWhere) {
      unread.push({ text: anchor.text, missing: ['place'], reason: partWhere.unread });
      return;
    }
    const own = scan.times.filter((t) => scan.owner(t.start) === i && !used.has(t) && t.kind !== 'statement' && t.kind !== 'aside');
    const partEnv: TimeEnv = { ...env, place: eventPlaceOf(partWhere.value, scan.places) ?? env.place, enclosing: window.window.value };
    const built = buildPart(anchor, own[0] ?? null, partEnv, {
      where: partWhere,
      window: window.window,
      windowAlternatives: window.alternatives,
      dating: window.dating,
      unit: { value: anchor.unit, origin: 'sentence', note: `unit: ${anchor.unit}, from "${anchor.text}"` },
      actor,
      partOf,
    });
    if ('missing' in built) unread.push(built);
    else {
      if (partWhere !== sentenceWhere) built.notes.unshift(partWhere.note);
      parts.push(built);
    }
  });
  return { parts, unread };
}

interface PartSources {
  where: Sourced<Where>;
  window: Sourced<Window>;
  windowAlternatives: Window[];
  dating: ReadPart['dating'];
  unit: Sourced<Unit>;
  actor: Sourced<string>;
  partOf: number | null;
}

function buildPart(anchor: Anchor, subExpr: TimeExpr | null, env: TimeEnv, sources: PartSources): ReadPart | UnreadPart {
  const enclosing = sources.window.value;
  const sub = subExpr ? resolveTime(subExpr, env) : null;
  if (sub && !sub.ok) return { text: anchor.text, missing: sub.missing, reason: [...sub.problems, ...sub.notes].join('; ') || `cannot read "${subExpr!.text}"` };
  // "… and 7,831 in Syria since the start of the campaign": a phrase holding the sentence's window is the sentence's.
  const holds = sub?.ok && containsWindow(sub.window, enclosing) && !containsWindow(enclosing, sub.window);
  const own = sub?.ok && !holds ? sub : null;
  const notes = own ? [`its window from "${subExpr!.text}"`, ...own.notes] : holds ? [`"${subExpr!.text}" holds the sentence's window`] : [];
  if (own && !containsWindow(enclosing, own.window)) notes.push(`note: ${formatWindow(own.window)} is not inside the sentence's window ${formatWindow(enclosing)}`);
  if (sources.partOf !== null) notes.unshift(`part of the total of claim ${sources.partOf + 1}`);
  const base = { text: anchor.text, ...sources, notes };
  const ownWindow: Sourced<Window> | null = own ? { value: own.window, origin: 'sentence', note: `window ${describeWindow(own.window)}: from "${subExpr!.text}"` } : null;
  switch (anchor.kind) {
    case 'count':
      return { kind: 'count', ...base, window: ownWindow ?? sources.window, windowAlternatives: own ? own.alternatives ?? [] : sources.windowAlternatives, claimed: anchor.count! };
    case 'share':
      if (!own) return { text: anchor.text, missing: ['sub-window'], reason: 'a share needs the part of the window it is about ("during the offensive", "in February")' };
      return { kind: 'share', ...base, windowAlternatives: [], subWindow: own.window, subEventName: own.eventName, claimedShare: anchor.share! };
    case 'streak': {
      const days = anchor.days!;
      const searched = own?.window ?? enclosing;
      if (windowDays(searched) < days) return { text: anchor.text, missing: [], reason: `${days} consecutive days cannot fit in ${describeWindow(searched)}` };
      if (own && windowDays(own.window) !== days) notes.push(`the window has ${windowDays(own.window)} days: any ${days} consecutive days inside it are checked`);
      return { kind: 'streak', ...base, window: ownWindow ?? sources.window, windowAlternatives: [], days, strikes: anchor.count };
    }
  }
}
