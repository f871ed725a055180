import { describe, expect, it } from 'vitest';
import { countriesIn, parseSectionHeader } from './sections.js';

describe('parseSectionHeader', () => {
  it.each([
    ['Syria', 'Syria'], ['IRAQ', 'Iraq'], ['Iraq:', 'Iraq'], ['Strikes in Syria', 'Syria'], ['In Syria:', 'Syria'],
    ['Tikrit, Iraq', 'Tikrit, Iraq'], ['  Libya  ', 'Libya'], ['Airstrikes in Iraq', 'Iraq'],
  ])('reads "%s" as the section "%s"', (line, section) => {
    expect(parseSectionHeader(line)).toBe(section);
  });

  it.each([
    'Military airstrikes continue against ISIL terrorists in Syria and Iraq', 'Near Hajin, Syria', 'Near Mosul, one strike destroyed a tank.',
    'Related Links', '', 'May 23, 2015',
  ])('does not take "%s" for a section header', (line) => {
    expect(parseSectionHeader(line)).toBeNull();
  });
});

describe('countriesIn', () => {
  it('lists each country a sentence names once', () => {
    expect(countriesIn("conducted 12 strikes in Iraq, in support of Iraq's government")).toEqual(['Iraq']);
    expect(countriesIn('against ISIS targets in Syria and Iraq')).toEqual(['Syria', 'Iraq']);
  });
});
