import { containsWindow, type Day, type Window } from '../analysis/index.js';
import type { TimeExpr } from './timePhrases.js';
import type { DatedBy, PublicationDay, Sourced } from './types.js';
import { describeWindow, resolveTime, type TimeEnv } from './windowing.js';

/** The window a sentence gives its claims, the dating to count with, and the time phrases it used. */
export type SentenceWindow =
  | { ok: true; window: Sourced<Window>; dating: Sourced<DatedBy>; notes: string[]; used: TimeExpr[]; alternatives: Window[] }
  | { ok: false; missing: string[]; problems: string[]; notes: string[]; window: Window | null };

/** What a sentence tells the reader about the claims it continues, for a sentence without its own window. */
export interface Continuation {
  /** The window and dating of the last sentence before it that had one, its line, and how many sentences back. */
  previous: { line: number; window: Window; dating: DatedBy; distance: number } | null;
  /** Words that point back at earlier strikes ("ten of the strikes", "of them", "the other strikes"): they beat a statement day. */
  strongCue: string | null;
  /** "has conducted", "have flown": a running total, not the strikes of the sentences before. */
  cumulative: boolean;
}

/** Sentences back that a sentence without a time phrase still continues; "of the strikes" reaches further. */
export const CONTINUES_WITHIN = 3;
const POINTS_BACK_WITHIN = 6;

/**
 * The sentence's window: its first window phrase (the first part's, else the only one), narrowed by later
 * phrases of the first part inside it; two phrases that do not nest are refused. A sentence whose only time
 * phrase dates a statement ("…, the task force said on Wednesday") counts the strikes released that day,
 * by release day. A sentence with no time phrase continues the previous claim of its document when it says
 * so ("it added", "of the strikes"), and is otherwise read up to the publication day.
 */
export function readSentenceWindow(times: TimeExpr[], owner: (offset: number) => number, env: TimeEnv, shareFirst: boolean, continuation: Continuation): SentenceWindow {
  const windows = times.filter((t) => t.kind !== 'statement' && t.kind !== 'aside');
  const statements = times.filter((t) => t.kind === 'statement');
  const asides = times.flatMap((t) => (t.kind === 'aside' ? [t.why] : []));
  // the user may ask for release days (--dated-by reported); a sentence's own statement day still wins
  const strikeDay: Sourced<DatedBy> = env.ctx.datedBy === 'reported'
    ? { value: 'reported', origin: 'default', note: 'counted on the day each release was issued (release day), as asked' }
    : { value: 'strike', origin: 'default', note: 'counted on the day each strike happened (its strike day)' };
  const firstOwned = windows.filter((t) => owner(t.start) === 0);
  const mine = firstOwned.length > 0 ? firstOwned : windows.slice(0, 1);
  // "a quarter of its strikes … during the offensive in 2016": the window holding the other is the whole.
  if (shareFirst && mine.length >= 2) {
    const [a, b] = [resolveTime(mine[0]!, env), resolveTime(mine[1]!, env)];
    if (a.ok && b.ok && containsWindow(b.window, a.window) && !containsWindow(a.window, b.window)) mine.splice(0, 2, mine[1]!, mine[0]!);
  }
  const first = mine[0];
  if (first) {
    const r = resolveTime(first, env);
    if (!r.ok) return { ok: false, missing: r.missing, problems: r.problems, notes: [`window not understood from "${first.text}"`, ...r.notes], window: null };
    let window = r.window;
    const notes = [...r.notes];
    // a narrowed window has no alternatives: the narrower phrase settled it
    const used = [first];
    for (const t of mine.slice(1)) {
      if (shareFirst) break;
      const inner = resolveTime(t, { ...env, enclosing: window });
      if (!inner.ok) return { ok: false, missing: inner.missing, problems: inner.problems, notes: [`window not understood from "${t.text}"`, ...inner.notes], window };
      if (isSoFar(first) || isSoFar(t)) {
        return { ok: false, missing: [], problems: [`"${first.text}" and "${t.text}": cannot tell whether the count is for one or up to the other`], notes, window };
      }
      if (containsWindow(window, inner.window)) {
        window = inner.window;
        notes.push(`narrowed by "${t.text}"`, ...inner.notes);
        used.push(t);
      } else if (containsWindow(inner.window, window)) {
        notes.push(`"${t.text}" holds it`);
        used.push(t);
      } else {
        return { ok: false, missing: [], problems: [`two time phrases that do not nest: "${first.text}" (${describeWindow(window)}) and "${t.text}" (${describeWindow(inner.window)})`], notes, window };
      }
    }
    const statement = statements[0];
    if (statement) notes.push(`"${statement.text}" dates the statement, not the strikes`);
    const window0: Sourced<Window> = { value: window, origin: isSoFar(first) ? 'publication date' : 'sentence', note: `window ${describeWindow(window)}: from "${first.text}"` };
    return { ok: true, window: window0, dating: strikeDay, notes: [...notes, ...asides], used, alternatives: used.length === 1 ? r.alternatives ?? [] : [] };
  }
  const previous = continuation.previous;
  const carried = (why: string): SentenceWindow => ({
    ok: true,
    window: { value: previous!.window, origin: 'document', note: `window ${describeWindow(previous!.window)}: no time phrase; ${why}, so the window of line ${previous!.line} is taken` },
    dating: { value: previous!.dating, origin: 'document', note: previous!.dating === 'reported' ? 'counted by release day, as the sentence it continues' : strikeDay.note },
    notes: asides,
    used: [],
    alternatives: [],
  });
  if (previous && continuation.strongCue && previous.distance <= POINTS_BACK_WITHIN) return carried(`${continuation.strongCue} points back at the strikes of line ${previous.line}`);
  const statement = statements[0];
  if (statement) {
    const r = resolveTime(statement, env);
    if (!r.ok) return { ok: false, missing: r.missing, problems: r.problems, notes: [`statement day not understood from "${statement.text}"`, ...r.notes], window: null };
    return {
      ok: true,
      window: { value: r.window, origin: 'sentence', note: `window ${describeWindow(r.window)}: the sentence gives no day for the strikes, only for the statement ("${statement.text}"), so the strikes the releases of that day report are counted` },
      dating: { value: 'reported', origin: 'sentence', note: `counted on the day the strikes were reported (release day), from "${statement.text}"` },
      notes: [...r.notes, ...asides],
      used: [statement],
      alternatives: [],
    };
  }
  if (previous && previous.distance <= CONTINUES_WITHIN && !continuation.cumulative) {
    return carried(`it follows ${previous.distance === 1 ? 'the sentence' : `${previous.distance} sentences`} after line ${previous.line} in the same report`);
  }
  return { ok: true, window: defaultWindow(env.recordStart, env.asOf), dating: strikeDay, notes: asides, used: [], alternatives: [] };
}

function defaultWindow(recordStart: Day, asOf: PublicationDay): Sourced<Window> {
  const window = { from: recordStart, to: asOf.day };
  const until = asOf.explicit ? `the publication day (${asOf.day}, ${asOf.source})` : `today (${asOf.day}; no publication day given)`;
  return { value: window, origin: 'default', note: `window ${describeWindow(window)}: no time phrase in the sentence, so every strike from the start of the record (${recordStart}) up to ${until}` };
}

function isSoFar(t: TimeExpr): boolean {
  return t.kind === 'date' && t.date.expr.kind === 'relative' && t.date.expr.rel.kind === 'so-far';
}
