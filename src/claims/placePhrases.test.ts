import { describe, expect, it } from 'vitest';
import { AROUND_RADIUS_KM, readPlaces } from './placePhrases.js';
import { palmyraLedger } from '../../test/support/palmyraLedger.js';

const known = palmyraLedger().knownPlace;
const read = (text: string) => readPlaces(text, text.toLowerCase(), known, []);

describe('place phrases', () => {
  it('gives "in and around", "near", "around" and "and its surroundings" the default radius', () => {
    expect(AROUND_RADIUS_KM).toBe(25);
    for (const text of ['strikes in and around Palmyra', 'strikes near Tadmur', 'strikes around Palmyra', 'Palmyra and its surroundings saw strikes']) {
      const [m] = read(text).mentions;
      expect(m).toMatchObject({ radiusKm: 25, scope: { kind: 'place', key: 'Palmyra' } });
    }
  });

  it('reads "in X" as the place itself and "within 20 km of X" as a 20 km radius', () => {
    expect(read('eight strikes in Palmyra').mentions[0]).toMatchObject({ relation: 'in', radiusKm: 0 });
    expect(read('strikes within 20 km of Palmyra').mentions[0]).toMatchObject({ relation: 'within', radiusKm: 20 });
    expect(read('strikes within 10 miles of Palmyra').mentions[0]).toMatchObject({ radiusKm: 16.1 });
  });

  it('reads a country as the whole country', () => {
    expect(read('strikes in Syria').mentions[0]?.scope).toEqual({ kind: 'country', name: 'Syria', code: 'SY' });
  });

  it('reports a capitalised name no place has, but not months, actors or "around 40"', () => {
    expect(read('strikes near Atlantis').unknown).toEqual(['Atlantis']);
    expect(read('in March the coalition struck around 40 targets in total').unknown).toEqual([]);
    expect(read('OIR launched strikes against IS in Operation Inherent Resolve').unknown).toEqual([]);
  });

  it('notices "the city" as a place named elsewhere', () => {
    expect(read('the regime retaking the city').anaphora).toBe('the city');
  });
});
