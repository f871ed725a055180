import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScraperCsv } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseScraperCsv', () => {
  const releases = parseScraperCsv(fixture('scraper-layout.csv'), { sourceUri: 'scraper-layout.csv' });

  it('makes one release per day, named after the file and the day', () => {
    expect(releases.map((r) => [r.sourceUri, r.reportDate, r.format, r.issuer])).toEqual([
      ['scraper-layout.csv#2015-05-23', '2015-05-23', 'csv', 'CJTF-OIR'],
      ['scraper-layout.csv#2015-05-24', '2015-05-24', 'csv', 'CJTF-OIR'],
    ]);
  });

  it('reads both date layouts, counts in digits or words, and the relation from the original line', () => {
    expect(releases.flatMap((r) => r.strikes).map((s) => `${s.lineNo} ${s.date} ${s.country} ${s.relation} ${s.placeText} ${s.strikes}`)).toEqual([
      '2 2015-05-23 Syria near Tadmur 1',
      '3 2015-05-23 Iraq in Tikrit 17',
      '5 2015-05-24 Iraq near Ramadi 3',
      '7 2015-05-24 Syria near Mar’a 2',
    ]);
  });

  it('numbers a row by its physical line, even when a quoted field spans two lines', () => {
    const ramadi = releases[1]?.strikes[0];
    expect(ramadi?.lineNo).toBe(5);
    expect(ramadi?.effects).toBe('struck two ISIL tactical units, destroying an ISIL vehicle');
    expect(ramadi?.targets).toEqual([{ effect: 'struck', count: 2, target: 'tactical unit' }, { effect: 'destroyed', count: 1, target: 'vehicle' }]);
  });

  it('reports rows with a bad date or no count as unparsed, with the reason', () => {
    expect(releases.flatMap((r) => r.unparsed).map((u) => [u.lineNo, u.reason])).toEqual([
      [8, 'bad date "2015-05-32" in column "date" (expected 2015-05-23 or 5/23/2015)'],
      [9, 'no strike count in column "number"'],
    ]);
  });

  it('throws, naming the file and the column, when a required column is missing', () => {
    expect(() => parseScraperCsv(fixture('scraper-missing-number.csv'), { sourceUri: 'data/scraper-missing-number.csv' }))
      .toThrow(/data\/scraper-missing-number\.csv: missing column "number"/);
  });

  it('keeps the issuer it is given', () => {
    expect(parseScraperCsv(fixture('scraper-layout.csv'), { sourceUri: 's.csv', issuer: 'CENTCOM' })[0]?.issuer).toBe('CENTCOM');
  });

  it('gives rows that carry no readable date at all one release without a report date', () => {
    const only = parseScraperCsv('date,country,location,number\nsoon,Iraq,Mosul,1\n', { sourceUri: 's.csv' });
    expect(only).toHaveLength(1);
    expect(only[0]?.reportDate).toBeNull();
    expect(only[0]?.unparsed.map((u) => u.lineNo)).toEqual([2]);
  });
});
