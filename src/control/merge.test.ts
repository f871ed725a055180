import { describe, expect, it } from 'vitest';
import { mergeTimelines } from './merge.js';
import type { ControlEvent, ControlPeriod } from './types.js';

const period = (holder: string, from: string, to: string | null, builtIn = false): ControlPeriod => ({
  placeKey: 'palmyra', holder, from, to, note: '', source: builtIn ? 'encyclopedia' : 'my notes', ...(builtIn ? { builtIn: true as const } : {}),
});
const event = (name: string, kind: ControlEvent['kind'], from: string, to: string | null, builtIn = false): ControlEvent => ({
  placeKey: 'palmyra', name, kind, from, to, note: '', source: builtIn ? 'encyclopedia' : 'my notes', ...(builtIn ? { builtIn: true as const } : {}),
});

const builtIn = {
  periods: [period('IS', '2015-05-20', '2016-03-26', true), period('government', '2016-03-27', '2016-12-10', true), period('IS', '2016-12-11', null, true)],
  events: [event('pro-regime offensive (March 2016)', 'offensive', '2016-03-09', '2016-03-27', true), event('Operation Inherent Resolve', 'offensive', '2014-08-08', null, true)],
};
builtIn.events[1] = { ...builtIn.events[1]!, placeKey: 'campaign:inherent-resolve' };

describe('mergeTimelines', () => {
  it('keeps the built-in timeline when the ledger has none of its own', () => {
    const merged = mergeTimelines(builtIn, { periods: [], events: [] });
    expect(merged.periods).toEqual(builtIn.periods);
    expect(merged.events.map((e) => e.name)).toEqual(['pro-regime offensive (March 2016)']);
    expect(merged.campaign.map((e) => e.name)).toEqual(['Operation Inherent Resolve']);
    expect(merged.overridden).toEqual({ periods: [], events: [] });
  });

  it('lets a period of your own replace the built-in one it shares days with, keeping that one visible', () => {
    const merged = mergeTimelines(builtIn, { periods: [period('IS', '2015-05-21', null)], events: [] });
    expect(merged.periods.map((p) => [p.holder, p.from, p.to, p.source])).toEqual([
      ['IS', '2015-05-21', '2016-03-26', 'my notes'],
      ['government', '2016-03-27', '2016-12-10', 'encyclopedia'],
      ['IS', '2016-12-11', null, 'encyclopedia'],
    ]);
    expect(merged.overridden.periods).toEqual([builtIn.periods[0]]);
  });

  it('ends your open period the day before the next built-in one, and cuts the built-in one it starts inside', () => {
    const merged = mergeTimelines(builtIn, { periods: [period('government', '2016-03-20', null)], events: [] });
    expect(merged.periods.map((p) => [p.holder, p.from, p.to, p.source])).toEqual([
      ['IS', '2015-05-20', '2016-03-19', 'encyclopedia'],
      ['government', '2016-03-20', '2016-03-26', 'my notes'],
      ['government', '2016-03-27', '2016-12-10', 'encyclopedia'],
      ['IS', '2016-12-11', null, 'encyclopedia'],
    ]);
    expect(merged.overridden.periods.map((p) => p.from)).toEqual(['2015-05-20']);
  });

  it('lets your event replace a built-in one of the same kind on the same days, or with the same name', () => {
    const mine = event('pro-regime offensive', 'offensive', '2016-03-07', '2016-03-27');
    const merged = mergeTimelines(builtIn, { periods: [], events: [mine] });
    expect(merged.events).toEqual([mine]);
    expect(merged.overridden.events.map((e) => e.name)).toEqual(['pro-regime offensive (March 2016)']);
    const renamed = mergeTimelines(builtIn, { periods: [], events: [event('Pro-Regime Offensive (March 2016)', 'other', '2017-01-01', null)] });
    expect(renamed.overridden.events).toHaveLength(1);
  });
});
