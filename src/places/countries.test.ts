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
