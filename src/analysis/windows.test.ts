import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './days.js';
import { contains, daysOf, intersect, makeWindow, rangesOf, splitWindow, windowDays, type Span } from './windows.js';
import { dayArb, windowArb } from '../../test/support/analysisArbitraries.js';

const spanArb: fc.Arbitrary<Span> = fc
  .tuple(windowArb, fc.boolean())
  .map(([w, open]) => ({ from: w.from, to: open ? null : w.to }));

describe('windows', () => {
  it('refuses a window that ends before it starts, naming both days', () => {
    expect(makeWindow('2016-03-27', '2015-05-20')).toEqual({
      ok: false,
      reason: 'window ends (2015-05-20) before it starts (2016-03-27)',
    });
  });

  it('splits a window by control periods, leaving days no period covers as their own pieces', () => {
    const pieces = splitWindow({ from: '2016-03-01', to: '2016-12-31' }, [
      { from: '2015-05-20', to: '2016-03-26' },
      { from: '2016-03-27', to: '2016-12-10' },
      { from: '2016-12-20', to: null },
    ]);
    expect(pieces).toEqual([
      { window: { from: '2016-03-01', to: '2016-03-26' }, index: 0 },
      { window: { from: '2016-03-27', to: '2016-12-10' }, index: 1 },
      { window: { from: '2016-12-11', to: '2016-12-19' }, index: null },
      { window: { from: '2016-12-20', to: '2016-12-31' }, index: 2 },
    ]);
  });

  it('intersects windows commutatively', () => {
    fc.assert(fc.property(windowArb, windowArb, (a, b) => {
      expect(intersect(a, b)).toEqual(intersect(b, a));
    }));
  });

  it('keeps in an intersection exactly the days both windows contain', () => {
    fc.assert(
      fc.property(windowArb, windowArb, dayArb, (a, b, d) => {
        const both = intersect(a, b);
        expect(both !== null && contains(both, d)).toBe(contains(a, d) && contains(b, d));
      }),
    );
  });

  it('splits a window so that every day lies in exactly one piece, in order', () => {
    fc.assert(
      fc.property(windowArb, fc.array(spanArb, { maxLength: 6 }), (w, spans) => {
        const pieces = splitWindow(w, spans);
        const days = pieces.flatMap((p) => daysOf(p.window));
        expect(days).toEqual(daysOf(w));
        for (const p of pieces) {
          if (p.index === null) continue;
          const s = spans[p.index]!;
          expect(contains({ from: s.from, to: s.to ?? p.window.to }, p.window.from)).toBe(true);
        }
        pieces.forEach((p, i) => {
          const next = pieces[i + 1];
          if (next) expect(next.index).not.toBe(p.index);
          if (next) expect(next.window.from).toBe(addDays(p.window.to, 1));
        });
      }),
    );
  });

  it('gives the whole window to a single span that covers it', () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        expect(splitWindow(w, [{ from: w.from, to: null }])).toEqual([{ window: w, index: 0 }]);
      }),
    );
  });

  it('groups days into runs whose lengths add up to the number of days', () => {
    fc.assert(
      fc.property(windowArb, fc.array(fc.boolean(), { maxLength: 200 }), (w, keep) => {
        const days = daysOf(w).filter((_, i) => keep[i] ?? true);
        const runs = rangesOf(days);
        expect(runs.reduce((s, r) => s + windowDays(r), 0)).toBe(days.length);
      }),
    );
  });
});
