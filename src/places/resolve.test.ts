import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve.js';
import type { GazetteerEntry } from './types.js';

const gazetteer = Gazetteer.builtIn();
const TADMUR = 'geonames:163808';
const DEIR_EZ_ZOR = 'geonames:170794';
const RAQQA = 'geonames:172955';

function keyOf(name: string, country?: string): string | undefined {
  return resolvePlace(gazetteer, name, country === undefined ? {} : { country }).place?.key;
}

describe('resolvePlace', () => {
  it('resolves Tadmur and Palmyra to one place', () => {
    for (const name of ['Tadmur', 'Palmyra', 'Tadmor', 'Palmira']) {
      const r = resolvePlace(gazetteer, name, { country: 'Syria' });
      expect(r.status, name).toBe('resolved');
      expect(r.place?.key, name).toBe(TADMUR);
    }
  });

  it('reads Palmyra without a country as Tadmur, not a town in Australia', () => {
    expect(keyOf('Palmyra')).toBe(TADMUR);
  });

  it('keeps Al Baghdadi apart from Baghdad', () => {
    const baghdad = keyOf('Baghdad', 'Iraq');
    expect(baghdad).toBe('geonames:98182');
    for (const name of ['Al Baghdadi', 'Baghdadi']) {
      const r = resolvePlace(gazetteer, name, { country: 'Iraq' });
      expect(r.place?.key, name).toBe('curated:al-baghdadi');
      expect(r.place?.lat).toBeCloseTo(33.87, 1);
    }
  });

  it('does not take Baghdadi for a typo of Baghdad even without the curated town', () => {
    const onlyBaghdad = new Gazetteer([gazetteer.entry('geonames:98182') as GazetteerEntry]);
    const r = resolvePlace(onlyBaghdad, 'Baghdadi', { country: 'Iraq' });
    expect(r.status).not.toBe('resolved');
  });

  it('resolves Sinjar under Iraq to the Iraqi town', () => {
    const r = resolvePlace(gazetteer, 'Sinjar', { country: 'Iraq' });
    expect(r.status).toBe('resolved');
    expect(r.place?.countryCode).toBe('IQ');
    expect(r.place?.lat).toBeCloseTo(36.32, 1);
    expect(r.place?.lon).toBeCloseTo(41.88, 1);
  });

  it('resolves Sinjar under Syria to the Syrian village', () => {
    expect(resolvePlace(gazetteer, 'Sinjar', { country: 'Syria' }).place?.key).toBe('geonames:164094');
  });

  it('flags Raqqa reported under Iraq as a country mismatch', () => {
    const r = resolvePlace(gazetteer, 'Raqqa', { country: 'Iraq' });
    expect(r.place?.key).toBe(RAQQA);
    expect(r.countryMismatch).toBe(true);
    expect(r.confidence).toBeLessThan(1);
  });

  it('flags Al Qaim reported under Syria as the Iraqi border town', () => {
    const r = resolvePlace(gazetteer, 'Al Qaim', { country: 'Syria' });
    expect(r.place?.countryCode).toBe('IQ');
    expect(r.countryMismatch).toBe(true);
  });

  it('sends an unknown name to review with no place', () => {
    const r = resolvePlace(gazetteer, 'Barghooth', { country: 'Syria' });
    expect(r.status).toBe('review');
    expect(r.place).toBeNull();
    expect(r.method).toBe('none');
    expect(r.note).toContain('Barghooth');
  });

  it('keeps unresolved for text with no letters', () => {
    expect(resolvePlace(gazetteer, ' * ', { country: 'Syria' }).status).toBe('unresolved');
  });

  it.each([
    'Dayr Az Zawr', 'Deir ez-Zor', 'Dayr az Zawr', 'Dayz Ar Awr', 'Dawr az Zawr', 'Day az Zawr', 'Dayr as Zawr', 'Dayz ar Zawr',
  ])('resolves "%s" to Deir ez-Zor', (name) => {
    const r = resolvePlace(gazetteer, name, { country: 'Syria' });
    expect(r.status).toBe('resolved');
    expect(r.place?.key).toBe(DEIR_EZ_ZOR);
  });

  it.each([
    ['Mahkmur', 'Iraq', 'geonames:93818'],
    ['Tirkrit', 'Iraq', 'geonames:90150'],
    ['Walweed', 'Iraq', 'curated:al-walid'],
    ['Al-Haskah', 'Syria', 'geonames:173811'],
  ])('forgives the typo "%s" under %s', (name, country, key) => {
    const r = resolvePlace(gazetteer, name, { country });
    expect(r.status).toBe('resolved');
    expect(r.place?.key).toBe(key);
    expect(r.confidence).toBeLessThan(1);
  });

  it('matches names written with or without diacritics and ayn marks', () => {
    expect(keyOf('Tall ‘Afar', 'Iraq')).toBe(keyOf('Tal Afar', 'Iraq'));
    expect(keyOf('Mar’a', 'Syria')).toBe('geonames:167245');
    expect(keyOf("Mare'", 'Syria')).toBe('geonames:167245');
    expect(keyOf('Al Ḩawījah', 'Iraq')).toBe(keyOf('Hawija', 'Iraq'));
    expect(keyOf('‘Ayn al ‘Arab', 'Syria')).toBe(keyOf('Kobani', 'Syria'));
  });

  it('needs an exact match for names under four letters', () => {
    expect(keyOf('Hit', 'Iraq')).toBe('geonames:95788');
    expect(resolvePlace(gazetteer, 'Hut', { country: 'Iraq' }).place).toBeNull();
  });

  it('gives confidence 1 to an exact or alias match in the section country', () => {
    const r = resolvePlace(gazetteer, 'Mosul', { country: 'Iraq' });
    expect(r).toMatchObject({ status: 'resolved', confidence: 1, method: 'exact', countryMismatch: false });
    expect(resolvePlace(gazetteer, 'Kobani', { country: 'Syria' }).method).toBe('alias');
  });

  it('sends a compound name to review with both places as candidates', () => {
    const r = resolvePlace(gazetteer, 'Al Hasakah and Dayr Az Zawr', { country: 'Syria' });
    expect(r.status).toBe('review');
    expect(r.place).toBeNull();
    expect(r.candidates.map((c) => c.place.key)).toEqual(['geonames:173811', DEIR_EZ_ZOR]);
    expect(r.parts).toHaveLength(2);
  });

  it('resolves two names for one place written together', () => {
    expect(resolvePlace(gazetteer, 'Tabqa/Ath Thawrah', { country: 'Syria' }).status).toBe('resolved');
  });

  it('strips a province qualifier the parser left on', () => {
    const r = resolvePlace(gazetteer, 'Hit in Al Anbar Province', { country: 'Iraq' });
    expect(r.status).toBe('resolved');
    expect(r.place?.key).toBe('geonames:95788');
  });

  it('reads the country from a section like "Tikrit, Iraq"', () => {
    expect(keyOf('Tikrit', 'Tikrit, Iraq')).toBe('geonames:90150');
  });

  it('sends curated places with rough coordinates to review', () => {
    const r = resolvePlace(gazetteer, 'Albu Hayat', { country: 'Iraq' });
    expect(r.status).toBe('review');
    expect(r.place?.key).toBe('curated:albu-hayat');
    expect(r.note).toMatch(/approximate/);
  });

  it('falls back to the leading words of a sentence fragment, for review', () => {
    for (const text of ['Sinjar three airstrikes struck an ISIL tactical unit and an ISIL sniper position', 'Al Huwayjah an airstrike destroyed an ISIL checkpoint']) {
      const r = resolvePlace(gazetteer, text, { country: 'Iraq' });
      expect(r.status, text).toBe('review');
      expect(r.place?.countryCode, text).toBe('IQ');
      expect(r.note, text).toMatch(/leading words/);
    }
  });

  it('sends two equally good far-apart places to review', () => {
    const place = (key: string, lat: number) => ({
      place: { key, name: 'Tall Xanadu', countryCode: 'SY', lat, lon: 38, population: 0, featureCode: 'PPL', source: 'geonames-dump' as const },
      names: [],
    });
    const g = new Gazetteer([place('geonames:1', 35), place('geonames:2', 36)]);
    const r = resolvePlace(g, 'Tall Xanadu', { country: 'Syria' });
    expect(r.status).toBe('review');
    expect(r.candidates).toHaveLength(1);
  });

  it('resolves a name in well under a millisecond once the gazetteer is built', () => {
    const names = ['Dayr Az Zawr', 'Mahkmur', 'Kobani', 'Raqqa', 'Sultan Abdallah', 'Dayz ar Zawr'];
    const start = performance.now();
    for (let i = 0; i < 200; i++) for (const n of names) resolvePlace(gazetteer, n, { country: i % 2 ? 'Syria' : 'Iraq' });
    expect((performance.now() - start) / 1200).toBeLessThan(0.5);
  });
});
