import { describe, expect, it } from 'vitest';
import { exactPlaceNames } from './exactNames.js';
import { Gazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve.js';
import { displayName } from './englishNames.js';

describe('English names first', () => {
  const g = Gazetteer.builtIn();

  it.each([
    ['geonames:163808', 'Palmyra', 'Tadmur'],
    ['geonames:172955', 'Raqqa', 'Ar Raqqah'],
    ['geonames:172256', 'Kobani', '‘Ayn al ‘Arab'],
    ['geonames:99454', 'Fallujah', 'Al Fallūjah'],
    ['geonames:90393', 'Tal Afar', 'Tall ‘Afar'],
  ])('names %s "%s" and keeps the gazetteer’s "%s" beside it', (key, english, gazetteer) => {
    expect(g.get(key)).toMatchObject({ name: english, gazetteerName: gazetteer });
    expect(g.entry(key)?.names[0]).toBe(gazetteer);
  });

  it('leaves a place whose gazetteer name is already the English one as it is', () => {
    expect(g.get('geonames:170794')).toMatchObject({ name: 'Deir ez-Zor' });
    expect(g.get('geonames:170794')?.gazetteerName).toBeUndefined();
  });

  it('resolves the gazetteer’s name and the English name to the same place, shown in English', () => {
    const byGazetteer = resolvePlace(g, 'Tadmur', { country: 'Syria' });
    const byEnglish = resolvePlace(g, 'Palmyra', { country: 'Syria' });
    expect(byGazetteer.place?.key).toBe('geonames:163808');
    expect(byEnglish.place?.key).toBe('geonames:163808');
    expect(byGazetteer.place?.name).toBe('Palmyra');
  });

  it('lists the gazetteer’s name first among the other names a reader may use', () => {
    const place = exactPlaceNames(g, new Set(['SY', 'IQ'])).knownPlace('Tadmur');
    expect(place).toMatchObject({ name: 'Palmyra' });
    expect(place?.aliases[0]).toBe('Tadmur');
    expect(place?.aliases).not.toContain('Palmyra');
  });

  it('shows rows stored under the gazetteer’s name in English', () => {
    expect(displayName('geonames:163808', 'Tadmur')).toBe('Palmyra');
    expect(displayName('curated:kisik', 'Kisik')).toBe('Kisik');
    expect(displayName(null, 'Somewhere')).toBe('Somewhere');
  });
});
