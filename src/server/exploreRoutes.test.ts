import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture, type TestBrowser } from '../../test/support/workbenchClient.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;

describe.each(backends)('read-only workbench routes on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  let visitor: TestBrowser;
  beforeAll(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([`${fixtures}ledger/releases`, `${fixtures}release-2016-strikes-in.txt`, `${fixtures}release-2018-weekly.txt`]);
    await fx.ledger.importControl(readFileSync(`${fixtures}control-palmyra.csv`, 'utf8'), 'control-palmyra.csv');
    visitor = await fx.browserAs('public');
  });
  afterAll(() => fx.close());

  const get = async (path: string) => {
    const response = await visitor.request(path);
    return { status: response.status, body: (await response.json()) as any };
  };

  it('sums the explore payload per day and place, with the first records in ledger order', async () => {
    const { status, body } = await get('/api/explore?limit=2');
    expect(status).toBe(200);
    const cellStrikes = body.cells.strikes.reduce((a: number, b: number) => a + b, 0);
    const all = await get('/api/strikes');
    expect(cellStrikes).toBe(all.body.total);
    expect(body.cells.records.reduce((a: number, b: number) => a + b, 0)).toBe(all.body.records.length);
    expect(body.records.map((r: { id: number }) => r.id)).toEqual(all.body.records.slice(0, 2).map((r: { id: number }) => r.id));
    expect(body.places.every((p: { lat: number }) => typeof p.lat === 'number')).toBe(true);
    expect(body.releaseDays).toContain('2015-05-23');
  });

  it('counts by strike day unless dated_by=reported, and says which in every answer', async () => {
    // the release of 14 June 2016 reports yesterday's strikes
    const byStrike = await get('/api/count?from=2016-06-13&to=2016-06-13');
    expect(byStrike.body).toMatchObject({ datedBy: 'strike', strikes: 18, coverage: { coveredDays: 1 } });
    const byRelease = await get('/api/count?from=2016-06-13&to=2016-06-13&dated_by=reported');
    expect(byRelease.body).toMatchObject({ datedBy: 'reported', strikes: 0, coverage: { coveredDays: 0 } });
    expect((await get('/api/strikes?from=2016-06-14&to=2016-06-14&dated_by=reported')).body).toMatchObject({ datedBy: 'reported', total: 18 });
    expect((await get('/api/explore?from=2016-06-13&to=2016-06-14')).body).toMatchObject({ datedBy: 'strike', days: ['2016-06-13'], releaseDays: ['2016-06-13'] });
    expect((await get('/api/count?dated_by=published')).status).toBe(400);
    const csv = await (await visitor.request('/api/strikes?from=2016-06-13&to=2016-06-13&format=csv')).text();
    expect(csv.split('\n')[0]).toBe('date,reported_on,date_basis,country,place_text,place_name,place_key,lat,lon,strikes,engagements,source');
    expect(csv.split('\n')[1]).toMatch(/^2016-06-13,2016-06-14,yesterday,Syria,Raqqah,/);
  });

  it('lists releases and shows one with its totals against its lines', async () => {
    const list = await get('/api/releases?from=2016-01-01');
    expect(list.body.releases.map((r: { reportDate: string }) => r.reportDate)).toEqual(['2016-06-14', '2018-10-09']);
    const one = await get('/api/releases/2016-06-14');
    expect(one.body.totals.map((t: { section: string; strikes: number; agrees: boolean }) => `${t.section} ${t.strikes} ${t.agrees}`)).toEqual([' 18 true', 'Syria 6 true', 'Iraq 12 true']);
    expect((await get('/api/releases/2000-01-01')).status).toBe(404);
    expect((await get('/api/releases/soon')).status).toBe(400);
  });

  it('pages records from a day on, skipping the ones before, as the table asks for them', async () => {
    const all = (await get('/api/strikes')).body.records as Array<{ id: number; date: string }>;
    const second = all.findIndex((r) => r.date !== all[0]!.date);
    const { body } = await get(`/api/explore/records?start=${all[second]!.date}&skip=1&limit=3`);
    expect(body.records.map((r: { id: number }) => r.id)).toEqual(all.slice(second + 1, second + 4).map((r) => r.id));
  });

  it('filters the explore payload by place and radius, and brings the place’s control periods', async () => {
    const { body } = await get('/api/explore?near=Tadmur&radius_km=30');
    expect(body.place.name).toBeTruthy();
    expect(body.control.periods.length).toBeGreaterThan(0);
    const near = await get('/api/strikes?near=Tadmur&radius_km=30');
    expect(body.cells.strikes.reduce((a: number, b: number) => a + b, 0)).toBe(near.body.total);
  });

  it('exports CSV and GeoJSON with the English place name beside its key', async () => {
    const csv = await (await visitor.request('/api/strikes?near=Tadmur&format=csv')).text();
    const [header, first] = csv.trim().split('\n');
    expect(header).toBe('date,reported_on,date_basis,country,place_text,place_name,place_key,lat,lon,strikes,engagements,source');
    expect(first).toMatch(/^2015-05-23,2015-05-23,assumed,Syria,Tadmur,Palmyra,geonames:163808,/);
    const geo = (await (await visitor.request('/api/strikes?near=Palmyra&format=geojson')).json()) as { features: Array<{ properties: object }> };
    expect(geo.features[0]!.properties).toMatchObject({ place_text: 'Tadmur', place_name: 'Palmyra', place_key: 'geonames:163808' });
  });

  it('filters by a target the records name', async () => {
    const { body } = await get('/api/explore');
    const target = body.targets[0].target as string;
    const filtered = await get(`/api/explore?target=${encodeURIComponent(target)}`);
    expect(filtered.body.cells.records.reduce((a: number, b: number) => a + b, 0)).toBe(body.targets[0].records);
  });

  it('answers a count with its series, control split and streaks', async () => {
    const { status, body } = await get('/api/count?near=Palmyra&from=2015-05-20&to=2016-03-27&by=day&split_control=1&streaks=3');
    expect(status).toBe(200);
    expect(body.series.unit).toBe('day');
    expect(body.control.length).toBeGreaterThan(0);
    expect(Array.isArray(body.streaks)).toBe(true);
  });

  it('refuses a bad query with a JSON problem', async () => {
    expect(await get('/api/count?from=2015-13-01')).toMatchObject({ status: 400, body: { error: 'invalid query' } });
    expect(await get('/api/count?near=Nowhereville')).toMatchObject({ status: 400, body: { error: 'invalid query' } });
    expect(await get('/api/explore?radius_km=-3')).toMatchObject({ status: 400 });
  });

  it('lands on one place page by any of its names', async () => {
    const tadmur = await get('/api/places/tadmur');
    const palmyra = await get('/api/places/Palmyra');
    expect(tadmur.status).toBe(200);
    expect(tadmur.body.place.key).toBe(palmyra.body.place.key);
    expect(tadmur.body.names).toEqual(expect.arrayContaining(['Palmyra']));
    expect(tadmur.body.control.periods.length).toBe(4);
    expect(tadmur.body.periods.length).toBeGreaterThan(1);
    expect(tadmur.body.strikes).toBe((await get('/api/strikes?near=Palmyra')).body.total);
    expect(await get('/api/places/Nowhereville')).toMatchObject({ status: 404, body: { error: 'unknown place' } });
  });

  it('narrows a place page to the window and radius its link carries', async () => {
    const { status, body } = await get('/api/places/Palmyra?from=2015-05-24&to=2015-05-24&radius_km=25');
    expect(status).toBe(200);
    expect(body.place.name).toBe('Palmyra');
    expect(body).toMatchObject({ window: { from: '2015-05-24', to: '2015-05-24' }, radiusKm: 25 });
    expect(body.strikes).toBe((await get('/api/strikes?near=Palmyra&radius_km=25&from=2015-05-24&to=2015-05-24')).body.total);
    expect(await get('/api/places/Palmyra?from=2015-05-30&to=2015-05-01')).toMatchObject({ status: 400 });
    expect(await get('/api/places/Palmyra?radius_km=9999')).toMatchObject({ status: 400 });
  });

  it('checks a claim for anyone who sends the CSRF token', async () => {
    const response = await visitor.send('POST', '/api/check', { sentence: 'On 23 May 2015 the coalition conducted one strike near Tadmur.' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { verdict: string; records: unknown[]; parts: Array<{ explanation: string[] }> };
    // the fixture's releases do not say when their strikes happened: the release of the 24th may hold more of the 23rd
    expect(result.verdict).toBe('partial-coverage');
    expect(result.parts[0]!.explanation).toContain('records without a strike day of their own may hold strikes of the day before their release: counted from the releases of 2015-05-24, found 2, which would be contradicted; the answer cannot choose between them');
    expect(result.records.length).toBe(1);
    expect((await visitor.send('POST', '/api/check', { sentence: '' })).status).toBe(400);
    expect((await visitor.send('POST', '/api/check', { sentence: 'x' }, null)).status).toBe(403);
  });
});

describe.each(backends)('a place page without control periods on $name', (backend) => {
  it('shows the strikes without a control split', async () => {
    const fx = await workbenchFixture(backend);
    try {
      await fx.ledger.importSources([`${fixtures}ledger/releases`]);
      // Al Baghdadi has no built-in timeline (Palmyra has one in every ledger)
      const response = await (await fx.browserAs('public')).request('/api/places/Al%20Baghdadi');
      expect(response.status).toBe(200);
      const body = (await response.json()) as { periods: unknown[]; strikes: number; control: { periods: unknown[] } };
      expect(body.control.periods).toEqual([]);
      expect(body.periods).toEqual([]);
      expect(body.strikes).toBeGreaterThan(0);
    } finally {
      await fx.close();
    }
  });
});
