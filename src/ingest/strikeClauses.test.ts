import { describe, expect, it } from 'vitest';
import { parseStrikeSentence } from './strikeClauses.js';

const read = (sentence: string): string[] => {
  const result = parseStrikeSentence(sentence);
  if (result.kind !== 'strikes') return ['no-count'];
  return [...result.drafts.map((d) => `${d.strikes} ${d.relation} ${d.placeText}: ${d.effects}`), ...result.failures];
};

describe('parseStrikeSentence', () => {
  it('reads a place written before the count', () => {
    expect(read('Near al-Qaim, on the Syrian border, an airstrike destroyed two ISIL fortifications.')).toEqual(['1 near al-Qaim: destroyed two ISIL fortifications']);
  });

  it('reads a place written after the count, leaving it out of the effects', () => {
    expect(read('Two airstrikes northwest of Ar Raqqah struck a large ISIL unit.')).toEqual(['2 northwest of Ar Raqqah: struck a large ISIL unit']);
    expect(read('Eleven airstrikes took place near Kobani where they destroyed 20 ISIL fighting positions.')).toEqual([
      '11 near Kobani: destroyed 20 ISIL fighting positions',
    ]);
    expect(read('Five airstrikes occurred south and west of Bayji and struck two ISIL units.')).toEqual(['5 around Bayji: struck two ISIL units']);
  });

  it('splits "…, while one strike…" and "…; another airstrike…" into separate strikes', () => {
    expect(read('One airstrike west of Raqqah destroyed an ISIL tank, while one strike east of Aleppo struck multiple ISIL facilities.')).toEqual([
      '1 west of Raqqah: destroyed an ISIL tank', '1 east of Aleppo: struck multiple ISIL facilities',
    ]);
    expect(read('One airstrike south of Kobani destroyed a vehicle; another strike southeast of Kobani destroyed a tank.')).toEqual([
      '1 south of Kobani: destroyed a vehicle', '1 southeast of Kobani: destroyed a tank',
    ]);
  });

  it('gives a place written just before a later count to that count', () => {
    expect(read('Three airstrikes near Mosul destroyed a bunker, while near Sinjar, two airstrikes struck a unit.')).toEqual([
      '3 near Mosul: destroyed a bunker', '2 near Sinjar: struck a unit',
    ]);
  });

  it('lets a clause without a place of its own share the place before it', () => {
    expect(read('Near Ramadi, two strikes struck an ISIL unit and one strike destroyed an ISIL tank.')).toEqual([
      '2 near Ramadi: struck an ISIL unit', '1 near Ramadi: destroyed an ISIL tank',
    ]);
  });

  it('finds the place even after the effects', () => {
    expect(read('One strike against an ISIL artillery piece west of Ar Raqqah was not successful.')).toEqual([
      '1 west of Ar Raqqah: against an ISIL artillery piece west of Ar Raqqah was not successful',
    ]);
  });

  it('reports a counted strike with no place, quoting it', () => {
    expect(read('One strike is currently delayed.')).toEqual(['no place in "One strike is currently delayed."']);
  });

  it('says there is no count when the sentence has none', () => {
    expect(read('Coalition aircraft also struck a small ISIL unit.')).toEqual(['no-count']);
  });
});
