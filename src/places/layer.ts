import { compactKey } from './fold.js';
import type { GazetteerEntry, PlaceName } from './types.js';

/** One name of one place as the indexes hold it. */
export interface NameRef {
  key: string;
  name: string;
  /** Curated or user alias: outranks ordinary names when two places share a name. */
  alias: boolean;
}

/** What a gazetteer asks of each of its layers. Layers never change once built. */
export interface GazetteerLayer {
  /** The entry this layer holds under `key`, without names other layers add. */
  entry(key: string): GazetteerEntry | undefined;
  /** Names this layer adds to places of any layer (`PlaceName`s). */
  extraNames(key: string): readonly NameRef[];
  /** Names whose compact fold (see `compactKey`) equals `compact`. */
  namesWithKey(compact: string): readonly NameRef[];
  /** Keys of this layer's places in one country. */
  keysIn(countryCode: string): Iterable<string>;
  keys(): Iterable<string>;
}

/** A layer held as plain entries: curated places, imported dumps, pins, aliases. */
export class EntryLayer implements GazetteerLayer {
  private readonly entries = new Map<string, GazetteerEntry>();
  private readonly byCompact = new Map<string, NameRef[]>();
  private readonly byCountry = new Map<string, string[]>();
  private readonly extra = new Map<string, NameRef[]>();

  constructor(entries: readonly GazetteerEntry[], names: readonly PlaceName[] = []) {
    for (const entry of entries) {
      const key = entry.place.key;
      const previous = this.entries.get(key);
      this.entries.set(key, previous
        ? { place: entry.place, names: [...previous.names, ...entry.names], aliases: [...(previous.aliases ?? []), ...(entry.aliases ?? [])] }
        : entry);
      if (!previous) push(this.byCountry, entry.place.countryCode, key);
      for (const name of [entry.place.name, ...entry.names]) this.index({ key, name, alias: false });
      for (const name of entry.aliases ?? []) this.index({ key, name, alias: true });
    }
    for (const n of names) {
      const ref = { key: n.placeKey, name: n.name, alias: n.kind === 'alias' };
      push(this.extra, n.placeKey, ref);
      this.index(ref);
    }
  }

  entry(key: string): GazetteerEntry | undefined {
    return this.entries.get(key);
  }

  extraNames(key: string): readonly NameRef[] {
    return this.extra.get(key) ?? [];
  }

  namesWithKey(compact: string): readonly NameRef[] {
    return this.byCompact.get(compact) ?? [];
  }

  keysIn(countryCode: string): Iterable<string> {
    return this.byCountry.get(countryCode) ?? [];
  }

  keys(): Iterable<string> {
    return this.entries.keys();
  }

  private index(ref: NameRef): void {
    const compact = compactKey(ref.name);
    if (compact === '') return;
    const refs = this.byCompact.get(compact);
    if (!refs) this.byCompact.set(compact, [ref]);
    else if (!refs.some((r) => r.key === ref.key && r.alias === ref.alias)) refs.push(ref);
  }
}

export function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
