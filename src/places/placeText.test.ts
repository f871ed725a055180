import { describe, expect, it } from 'vitest';
import { cleanPlaceText, splitCompound } from './placeText.js';

describe('cleanPlaceText', () => {
  it('drops footnote stars, "near" and a province qualifier', () => {
    expect(cleanPlaceText('Al Asad*').text).toBe('Al Asad');
    expect(cleanPlaceText('near Mosul').text).toBe('Mosul');
    expect(cleanPlaceText('Hit in Al Anbar Province')).toMatchObject({ text: 'Hit', note: 'ignored "in Al Anbar Province"' });
  });

  it('takes a trailing country as the country', () => {
    expect(cleanPlaceText('Tikrit, Iraq')).toMatchObject({ text: 'Tikrit', country: 'IQ' });
  });
});

describe('splitCompound', () => {
  it('splits names joined by "and", bullets and slashes', () => {
    expect(splitCompound('Al Hasakah and Dayr Az Zawr')).toEqual(['Al Hasakah', 'Dayr Az Zawr']);
    expect(splitCompound('Mosul • Tal Afar')).toEqual(['Mosul', 'Tal Afar']);
    expect(splitCompound('Kobani')).toEqual(['Kobani']);
  });

  it('leaves a sentence fragment whole', () => {
    const fragment = 'Sinjar three airstrikes struck an ISIL tactical unit and an ISIL sniper position';
    expect(splitCompound(fragment)).toEqual([fragment]);
  });
});
