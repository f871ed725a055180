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

  it('lists a count of more than 9 digits, a minus sign or a decimal as not parsed, storing nothing of the row', () => {
    const csv = 'Day,Loc,N\n2016-03-01,Mosul,99999999999999999999\n2016-03-01,Bayji,-5\n2016-03-01,Sinjar,2.5\n2016-03-01,Hit,3\n';
    const [release] = parseMappedCsv(csv, { sourceUri: 'big.csv', map: { date: 'Day', place: 'Loc', strikes: 'N' } });
    expect(release!.strikes.map((s) => [s.placeText, s.strikes])).toEqual([['Hit', 3]]);
    expect(release!.unparsed.map((u) => [u.lineNo, u.reason])).toEqual([
      [2, 'the count "99999999999999999999" in column "N" has more than 9 digits'],
      [3, 'unreadable strike count "-5" in column "N"'],
      [4, 'unreadable strike count "2.5" in column "N"'],
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
