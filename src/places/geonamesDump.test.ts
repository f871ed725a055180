import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { parseGeonamesDump } from './geonamesDump.js';
import { resolvePlace } from './resolve.js';

const FIXTURE = new URL('../../test/fixtures/geonames-SY-sample.txt', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');

describe('parseGeonamesDump', () => {
  const result = parseGeonamesDump(text, { sourceUri: 'geonames-SY-sample.txt' });

  it('reads populated places with their alternate names', () => {
    expect(result.entries).toHaveLength(10);
    const tadmur = result.entries.find((e) => e.place.key === 'geonames:163808');
    expect(tadmur?.place).toMatchObject({ name: 'Tadmur', countryCode: 'SY', lat: 34.5624, lon: 38.28402, population: 51015, featureCode: 'PPLA2', source: 'geonames-dump' });
    expect(tadmur?.names).toEqual(expect.arrayContaining(['Palmyra', 'Palmira', 'Tadmor', 'تدمر']));
  });

  it('reports bad rows with their line numbers', () => {
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 12, reason: expect.stringContaining('found 18') }),
      expect.objectContaining({ line: 13, reason: expect.stringContaining('bad latitude "36.2N"') }),
    ]);
    expect(result.errors[0]?.message).toMatch(/^geonames-SY-sample\.txt:12: /);
  });

  it('leaves out hills unless asked for them', () => {
    expect(result.skipped).toBe(1);
    const withHills = parseGeonamesDump(text, { sourceUri: 'x', featureClasses: ['P', 'T'] });
    expect(withHills.entries.some((e) => e.place.featureCode === 'HLL')).toBe(true);
  });

  it('lets "Palmira" resolve once the dump is imported', () => {
    const empty = new Gazetteer();
    expect(resolvePlace(empty, 'Palmira', { country: 'Syria' }).place).toBeNull();
    const imported = empty.withEntries(result.entries);
    const r = resolvePlace(imported, 'Palmira', { country: 'Syria' });
    expect(r).toMatchObject({ status: 'resolved', method: 'exact', confidence: 1 });
    expect(r.place?.key).toBe('geonames:163808');
  });

  it('merges dump rows into the built-in places with the same GeoNames id', () => {
    const g = Gazetteer.builtIn().withEntries(result.entries);
    expect(g.get('geonames:163808')?.source).toBe('geonames-dump');
    expect(g.entry('geonames:163808')?.aliases).toContain('Palmyra');
    expect(resolvePlace(g, 'Tudmor', { country: 'Syria' }).place?.key).toBe('geonames:163808');
    expect(resolvePlace(g, 'Sinjar', { country: 'Iraq' }).place?.countryCode).toBe('IQ');
  });

  it('reads a dump with Windows line endings', () => {
    const crlf = parseGeonamesDump(text.replaceAll('\n', '\r\n'), { sourceUri: 'x' });
    expect(crlf.entries).toHaveLength(10);
    expect(crlf.errors.map((e) => e.line)).toEqual([12, 13]);
  });
});
