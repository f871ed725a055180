import { describe, expect, it } from 'vitest';
import { readBulletLine } from './bulletLines.js';
import { parseRelease } from './index.js';

describe('readBulletLine', () => {
  it.each([
    ['- Near Tadmur, one airstrike destroyed an ISIL tank.', 'Tadmur', 1],
    ['-Near Baghdadi, three airstrikes struck an ISIL fighting positon.', 'Baghdadi', 3],
    ['• Near Mosul an airstrike struck an ISIL IED factory.', 'Mosul', 1],
    ['* Near Al Qaim, an airstrike, struck an ISIL tactical unit.', 'Al Qaim', 1],
    ['Near Al Asad*, two airstrikes struck an ISIL tactical unit.', 'Al Asad', 2],
    ['– Near Tal Jibbin , one strike struck an ISIL tactical unit.', 'Tal Jibbin', 1],
    ['-- Near Ramadi, twenty-three strikes destroyed an ISIL         fighting position.', 'Ramadi', 23],
  ])('reads %j in one pass', (line, placeText, strikes) => {
    expect(readBulletLine(line)).toMatchObject({ placeText, strikes, relation: 'near', country: null });
  });

  it.each([
    '- Near Tadmur, one airstrike destroyed a tank. Near Kobani, two airstrikes struck a unit.',
    '- Near Tadmur, one airstrike destroyed a tank      Near Kobani, two airstrikes struck a unit.',
    '- Near Hit in Al Anbar Province, an airstrike destroyed an ISIL vehicle.',
    'Near Hajin, Syria, 12 strikes engaged 10 ISIS tactical units.',
    '- In Tikrit, 17 airstrikes struck an ISIL building.',
    '- Near Tadmur, airstrike destroyed an ISIL tank.',
    '- Near Hit, two airstrikes struck a unit, while near Kisik, three strikes destroyed a vehicle.',
    '- Near Mosul, 99999999999999999999 airstrikes struck a unit.',
  ])('leaves %j to the full reader', (line) => {
    expect(readBulletLine(line)).toBeNull();
  });

  it('gives a second count in the effects its own record, rather than reading it as what the first strikes did', () => {
    const release = parseRelease('Title\nMay 23, 2015\n- Near Hit, two airstrikes struck a unit, while near Kisik, three strikes destroyed a vehicle.\n', { sourceUri: 'glued.txt' });
    expect(release.strikes.map((s) => [s.placeText, s.strikes, s.effects])).toEqual([['Hit', 2, 'struck a unit'], ['Kisik', 3, 'destroyed a vehicle']]);
  });

  it('stays fast on a line with a long run of spaces', () => {
    const line = `- Near Mosul, one strike destroyed an ISIL${' '.repeat(100_000)}tank.`;
    const started = performance.now();
    const release = parseRelease(`Title\nMay 23, 2015\n${line}\n`, { sourceUri: 'long.txt' });
    expect(release.strikes.map((s) => s.effects)).toEqual(['destroyed an ISIL tank']);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
