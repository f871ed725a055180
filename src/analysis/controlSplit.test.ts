import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitByControl } from './controlSplit.js';
import { totalsByDay } from './series.js';
import { windowArb } from '../../test/support/analysisArbitraries.js';
import { addDays } from './days.js';

const palmyra = [
  { holder: 'IS', from: '2015-05-20', to: '2016-03-26' },
  { holder: 'government', from: '2016-03-27', to: '2016-12-10' },
  { holder: 'IS', from: '2016-12-11', to: '2017-03-01' },
  { holder: 'government', from: '2017-03-02', to: null },
];

describe('splitByControl', () => {
  it('gives each control period the strikes of its days', () => {
    const totals = totalsByDay([
      { date: '2016-03-20', strikes: 3 },
      { date: '2016-03-27', strikes: 1 },
      { date: '2016-12-20', strikes: 5 },
    ]);
    const split = splitByControl({ from: '2016-01-01', to: '2016-12-31' }, totals, palmyra);
    expect(split.map((p) => [p.period?.holder, p.window.from, p.window.to, p.strikes])).toEqual([
      ['IS', '2016-01-01', '2016-03-26', 3],
      ['government', '2016-03-27', '2016-12-10', 1],
      ['IS', '2016-12-11', '2016-12-31', 5],
    ]);
  });

  it('loses no strike and counts none twice, whatever the periods', () => {
    fc.assert(
      fc.property(windowArb, fc.array(fc.nat(4), { maxLength: 130 }), (w, counts) => {
        const totals = new Map(counts.map((n, i) => [addDays(w.from, i), n] as const).filter(([d]) => d <= w.to));
        const sum = [...totals.values()].reduce((a, b) => a + b, 0);
        const split = splitByControl(w, totals, palmyra);
        expect(split.reduce((a, p) => a + p.strikes, 0)).toBe(sum);
      }),
    );
  });
});
