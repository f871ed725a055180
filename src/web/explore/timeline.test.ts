import { describe, expect, it } from 'vitest';
import { brushByKey } from './timeline.js';

const chart = { from: '2015-05-01', to: '2015-06-30' };

describe('brushByKey', () => {
  it('starts a brush over the first week when there is none', () => {
    expect(brushByKey(null, chart, 'ArrowRight', false)).toEqual({ from: '2015-05-01', to: '2015-05-07' });
  });

  it('moves the brush a day with the arrows and a month with Page Up and Page Down, keeping its length', () => {
    const brush = { from: '2015-05-10', to: '2015-05-16' };
    expect(brushByKey(brush, chart, 'ArrowRight', false)).toEqual({ from: '2015-05-11', to: '2015-05-17' });
    expect(brushByKey(brush, chart, 'ArrowLeft', false)).toEqual({ from: '2015-05-09', to: '2015-05-15' });
    expect(brushByKey(brush, chart, 'PageUp', false)).toEqual({ from: '2015-06-09', to: '2015-06-15' });
  });

  it('stops the brush at the ends of the chart', () => {
    expect(brushByKey({ from: '2015-05-01', to: '2015-05-03' }, chart, 'ArrowLeft', false)).toEqual({ from: '2015-05-01', to: '2015-05-03' });
    expect(brushByKey({ from: '2015-06-20', to: '2015-06-29' }, chart, 'PageUp', false)).toEqual({ from: '2015-06-21', to: '2015-06-30' });
    expect(brushByKey({ from: '2015-05-10', to: '2015-05-12' }, chart, 'End', false)).toEqual({ from: '2015-06-28', to: '2015-06-30' });
  });

  it('resizes the brush with shift, never past its first day nor the chart end', () => {
    const brush = { from: '2015-05-10', to: '2015-05-12' };
    expect(brushByKey(brush, chart, 'ArrowRight', true)).toEqual({ from: '2015-05-10', to: '2015-05-13' });
    expect(brushByKey(brush, chart, 'PageDown', true)).toEqual({ from: '2015-05-10', to: '2015-05-10' });
    expect(brushByKey(brush, chart, 'End', true)).toEqual({ from: '2015-05-10', to: '2015-06-30' });
  });

  it('clears the brush with Escape and ignores other keys', () => {
    expect(brushByKey({ from: '2015-05-10', to: '2015-05-12' }, chart, 'Escape', false)).toBeNull();
    expect(brushByKey({ from: '2015-05-10', to: '2015-05-12' }, chart, 'a', false)).toBeUndefined();
  });
});
