import { describe, expect, it } from 'vitest';
import * as ingest from './index.js';

describe('the ingest API', () => {
  it('exports the parsers and helpers other modules use', () => {
    expect(Object.keys(ingest).sort()).toEqual([
      'CAMPAIGN_START', 'CsvColumnMap', 'addDays', 'datingOf', 'fetchUnder', 'lineAccounting', 'parseMappedCsv', 'parseNumberWords', 'parseRelease',
      'parseScraperCsv', 'parseStrikeCount', 'parseTargets', 'publicAddressesOnly', 'reconcileTotals', 'releaseDateProblem', 'sectionCountry',
    ]);
  });

  it('names CJTF-OIR as issuer unless told otherwise', () => {
    const text = 'Title\nMay 23, 2015\nSyria\n- Near Kobani, one strike destroyed a tank.\n';
    expect(ingest.parseRelease(text, { sourceUri: 'a.txt' }).issuer).toBe('CJTF-OIR');
    expect(ingest.parseRelease(text, { sourceUri: 'a.txt', issuer: 'CENTCOM' }).issuer).toBe('CENTCOM');
  });

  it('reads plain text as text, even with a stray angle bracket', () => {
    expect(ingest.parseRelease('Title\nMay 23, 2015\nSyria\n- Near Kobani, one strike destroyed a tank (<1 km).\n', { sourceUri: 'a.txt' }).format).toBe('text');
  });

  it('counts physical lines with CRLF or LF endings alike', () => {
    const lf = ingest.parseRelease('Title\nMay 23, 2015\n\nSyria\n- Near Kobani, one strike destroyed a tank.\n', { sourceUri: 'a.txt' });
    const crlf = ingest.parseRelease('Title\r\nMay 23, 2015\r\n\r\nSyria\r\n- Near Kobani, one strike destroyed a tank.\r\n', { sourceUri: 'a.txt' });
    expect(crlf.lineCount).toBe(5);
    expect(crlf.strikes).toEqual(lf.strikes);
  });

  it('returns an empty release for empty text', () => {
    const release = ingest.parseRelease('', { sourceUri: 'empty.txt' });
    expect(release).toMatchObject({ lineCount: 0, strikes: [], unparsed: [], structural: [], reportDate: null, title: null });
  });
});
