import { foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import type { Place } from './types.js';

/** A place with the names a reader may use for it (Latin script, one per folded form). */
export interface NamedPlace {
  key: string;
  name: string;
  aliases: string[];
}

export interface ExactPlaceNames {
  knownPlace(name: string): NamedPlace | null;
  placeByKey(key: string): NamedPlace | null;
}


/**
 * Places in the given countries by one of their names, matched exactly after folding (case, diacritics,
 * Arabic articles, spaces: "Tadmur", "palmyra", "Ar Raqqah"); never by spelling distance, because claim
 * parsing tries every run of words of a sentence. The countries are the ledger's theatre, so that "Of" in a
 * sentence is never Turkey's Of. Where two places share a name, an alias outranks a plain name, then the
 * larger population wins. Null when no place there has the name.
 */
export function exactPlaceNames(gazetteer: Gazetteer, countries: ReadonlySet<string>): ExactPlaceNames {
  const cache = new Map<string, NamedPlace | null>();
  const placeByKey = (key: string): NamedPlace | null => {
    const entry = gazetteer.entry(key);
    if (!entry) return null;
    const seen = new Set([foldName(entry.place.name)]);
    const aliases: string[] = [];
    // Latin-script names only: a dump's Arabic or Cyrillic alternates never meet an English claim.
    for (const name of [...(entry.place.gazetteerName ? [entry.place.gazetteerName] : []), ...(entry.aliases ?? []), ...entry.names]) {
      const folded = foldName(name);
      if (!/^[\p{Script=Latin}\d\s'’.-]+$/u.test(name) || seen.has(folded)) continue;
      seen.add(folded);
      aliases.push(name);
    }
    return { key, name: entry.place.name, aliases };
  };
  const knownPlace = (name: string): NamedPlace | null => {
    const compact = foldName(name).replaceAll(' ', '');
    if (compact === '') return null;
    if (cache.has(compact)) return cache.get(compact)!;
    const candidates = gazetteer
      .namesWithKey(compact)
      .map((ref) => ({ ref, place: gazetteer.get(ref.key) }))
      .filter((c): c is { ref: typeof c.ref; place: Place } => c.place !== undefined && countries.has(c.place.countryCode))
      .sort((a, b) => Number(b.ref.alias) - Number(a.ref.alias) || b.place.population - a.place.population);
    const found = candidates[0] ? placeByKey(candidates[0].place.key) : null;
    cache.set(compact, found);
    return found;
  };
  return { knownPlace, placeByKey };
}
