import { readFileSync } from 'node:fs';
import { parseControlCsv } from '../../src/control/index.js';
import { daysExcept, FakeLedger, type FakePlace, type FakeRecord } from './claimsTestLedger.js';
import type { Window } from '../../src/analysis/index.js';
import type { CheckDeps } from '../../src/claims/check.js';

// The Palmyra ledger the claim tests check the two sentences against (test-only module).

export const PLACES: FakePlace[] = [
  { key: 'Palmyra', name: 'Palmyra', aliases: ['Tadmur', 'Tadmor'], lat: 34.5601, lon: 38.2676, countryCode: 'SY' },
  { key: 'Arak', name: 'Arak', aliases: [], lat: 34.63, lon: 38.45, countryCode: 'SY' },
  { key: 'Raqqa', name: 'Raqqa', aliases: ['Ar Raqqah', 'Raqqah'], lat: 35.95, lon: 39.01, countryCode: 'SY' },
  { key: 'Mosul', name: 'Mosul', aliases: [], lat: 36.34, lon: 43.13, countryCode: 'IQ' },
  { key: 'Kobani', name: 'Kobani', aliases: ['Ayn al Arab', 'Kobane'], lat: 36.89, lon: 38.35, countryCode: 'SY' },
  { key: 'Fallujah', name: 'Fallujah', aliases: ['Falluja'], lat: 33.35, lon: 43.78, countryCode: 'IQ' },
  { key: 'Tal Afar', name: 'Tal Afar', aliases: [], lat: 36.38, lon: 42.45, countryCode: 'IQ' },
];

const r = (date: string, placeText: string, placeKey: string, strikes: number): FakeRecord => ({ date, placeText, placeKey, strikes });

/** 8 strikes in and around Palmyra from its fall (2015-05-20) to its re-conquest (2016-03-27), 3 of them in the March 2016 offensive. */
export const FIRST_PERIOD: FakeRecord[] = [
  r('2015-05-19', 'Palmyra', 'Palmyra', 4), // the day before the fall: outside the window
  r('2015-05-25', 'Palmyra', 'Palmyra', 1),
  r('2015-07-10', 'Tadmur', 'Palmyra', 2),
  r('2015-11-03', 'Arak', 'Arak', 1), // 18 km away: inside the 25 km radius
  r('2016-01-15', 'Palmyra', 'Palmyra', 1),
  r('2016-03-10', 'Palmyra', 'Palmyra', 1),
  r('2016-03-18', 'Tadmur', 'Palmyra', 1),
  r('2016-03-27', 'Palmyra', 'Palmyra', 1), // the day of the re-conquest: inside the window
  r('2016-03-28', 'Palmyra', 'Palmyra', 2), // the day after: outside
  r('2015-06-01', 'Raqqa', 'Raqqa', 5), // 200 km away
];

const feb = [3, 2, 4, 1, 2, 3, 2, 4, 2]; // 19–27 February 2017: 23 strikes

/** 82 strikes at Palmyra from the IS offensive (2016-12-08) to the retaking (2017-03-02), 23 of them on 19–27 February. */
export const SECOND_PERIOD: FakeRecord[] = [
  r('2016-12-08', 'Palmyra', 'Palmyra', 15),
  r('2016-12-09', 'Tadmur', 'Palmyra', 14),
  r('2016-12-10', 'Palmyra', 'Palmyra', 10),
  r('2016-12-11', 'Palmyra', 'Palmyra', 5),
  r('2017-01-15', 'Palmyra', 'Palmyra', 5),
  r('2017-02-10', 'Palmyra', 'Palmyra', 5),
  ...feb.map((n, i) => r(`2017-02-${String(19 + i)}`, i % 3 === 0 ? 'Tadmur' : 'Palmyra', 'Palmyra', n)),
  r('2017-03-01', 'Palmyra', 'Palmyra', 3),
  r('2017-03-02', 'Palmyra', 'Palmyra', 2),
  r('2017-03-03', 'Palmyra', 'Palmyra', 9), // after the retaking: outside
];

export const CONTROL = parseControlCsv(readFileSync(new URL('../fixtures/control-palmyra.csv', import.meta.url), 'utf8'), 'control-palmyra.csv');

/** A ledger with a release every day from 2014-08-08 to 2019-12-31, except the gaps given. */
export function palmyraLedger(gaps: Window[] = []): FakeLedger {
  return new FakeLedger(PLACES, [...FIRST_PERIOD, ...SECOND_PERIOD], daysExcept('2014-08-08', '2019-12-31', gaps));
}

export function depsFor(ledger: FakeLedger): CheckDeps {
  return {
    data: ledger,
    today: '2025-06-01',
    knownPlace: ledger.knownPlace,
    control: { periods: CONTROL.periods, events: CONTROL.events },
  };
}

export const PALMYRA_1 =
  'Between the fall of Palmyra on 20 May 2015 and its re-conquest on 27 March 2016, OIR launched eight airstrikes in and around Palmyra, with a notable concentration — a third of those strikes — during the pro-regime offensive.';
export const PALMYRA_2 =
  'Between the onset of the IS offensive on 8 December 2016 and the regime coalition retaking the city on 2 March 2017, OIR launched eighty-two airstrikes, including twenty-three strikes over nine consecutive days between 19 and 27 February.';
