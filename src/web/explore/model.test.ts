import { describe, expect, it } from 'vitest';
import { ExploreModel, gapsOf } from './model.js';
import type { ExplorePayload } from '../types.js';

const payload: ExplorePayload = {
  datedBy: 'strike',
  window: { from: '2015-05-01', to: '2015-05-10' },
  place: null, radiusKm: null, countryCode: null, target: null,
  days: ['2015-05-02', '2015-05-05', '2015-05-09'],
  places: [
    { placeKey: 'a', name: 'A', lat: 1, lon: 1, strikes: 6, records: 3 },
    { placeKey: 'b', name: 'B', lat: 2, lon: 2, strikes: 4, records: 2 },
  ],
  cells: { day: [0, 0, 1, 2, 2], place: [0, 1, 0, -1, 1], strikes: [2, 3, 4, 7, 1], records: [1, 1, 2, 3, 1] },
  releaseDays: ['2015-05-01', '2015-05-02', '2015-05-05', '2015-05-06', '2015-05-09'],
  targets: [], control: null, records: [],
};

describe('ExploreModel', () => {
  it('sums a sub-window per place and finds its records range', () => {
    const s = new ExploreModel(payload).summarize({ from: '2015-05-03', to: '2015-05-09' });
    expect([...s.placeStrikes]).toEqual([4, 1]);
    expect(s.strikes).toBe(12);
    expect({ offset: s.offset, count: s.count }).toEqual({ offset: 2, count: 6 });
    expect({ releaseDays: s.releaseDays, totalDays: s.totalDays }).toEqual({ releaseDays: 3, totalDays: 7 });
  });

  it('locates a record offset as a day and the records of that day before it', () => {
    const model = new ExploreModel(payload);
    expect(model.locate(0)).toEqual({ day: '2015-05-02', skip: 0 });
    expect(model.locate(3)).toEqual({ day: '2015-05-05', skip: 1 });
    expect(model.locate(5)).toEqual({ day: '2015-05-09', skip: 1 });
  });

  it('lists the days without a release as spans', () => {
    expect(gapsOf({ from: '2015-05-01', to: '2015-05-10' }, payload.releaseDays)).toEqual([
      { from: '2015-05-03', to: '2015-05-04' },
      { from: '2015-05-07', to: '2015-05-08' },
      { from: '2015-05-10', to: '2015-05-10' },
    ]);
  });
});
