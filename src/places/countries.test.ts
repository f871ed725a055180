import { describe, expect, it } from 'vitest';
import { countryCodeOf, isCountryName } from './countries.js';

describe('countryCodeOf', () => {
  it.each([
    ['Syria', 'SY'],
    ['Iraq', 'IQ'],
    ['Tikrit, Iraq', 'IQ'],
    ['Strikes in Syria', 'SY'],
    ['sy', 'SY'],
    ['IQ', 'IQ'],
    ['Syrian Arab Republic', 'SY'],
    ['Kurdistan', 'IQ'],
    ['Jordan', 'JO'],
    ['Equatorial Guinea', 'GQ'],
    ['Côte d’Ivoire', 'CI'],
  ])('reads "%s" as %s', (section, code) => {
    expect(countryCodeOf(section)).toBe(code);
  });

  it('returns null when the text names no country or two', () => {
    expect(countryCodeOf('Near Mosul')).toBeNull();
    expect(countryCodeOf('Syria and Iraq')).toBeNull();
    expect(countryCodeOf('')).toBeNull();
    expect(countryCodeOf('ZZ')).toBeNull();
  });

  it('tells a country name from a place name', () => {
    expect(isCountryName('Saudi Arabia')).toBe(true);
    expect(isCountryName('Raqqa')).toBe(false);
  });
});

describe('the region tables cache', () => {
  it('keeps the names ICU gives, under its ICU version', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { writeRegionCache } = await import('./countries.js');
    const dir = mkdtempSync(join(tmpdir(), 'airledger-regions-'));
    try {
      writeRegionCache(join(dir, 'regions.json'));
      const cache = JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8')) as { icu: string; names: Array<[string, string]>; codes: string[] };
      expect(cache.icu).toBe(process.versions.icu);
      expect(new Map(cache.names).get('syria')).toBe('SY');
      expect(cache.codes).toContain('IQ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
