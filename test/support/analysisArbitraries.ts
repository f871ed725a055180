import fc from 'fast-check';
import { fromEpochDay, toEpochDay, type Day } from '../../src/analysis/days.js';
import type { DailyPoint } from '../../src/analysis/series.js';
import type { Window } from '../../src/analysis/windows.js';

// Shared fast-check generators for the analysis property tests (test-only module).
const FIRST = toEpochDay('2014-01-01');
const LAST = toEpochDay('2020-12-31');

export const dayArb: fc.Arbitrary<Day> = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);

export const windowArb: fc.Arbitrary<Window> = fc
  .tuple(dayArb, fc.integer({ min: 0, max: 120 }))
  .map(([from, len]) => ({ from, to: fromEpochDay(Math.min(LAST, toEpochDay(from) + len)) }));

/** A daily series of consecutive days: strikes 0..5 or null (no release). */
export const seriesArb: fc.Arbitrary<DailyPoint[]> = fc
  .tuple(dayArb, fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 4 }), { maxLength: 60 }))
  .map(([start, values]) => values.map((strikes, i) => ({ day: fromEpochDay(toEpochDay(start) + i), strikes })));
