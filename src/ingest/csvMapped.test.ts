import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMappedCsv } from './index.js';

const text = readFileSync(new URL('../../test/fixtures/release-mapped-columns.csv', import.meta.url), 'utf8');
const map = { date: 'Day', place: 'Loc', strikes: 'N', country: 'Where', effects: 'What' };

describe('parseMappedCsv', () => {
  it('reads the columns the user maps, one release per day', () => {
    const releases = parseMappedCsv(text, { sourceUri: 'my.csv', map });
    expect(releases.map((r) => r.sourceUri)).toEqual(['my.csv#2016-03-01', 'my.csv#2016-03-02']);
    expect(releases.flatMap((r) => r.strikes).map((s) => `${s.lineNo} ${s.date} ${s.country} ${s.placeText} ${s.strikes} ${s.effects}`)).toEqual([
      '2 2016-03-01 Syria Raqqah 4 engaged two ISIS tactical units',
      '3 2016-03-02 Iraq Mosul 1 destroyed a tunnel',
    ]);
  });

  it('reports rows with an unreadable count or date', () => {
    const releases = parseMappedCsv(text, { sourceUri: 'my.csv', map });
    expect(releases.flatMap((r) => r.unparsed).map((u) => [u.lineNo, u.reason])).toEqual([
      [4, 'unreadable strike count "many" in column "N"'],
      [5, 'bad date "someday" in column "Day" (expected 2015-05-23 or 5/23/2015)'],
    ]);
  });

  it('matches column names ignoring case, and leaves country empty when none is mapped', () => {
    const releases = parseMappedCsv(text, { sourceUri: 'my.csv', map: { date: 'day', place: 'LOC', strikes: 'n' } });
    expect(releases[0]?.strikes[0]).toMatchObject({ country: '', placeText: 'Raqqah', effects: '', targets: [] });
  });

  it('throws, naming the file, the column and the columns there are, when a mapped column is missing', () => {
    expect(() => parseMappedCsv(text, { sourceUri: 'my.csv', map: { date: 'Day', place: 'Location', strikes: 'N' } }))
      .toThrow('my.csv: no column "Location" (mapped as place); columns are: Day, Loc, N, Where, What');
  });

  it('reports every reason a row fails', () => {
    const releases = parseMappedCsv('Day,Loc,N\n2016-03-01,Raqqah,1\n2016-03-02,,\n', { sourceUri: 'my.csv', map: { date: 'Day', place: 'Loc', strikes: 'N' } });
    expect(releases.flatMap((r) => r.unparsed).map((u) => u.reason)).toEqual(['no strike count in column "N"; no place in column "Loc"']);
  });

  it('throws on an empty column name in the map', () => {
    expect(() => parseMappedCsv(text, { sourceUri: 'my.csv', map: { date: '', place: 'Loc', strikes: 'N' } })).toThrow(/my\.csv: bad column map/);
  });
});
