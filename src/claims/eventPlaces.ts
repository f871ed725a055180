import { eventForPhrase } from '../control/index.js';
import type { ClaimContext, KnownPlace } from './types.js';

/**
 * The place a sentence is about when it names none but speaks of a control event ("the onset of the IS
 * offensive", "the regime coalition retaking the city"): the one place whose control data settles one of
 * the phrases. Null when no place, or more than one, does.
 */
export function inferPlaceFromEvents(phrases: readonly string[], ctx: ClaimContext): { place: KnownPlace; note: string } | null {
  const control = ctx.control;
  if (!control || phrases.length === 0) return null;
  const keys = [...new Set([...control.periods.map((p) => p.placeKey), ...control.events.map((e) => e.placeKey)])];
  const hits = new Map<string, string>();
  for (const key of keys) {
    for (const phrase of phrases) {
      if (hits.has(key)) break;
      const settled = eventForPhrase(phrase, key, control.periods, control.events);
      if (settled) hits.set(key, phrase);
    }
  }
  if (hits.size !== 1) return null;
  const [key, phrase] = [...hits][0]!;
  const place = ctx.placeByKey?.(key) ?? ctx.knownPlace(key) ?? { key, name: key, aliases: [] };
  return { place, note: `not named in the sentence; "${phrase}" is an event in the control timeline of ${place.name} only (radius 0: records resolved to the place)` };
}
