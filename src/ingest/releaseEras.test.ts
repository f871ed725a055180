import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineAccounting } from './accounting.js';
import { parseRelease } from './index.js';
import { reconcileTotals } from './totals.js';
import type { ParsedRelease, ParsedStrike } from './types.js';

// Each fixture quotes a real release of 2016-2019. Its first lines say where it was quoted from
// ("Source: URL (…)") and when it was published ("Published: Dec. 21, 2016"): the reader files the first as
// boilerplate and the second as the date line, so they add no record and are not listed as not parsed.
const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const parse = (name: string): ParsedRelease => parseRelease(fixture(name), { sourceUri: `test/fixtures/${name}` });
const row = (s: ParsedStrike): string => `${s.lineNo} ${s.date} ${s.dateBasis} ${s.country} | ${s.placeText} | ${s.strikes}`;
const totals = (r: ParsedRelease) => reconcileTotals(r).map((t) => `${t.from}..${t.to} ${t.section || 'all'}: ${t.strikes} stated, ${t.lineStrikes} in lines${t.agrees ? '' : ' (differs)'}`);

/** Every line is a strike line, structure or listed as not parsed, once; the source lines are structure. */
function expectAccountedFor(release: ParsedRelease): void {
  expect(lineAccounting(release)).toEqual({ missing: [], doubled: [] });
  expect(release.structural.slice(0, 2)).toEqual([{ lineNo: 1, kind: 'boilerplate' }, { lineNo: 2, kind: 'date' }]);
}

describe('Defense Department news releases (2016-2017)', () => {
  const release = parse('release-2016-dod-no-near.txt');

  it('dates every strike by "yesterday", the day before the release', () => {
    expect(release.reportDate).toBe('2016-12-21');
    expect(release.strikes.map(row)).toEqual([
      '13 2016-12-20 yesterday Syria | Raqqah | 11',
      '15 2016-12-20 yesterday Syria | Dayr Az Zawr | 4',
      '17 2016-12-20 yesterday Syria | Palmyra | 5',
      '23 2016-12-20 yesterday Iraq | Huwayjah | 1',
      '25 2016-12-20 yesterday Iraq | Mosul | 3',
      '27 2016-12-20 yesterday Iraq | Tal Afar | 1',
    ]);
  });

  it('reads a line without "Near" ("-- Huwayjah, a strike …") and one that lost its bullet', () => {
    expect(release.strikes.find((s) => s.placeText === 'Huwayjah')).toMatchObject({ relation: 'near', effects: expect.stringMatching(/^engaged an ISIL tactical unit/) as string });
    expect(release.strikes.find((s) => s.placeText === 'Mosul')?.rawLine).toMatch(/^ Near Mosul/);
  });

  it('keeps the section totals and finds them equal to the lines', () => {
    expect(totals(release)).toEqual(['2016-12-20..2016-12-20 Syria: 20 stated, 20 in lines', '2016-12-20..2016-12-20 Iraq: 5 stated, 5 in lines']);
  });

  it('files the dateline, "Officials reported details …" and the definition of a strike as structure', () => {
    expect(release.unparsed).toEqual([]);
    expectAccountedFor(release);
    expect(release.structural.filter((s) => s.kind === 'boilerplate').map((s) => s.lineNo)).toEqual([1, 3, 7, 29]);
  });

  it('dates the release of 20 February 2017 by the 19th, with its stated engagements', () => {
    const feb20 = parse('release-2017-dod-yesterday.txt');
    expect(feb20.strikes.filter((s) => s.placeText === 'Palmyra').map(row)).toEqual(['21 2017-02-19 yesterday Syria | Palmyra | 1']);
    expect(reconcileTotals(feb20)).toMatchObject([{ from: '2017-02-19', section: 'Syria', strikes: 16, engagements: 29, lineStrikes: 16, agrees: true }]);
    expect(feb20.unparsed).toEqual([]);
    expectAccountedFor(feb20);
  });
});

describe('coalition press releases (2016-2018)', () => {
  const release = parse('release-2016-cjtf-numbered.txt');

  it('reads "Release # 20161210-01", "On Dec. 9, …" and "*" bullets, dating the strikes by the 9th', () => {
    expect(release.reportDate).toBe('2016-12-10');
    expect(release.title).toBe('December 10: Military airstrikes continue against ISIL terrorists in Syria and Iraq');
    expect(new Set(release.strikes.map((s) => `${s.date} ${s.dateBasis}`))).toEqual(new Set(['2016-12-09 stated']));
    expect(release.strikes.map((s) => `${s.country} ${s.placeText} ${s.strikes}`)).toEqual([
      'Syria Ar Raqqah 4', 'Syria Ayn Isa 3', 'Syria Dayr Az Zawr 1', 'Syria Manbij 1', 'Syria Palmyra 1', 'Iraq Mosul 9', 'Iraq Tal Afar 1',
    ]);
  });

  it('keeps the release total and each section\'s ("In Syria, … conducted 10 strikes", "Additionally in Iraq, …")', () => {
    expect(totals(release)).toEqual([
      '2016-12-09..2016-12-09 all: 20 stated, 20 in lines', '2016-12-09..2016-12-09 Syria: 10 stated, 10 in lines', '2016-12-09..2016-12-09 Iraq: 10 stated, 10 in lines',
    ]);
  });

  it('files "PRESS RELEASE | …", "CJTFOIR", "FOR IMMEDIATE RELEASE" and the assessment lines as structure', () => {
    expect(release.unparsed).toEqual([]);
    expectAccountedFor(release);
  });

  it('reads the same release in another site\'s page the same way', () => {
    const page = parse('release-2016-cjtf-numbered-centcom.html');
    const strip = (r: ParsedRelease) => r.strikes.map((s) => ({ ...s, lineNo: 0, rawLine: s.rawLine.trim() }));
    expect(strip(page)).toEqual(strip(release));
    expect(reconcileTotals(page).map((t) => ({ ...t, lineNo: 0 }))).toEqual(reconcileTotals(release).map((t) => ({ ...t, lineNo: 0 })));
    expect(page.unparsed).toEqual([]);
  });
});

describe('releases covering several days (2017-2019)', () => {
  it('dates each paragraph by its own day and keeps an explicit zero over a span as a total of none', () => {
    const release = parse('release-2017-multi-day-zeros.txt');
    expect(release.strikes.map(row)).toEqual([
      '11 2017-12-07 yesterday Syria | Abu Kamal | 5',
      '13 2017-12-06 stated Syria | Abu Kamal | 4',
      '15 2017-12-05 stated Syria | Abu Kamal | 8',
      '17 2017-12-04 stated Syria | Abu Kamal | 1',
    ]);
    expect(release.period).toBe('between Dec. 4 and yesterday');
    expect(totals(release)).toEqual(['2017-12-04..2017-12-07 Syria: 18 stated, 18 in lines', '2017-12-04..2017-12-07 Iraq: 0 stated, 0 in lines']);
    expect(release.unparsed).toEqual([]);
    expectAccountedFor(release);
  });

  it('keeps a stated total that differs from the lines, with zeros of single days, and the lines\' engagements', () => {
    const release = parse('release-2017-total-mismatch.txt');
    expect(release.strikes.map(row)).toEqual([
      '11 2017-11-23 yesterday Syria | Abu Kamal | 1',
      '17 2017-11-20 stated Syria | Abu Kamal | 1',
      '19 2017-11-19 stated Syria | Abu Kamal | 2',
      '25 2017-11-22 stated Iraq | Qayyarah | 2',
      '29 2017-11-21 stated Iraq | Qaim | 1',
      '31 2017-11-21 stated Iraq | Qayyarah | 2',
      '33 2017-11-21 stated Iraq | Rawah | 3',
    ]);
    expect(release.strikes.slice(0, 4).map((s) => `${s.engagements} ${s.effects}`)).toEqual([
      '2 engaged an ISIS tactical unit and destroyed an ISIS vehicle',
      '1 destroyed an ISIS vehicle',
      '2 damaged four ISIS tunnel systems',
      '2 destroyed an ISIS headquarters and a vehicle-borne bomb factory',
    ]);
    expect(totals(release)).toEqual([
      '2017-11-10..2017-11-23 all: 10 stated, 12 in lines (differs)',
      '2017-11-22..2017-11-22 Syria: 0 stated, 0 in lines',
      '2017-11-21..2017-11-21 Syria: 0 stated, 0 in lines',
      '2017-11-23..2017-11-23 Iraq: 0 stated, 0 in lines',
      '2017-11-21..2017-11-21 Iraq: 6 stated, 6 in lines',
      '2017-11-20..2017-11-20 Iraq: 0 stated, 0 in lines',
    ]);
    expect(release.unparsed).toEqual([]);
    expectAccountedFor(release);
  });

  it('dates "other recent strikes" by the day each line gives ("an Aug. 6 strike"), in no section', () => {
    const release = parse('release-2017-other-recent.txt');
    expect(release.strikes.filter((s) => s.lineNo > 31).map(row)).toEqual([
      '35 2017-08-06 stated  | Raqqa | 1',
      '37 2017-08-07 stated  | Raqqa | 6',
    ]);
    expect(totals(release)).toEqual([
      '2017-08-08..2017-08-08 all: 31 stated, 31 in lines', '2017-08-08..2017-08-08 Syria: 25 stated, 25 in lines', '2017-08-08..2017-08-08 Iraq: 6 stated, 6 in lines',
    ]);
    expect(release.unparsed).toEqual([]);
    expectAccountedFor(release);
  });
});

describe('special statements outside the daily list', () => {
  const release = parse('release-2016-special-statement.txt');

  it('keeps the statement with its day and place, and no strike record', () => {
    expect(release.kind).toBe('statement');
    expect(release.strikes).toEqual([]);
    expect(release.statements).toEqual([{
      date: '2016-12-15', dateBasis: 'stated', country: 'Syria', placeText: 'Palmyra', lineNo: 10,
      summary: 'SOUTHWEST ASIA — On Thursday, Dec. 15, Coalition aircraft from CJTF-OIR destroyed 14 ISIL tanks and other equipment captured near Palmyra, Syria.',
    }]);
  });

  it('files the statement\'s lines as the statement, not as lines not parsed', () => {
    expect(release.unparsed).toEqual([]);
    expect(release.structural.filter((s) => s.kind === 'statement').map((s) => s.lineNo)).toEqual([10, 12, 14, 16, 18]);
    expectAccountedFor(release);
  });

  it('never takes a daily list whose only strike lines have counts it refuses for a statement: they are listed as not parsed', () => {
    const list = parseRelease('Military airstrikes continue\nMay 23, 2015\nIraq\n- Near Mosul, 2.5 airstrikes struck an ISIL tactical unit.\n- Near Sinjar, minus 3 airstrikes struck an ISIL tactical unit.', { sourceUri: 'refused.txt' });
    expect(list.kind).not.toBe('statement');
    expect(list.statements).toEqual([]);
    expect(list.unparsed.map((u) => [u.lineNo, u.reason.replace(/ in ".*/, '')])).toEqual([[4, 'the count "2.5" has a decimal point'], [5, 'the count "minus 3" has a minus sign']]);
  });
});

describe('word-processor copies', () => {
  const release = parse('release-2016-wordprocessor-bullets.txt');

  it('reads "o " bullets, a bullet glued to the line before ("vNear") and a plural typo in the count ("threes")', () => {
    expect(release.strikes.map(row)).toEqual([
      '10 2016-12-27 yesterday Syria | Shadaddi | 1',
      '11 2016-12-27 yesterday Syria | Raqqa | 13',
      '12 2016-12-27 yesterday Syria | Dayr Az Zawr | 1',
      '18 2016-12-27 yesterday Iraq | Kirkuk | 1',
      '18 2016-12-27 yesterday Iraq | Mosul | 3',
    ]);
    expect(totals(release)).toEqual(['2016-12-27..2016-12-27 Syria: 15 stated, 15 in lines', '2016-12-27..2016-12-27 Iraq: 4 stated, 4 in lines']);
    expect(release.unparsed).toEqual([]);
    expectAccountedFor(release);
  });
});
