import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineAccounting } from './accounting.js';
import { parseRelease } from './index.js';
import type { ParsedRelease, ParsedStrike } from './types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const parse = (name: string): ParsedRelease => parseRelease(fixture(name), { sourceUri: `test/fixtures/${name}` });
const row = (s: ParsedStrike): string => `${s.lineNo} ${s.date} ${s.country} | ${s.relation} ${s.placeText} | ${s.strikes}`;
const total = (strikes: ParsedStrike[], country: string): number =>
  strikes.filter((s) => s.country === country).reduce((n, s) => n + s.strikes, 0);

describe('headed bullet releases (2014-12 to 2015)', () => {
  const release = parse('release-2015-bullets.txt');

  it('reads the title, the date line and the section headers as structure', () => {
    expect(release.title).toBe('Military airstrikes continue against ISIL terrorists in Syria and Iraq');
    expect(release.reportDate).toBe('2015-05-23');
    expect(release.structural.filter((s) => s.kind !== 'blank')).toEqual([
      { lineNo: 1, kind: 'title' }, { lineNo: 2, kind: 'date' }, { lineNo: 4, kind: 'section' },
      { lineNo: 12, kind: 'section' }, { lineNo: 21, kind: 'section' },
    ]);
  });

  it('reads every bullet style, typo and odd comma as one strike record', () => {
    expect(release.strikes.map(row)).toEqual([
      '5 2015-05-23 Syria | near Tadmur | 1',
      '6 2015-05-23 Syria | near Kobani | 3',
      '7 2015-05-23 Syria | near Al Hasakah | 4',
      '8 2015-05-23 Syria | near Tal Jibbin | 1',
      '9 2015-05-23 Syria | near Al Hasakah and Dayr Az Zawr | 1',
      '10 2015-05-23 Syria | near Ar Raqqah | 1',
      '13 2015-05-23 Iraq | near Al Asad | 2',
      '14 2015-05-23 Iraq | near Mosul | 1',
      '15 2015-05-23 Iraq | near Sinjar | 3',
      '16 2015-05-23 Iraq | near Al Qaim | 1',
      '17 2015-05-23 Iraq | near Bayji | 1',
      '18 2015-05-23 Iraq | near Hit | 23',
      '22 2015-05-23 Tikrit, Iraq | in Tikrit | 17',
    ]);
  });

  it('keeps the effects as written, wrapped spaces closed up, and a strike with inconclusive results', () => {
    const hasakah = release.strikes.find((s) => s.lineNo === 7);
    expect(hasakah?.effects).toBe('struck three large and one small ISIL tactical units, destroying two ISIL fighting positions and an ISIL mortar system');
    expect(hasakah?.rawLine).toContain('ISIL         mortar system');
    const raqqah = release.strikes.find((s) => s.lineNo === 10);
    expect(raqqah).toMatchObject({ effects: 'had inconclusive results', targets: [] });
  });

  it('reports a strike line without a count, naming the statement', () => {
    expect(release.unparsed).toEqual([
      { lineNo: 19, rawLine: '- Near Tadmur, airstrike destroyed an ISIL tank.', reason: 'no strike count in "Near Tadmur, airstrike destroyed an ISIL tank."' },
    ]);
  });

  it('accounts for every line exactly once', () => {
    expect(lineAccounting(release)).toEqual({ missing: [], doubled: [] });
    expect(release.lineCount).toBe(22);
  });
});

describe('prose releases (Oct to Dec 2014)', () => {
  const release = parse('release-2014-prose.txt');

  it('reads several strikes per paragraph and per sentence, placed relative to towns', () => {
    expect(release.strikes.map(row)).toEqual([
      '4 2014-11-04 Syria | northwest of Al Mayadin | 1',
      '4 2014-11-04 Syria | north of Sinjar Mountain | 1',
      '4 2014-11-04 Syria | northwest of Ar Raqqah | 2',
      '4 2014-11-04 Syria | east of Aleppo | 1',
      '5 2014-11-04 Iraq | near Sinjar | 4',
      '5 2014-11-04 Iraq | near al-Qaim | 3',
      '5 2014-11-04 Iraq | south of Kirkuk | 1',
      '5 2014-11-04 Iraq | near Samarra | 1',
      '5 2014-11-04 Iraq | southwest of Haditha | 1',
    ]);
    expect(total(release.strikes, 'Syria')).toBe(5);
    expect(total(release.strikes, 'Iraq')).toBe(10);
  });

  it('keeps what each strike did, without the place', () => {
    expect(release.strikes[0]?.effects).toBe('destroyed an ISIL tank');
    expect(release.strikes[3]?.effects).toBe('struck multiple ISIL buildings');
  });

  it('adds a "these strikes also …" sentence to the strike before it, not as a new strike', () => {
    const kirkuk = release.strikes.find((s) => s.placeText === 'Kirkuk');
    expect(kirkuk?.effects).toBe('struck a small ISIL unit. These strikes also destroyed an ISIL mortar');
    expect(kirkuk?.targets.map((t) => t.target)).toEqual(['small unit', 'mortar']);
  });

  it('reports a sentence about a strike it cannot count, on the paragraph line', () => {
    expect(release.unparsed).toEqual([
      { lineNo: 5, rawLine: expect.stringContaining('In Iraq,') as string, reason: 'no strike count in "Additionally, an ISIL building was damaged near Ramadi."' },
    ]);
  });

  it('files a paragraph of boilerplate as boilerplate', () => {
    expect(release.structural).toContainEqual({ lineNo: 6, kind: 'boilerplate' });
    expect(lineAccounting(release)).toEqual({ missing: [], doubled: [] });
  });
});

describe('"Strikes in" releases (2016)', () => {
  const release = parse('release-2016-strikes-in.txt');

  it('reads ISIS releases with "engaged" under "Strikes in" headers, dated by "yesterday"', () => {
    expect(release.strikes.map(row)).toEqual([
      '9 2016-06-13 Syria | near Raqqah | 4',
      '10 2016-06-13 Syria | near Manbij | 2',
      '14 2016-06-13 Iraq | near Al Baghdadi | 1',
      '15 2016-06-13 Iraq | near Mosul | 8',
      '16 2016-06-13 Iraq | near Qayyarah | 3',
    ]);
    expect(new Set(release.strikes.map((s) => s.dateBasis))).toEqual(new Set(['yesterday']));
    expect(release.strikes[0]?.targets[0]).toEqual({ effect: 'engaged', count: 3, target: 'tactical unit' });
  });

  it('does not count the tally sentences or the definition of a strike as strikes', () => {
    expect(release.unparsed).toEqual([]);
    expect(release.structural.filter((s) => s.kind === 'boilerplate').map((s) => s.lineNo)).toEqual([5, 18]);
    expect(lineAccounting(release)).toEqual({ missing: [], doubled: [] });
  });
});

describe('engagement releases (2017)', () => {
  const release = parse('release-2017-engagements.txt');

  it('dates the strikes by the summary sentence ("On Aug. 20, …") and the late report', () => {
    expect(release.reportDate).toBe('2017-08-21');
    expect(release.strikes.map(row)).toEqual([
      '8 2017-08-20 Syria | near Abu Kamal | 1',
      '9 2017-08-20 Syria | near Ar Raqqah | 13',
      '12 2017-08-20 Iraq | near Tal Afar | 7',
      '15 2017-08-18 Iraq | near Al Qaim | 2',
    ]);
  });

  it('reads "In Syria, Coalition military forces conducted …" as a section, not a strike', () => {
    expect(release.structural).toContainEqual({ lineNo: 7, kind: 'section' });
    expect(release.structural).toContainEqual({ lineNo: 5, kind: 'boilerplate' });
    expect(release.unparsed).toEqual([]);
    expect(lineAccounting(release)).toEqual({ missing: [], doubled: [] });
  });
});

describe('weekly releases (2018-2019)', () => {
  const release = parse('release-2018-weekly.txt');

  it('takes the country written with the place and the day a line opens with; undated lines go to the period\'s last day', () => {
    expect(release.strikes.map(row)).toEqual([
      '8 2018-09-30 Syria | near Hajin | 12',
      '9 2018-10-06 Syria | near Abu Kamal | 1',
      '10 2018-10-06 Syria | near Tadmur | 1',
    ]);
    expect(release.strikes.map((s) => s.dateBasis)).toEqual(['stated', 'period', 'period']);
    expect(release.period).toBe('Between Sept. 30 - Oct. 6');
  });

  it('lets a country in the place override the section', () => {
    const text = 'Coalition strikes continue\nOct. 9, 2018\n\nSyria\nNear Al Baghdadi, Iraq, one strike destroyed a tunnel.\n';
    expect(parseRelease(text, { sourceUri: 'x.txt' }).strikes[0]).toMatchObject({ placeText: 'Al Baghdadi', country: 'Iraq' });
  });

  it('files "There were no reported strikes in Iraq." as boilerplate', () => {
    expect(release.structural).toContainEqual({ lineNo: 13, kind: 'boilerplate' });
    expect(release.unparsed).toEqual([]);
  });
});

describe('glued lines', () => {
  const release = parse('release-glued-lines.txt');

  it('splits a glued line into one record per place, all on the same line', () => {
    expect(release.strikes.filter((s) => s.lineNo <= 8).map((s) => `${s.lineNo} ${s.placeText} ${s.strikes}`)).toEqual([
      '5 Tadmur 1', '5 Kobani 2', '6 Al Hasakah 3', '6 Ar Raqqah 1', '7 Aleppo 1', '7 Manbij 2', '8 Dayr Az Zawr 1', '8 Mar’a 4',
    ]);
  });

  it('keeps a line wrapped with runs of spaces as one strike', () => {
    expect(release.strikes.filter((s) => s.lineNo === 11).map((s) => s.effects)).toEqual([
      'struck an ISIL tactical unit and destroyed an ISIL fighting position',
    ]);
  });

  it('moves the strikes after a "previously unreported" note to the day and country it names', () => {
    expect(release.strikes.filter((s) => s.lineNo >= 12).map(row)).toEqual([
      '12 2015-05-23 Iraq | near Hit | 1',
      '13 2015-05-21 Iraq | near Kisik | 2',
    ]);
    expect(lineAccounting(release)).toEqual({ missing: [], doubled: [] });
  });
});

describe('release dates', () => {
  it.each([
    ['May 23, 2015', '2015-05-23'], ['23 May 2015', '2015-05-23'], ['Dec. 3, 2016', '2016-12-03'], ['2015-05-23', '2015-05-23'],
    ['Release No: 20150523-01 SOUTHWEST ASIA, May 23, 2015 –', '2015-05-23'],
  ])('reads the date line "%s"', (line, day) => {
    const release = parseRelease(`Title\n${line}\n\nSyria\n- Near Kobani, one strike destroyed a tank.\n`, { sourceUri: 'x.txt' });
    expect(release.reportDate).toBe(day);
    expect(release.strikes[0]?.date).toBe(day);
  });

  it('lets the caller override the date line', () => {
    const release = parseRelease(fixture('release-2015-bullets.txt'), { sourceUri: 'x.txt', reportDate: '2015-05-24' });
    expect(release.reportDate).toBe('2015-05-24');
    expect(new Set(release.strikes.map((s) => s.date))).toEqual(new Set(['2015-05-24']));
  });

  it('gives a null report date when the text has none, for the caller to report', () => {
    const release = parseRelease('Syria\n- Near Kobani, one strike destroyed a tank.\n', { sourceUri: 'x.txt' });
    expect(release.reportDate).toBeNull();
    expect(release.strikes).toHaveLength(1);
  });
});

describe('headlines', () => {
  it('reads a headline that follows the date line', () => {
    const release = parseRelease('May 23, 2015\nMilitary airstrikes continue\n\nSyria\n- Near Kobani, one strike destroyed a tank.\n', { sourceUri: 'x.txt' });
    expect(release.title).toBe('Military airstrikes continue');
    expect(release.structural.slice(0, 2)).toEqual([{ lineNo: 1, kind: 'date' }, { lineNo: 2, kind: 'title' }]);
  });

  it('does not take a strike line without a count for the headline', () => {
    const release = parseRelease('- Near Tadmur, airstrike destroyed an ISIL tank.\n', { sourceUri: 'x.txt' });
    expect(release.title).toBeNull();
    expect(release.unparsed.map((u) => u.reason)).toEqual(['no strike count in "Near Tadmur, airstrike destroyed an ISIL tank."']);
  });

  it('reports a line that is no strike statement once the release has begun', () => {
    const release = parseRelease('Title\nMay 23, 2015\nSyria\nThe weather was fine.\n', { sourceUri: 'x.txt' });
    expect(release.unparsed).toEqual([{ lineNo: 4, rawLine: 'The weather was fine.', reason: 'not a strike statement: "The weather was fine."' }]);
  });
});
