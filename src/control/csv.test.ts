import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseControlCsv } from './csv.js';

const fixture = readFileSync(new URL('../../test/fixtures/control-palmyra.csv', import.meta.url), 'utf8');

describe('parseControlCsv', () => {
  it('reads periods of control and ends each the day before the next holder takes over', () => {
    const { periods, problems } = parseControlCsv(fixture, 'control-palmyra.csv');
    expect(problems).toEqual([]);
    expect(periods.map((p) => [p.holder, p.from, p.to])).toEqual([
      ['IS', '2015-05-20', '2016-03-26'],
      ['government', '2016-03-27', '2016-12-10'],
      ['IS', '2016-12-11', '2017-03-01'],
      ['government', '2017-03-02', null],
    ]);
    expect(periods[0]).toMatchObject({ placeKey: 'Palmyra', note: 'IS takes Palmyra', source: 'Wikipedia: Palmyra offensive (May 2015)' });
  });

  it('reads rows with an event name as named events', () => {
    const { events } = parseControlCsv(fixture, 'control-palmyra.csv');
    expect(events.map((e) => [e.name, e.kind, e.holder, e.from, e.to])).toEqual([
      ['pro-regime offensive', 'offensive', 'government', '2016-03-07', '2016-03-27'],
      ['IS offensive on Palmyra', 'offensive', 'IS', '2016-12-08', '2016-12-11'],
      ['pro-regime offensive (2017)', 'offensive', 'government', '2017-01-13', '2017-03-02'],
    ]);
  });

  it('names the file, the line and the reason for each bad row, and keeps the good ones', () => {
    const text = [
      'place,holder,from,to,note,source',
      'Palmyra,IS,2015-05-20,,,',
      'Palmyra,government,2016-02-30,,,',
      'Palmyra,government,2016-03-27,2016-03-01,,',
      ',IS,2016-12-11,,,',
      'Atlantis,IS,2016-12-11,,,',
    ].join('\n');
    const known = (name: string) => (name === 'Palmyra' ? 'geonames:170017' : null);
    const { periods, problems } = parseControlCsv(text, 'control/palmyra.csv', { placeKey: known });
    expect(problems.map((p) => p.message)).toEqual([
      'control/palmyra.csv:3: "2016-02-30" is not a calendar day in the form YYYY-MM-DD',
      'control/palmyra.csv:4: to (2016-03-01) is before from (2016-03-27)',
      'control/palmyra.csv:5: place is empty',
      'control/palmyra.csv:6: unknown place "Atlantis"',
    ]);
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ placeKey: 'geonames:170017', to: null });
  });

  it('reports a header without the required columns', () => {
    const { problems } = parseControlCsv('town,from\nPalmyra,2015-05-20\n', 'c.csv');
    expect(problems[0]?.message).toBe('c.csv:1: header lacks place, holder (expected place,holder,from,to,note,source)');
  });

  it('reports overlapping periods with the line of the first', () => {
    const text = 'place,holder,from,to\nPalmyra,IS,2015-05-20,2016-04-01\nPalmyra,government,2016-03-27,\n';
    expect(parseControlCsv(text, 'c.csv').problems.map((p) => p.message)).toEqual([
      'c.csv:2: period of IS at Palmyra (to 2016-04-01) overlaps the next one (government from 2016-03-27)',
    ]);
  });
});
