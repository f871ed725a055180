import { describe, expect, it } from 'vitest';
import { findPlaceIn, parsePlaceLead } from './placePhrases.js';

describe('parsePlaceLead', () => {
  it.each([
    ['Near Tadmur,', 'Tadmur', 'near', null],
    ['Near Tal Jibbin ,', 'Tal Jibbin', 'near', null],
    ['Near Al Asad*,', 'Al Asad', 'near', null],
    ['Near Hit in Al Anbar Province,', 'Hit', 'near', null],
    ['Near Al Hasakah and Dayr Az Zawr,', 'Al Hasakah and Dayr Az Zawr', 'near', null],
    ['Near Hajin, Syria,', 'Hajin', 'near', 'Syria'],
    ['Near al-Qaim, on the Syrian border,', 'al-Qaim', 'near', null],
    ['In Tikrit,', 'Tikrit', 'in', null],
    ['East of Dawr Az Zawr,', 'Dawr Az Zawr', 'east of', null],
    ['Southeast of Dayr Az Zawr, Syria,', 'Dayr Az Zawr', 'southeast of', 'Syria'],
  ])('reads "%s" as %s (%s), country %s', (lead, placeText, relation, country) => {
    expect(parsePlaceLead(lead)).toEqual({ placeText, relation, country });
  });

  it('finds no place in a lead that only names a country', () => {
    expect(parsePlaceLead('In Syria,')).toBeNull();
  });
});

describe('findPlaceIn', () => {
  it('finds the town a prose clause is placed against', () => {
    expect(findPlaceIn(' northwest of Al Mayadin destroyed a tank')).toMatchObject({ placeText: 'Al Mayadin', relation: 'northwest of' });
    expect(findPlaceIn(' in the vicinity of Mosul Dam destroying a unit')).toMatchObject({ placeText: 'Mosul Dam', relation: 'near' });
    expect(findPlaceIn(' occurred south and west of Bayji and struck')).toMatchObject({ placeText: 'Bayji', relation: 'around' });
    expect(findPlaceIn(' 40 km southwest of Haditha destroyed')).toMatchObject({ placeText: 'Haditha', relation: 'southwest of' });
  });

  it('skips a country and keeps looking: "in Syria, north of Sinjar Mountain"', () => {
    expect(findPlaceIn(' in Syria, north of Sinjar Mountain, damaged a tank')).toMatchObject({ placeText: 'Sinjar Mountain', relation: 'north of' });
  });

  it('does not read the word "damaged" as a dam', () => {
    expect(findPlaceIn(' west of Ramadi damaged a building')?.placeText).toBe('Ramadi');
  });

  it('returns null when no proper name follows a relation', () => {
    expect(findPlaceIn(' near the road destroyed a vehicle')).toBeNull();
  });
});
