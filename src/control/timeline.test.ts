import { describe, expect, it } from 'vitest';
import { holderOn, timelineFromEvents } from './timeline.js';
import type { ControlEvent } from './types.js';

const event = (name: string, kind: ControlEvent['kind'], holder: string, from: string): ControlEvent => ({
  placeKey: 'palmyra', name, kind, holder, from, to: null, note: '', source: 'test',
});

describe('timelineFromEvents', () => {
  const periods = timelineFromEvents([
    event('IS offensive', 'offensive', 'IS', '2016-12-08'),
    event('recapture', 'recapture', 'government', '2016-03-27'),
    event('fall of Palmyra', 'capture', 'IS', '2015-05-20'),
  ]);

  it('ends a holder’s period the day before the next holder’s starts, ignoring offensives', () => {
    expect(periods.map((p) => [p.holder, p.from, p.to])).toEqual([
      ['IS', '2015-05-20', '2016-03-26'],
      ['government', '2016-03-27', null],
    ]);
  });

  it('tells who held the place on a day', () => {
    expect(holderOn(periods, 'palmyra', '2016-03-26')?.holder).toBe('IS');
    expect(holderOn(periods, 'palmyra', '2016-03-27')?.holder).toBe('government');
    expect(holderOn(periods, 'palmyra', '2015-01-01')).toBeNull();
  });
});
