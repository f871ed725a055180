import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTargets, singular } from './targets.js';

const brief = (effects: string): string[] => parseTargets(effects).map((t) => `${t.effect} ${t.count ?? '?'} ${t.target}`);

describe('parseTargets', () => {
  it('reads "constructor" and "__proto__" as target words, not as members of Object (found by npm run fuzz)', () => {
    const targets = parseTargets('destroyed a constructor and two __proto__');
    expect(targets).toEqual([
      { effect: 'destroyed', count: 1, target: 'constructor' },
      { effect: 'destroyed', count: 2, target: '__proto__' },
    ]);
  });

  it('reads each verb and each listed target, in order', () => {
    expect(parseTargets('struck two ISIL tactical units, destroying three ISIL vehicles, an ISIL command and control facility and an ISIL VBIED')).toEqual([
      { effect: 'struck', count: 2, target: 'tactical unit' },
      { effect: 'destroyed', count: 3, target: 'vehicle' },
      { effect: 'destroyed', count: 1, target: 'command and control facility' },
      { effect: 'destroyed', count: 1, target: 'vbied' },
    ]);
  });

  it('reads "engaged" and ISIS releases the same way', () => {
    expect(brief('engaged three ISIS tactical units and destroyed two vehicles and a weapons cache')).toEqual([
      'engaged 3 tactical unit', 'destroyed 2 vehicle', 'destroyed 1 weapons cache',
    ]);
  });

  it('reads "stuck" as struck, "cratered" and "wounded" as damaged', () => {
    expect(brief('stuck an ISIL tactical unit, cratered two ISIL roads and wounded two ISIL fighters')).toEqual([
      'struck 1 tactical unit', 'damaged 2 road', 'damaged 2 fighter',
    ]);
  });

  it('reads denied access to terrain, and land features denying ISIL an advantage', () => {
    expect(brief('destroyed an ISIL weapons cache and denied ISIL access to terrain')).toEqual(['destroyed 1 weapons cache', 'denied ? terrain']);
    expect(brief('struck an ISIL tactical unit and land features denying ISIL a tactical advantage, destroying five ISIL vehicles')).toEqual([
      'struck 1 tactical unit', 'denied ? land feature', 'destroyed 5 vehicle',
    ]);
  });

  it('gives no count for "multiple", "several" or an unnumbered plural', () => {
    expect(brief('struck multiple ISIL facilities, several ISIL buildings and ISIL fighting positions')).toEqual([
      'struck ? facility', 'struck ? building', 'struck ? fighting position',
    ]);
  });

  it('makes targets singular without breaking "caches", "machine guns" or "lines of communication"', () => {
    expect(brief('destroyed two ISIL weapons caches, three ISIL heavy machine guns, two ISIL lines of communication and five ISIL fighting positons')).toEqual([
      'destroyed 2 weapons cache', 'destroyed 3 heavy machine gun', 'destroyed 2 line of communication', 'destroyed 5 fighting position',
    ]);
  });

  it('keeps "occupied" but drops ISIL, ISIS, Daesh and ownership words like "held"', () => {
    expect(brief('destroyed two ISIL-occupied buildings, an ISIL-held bunker, a Daesh tank and an ISIL controlled checkpoint')).toEqual([
      'destroyed 2 occupied building', 'destroyed 1 bunker', 'destroyed 1 tank', 'destroyed 1 checkpoint',
    ]);
  });

  it('reads "two others" and "another" as more of the item before', () => {
    expect(brief('destroyed an ISIL Humvee and damaged two others, destroyed a vehicle and damaged another')).toEqual([
      'destroyed 1 humvee', 'damaged 2 humvee', 'destroyed 1 vehicle', 'damaged 1 vehicle',
    ]);
  });

  it('gives "suppressed or destroyed" to the first verb and "struck and destroyed" to the second', () => {
    expect(brief('suppressed or destroyed nine ISIL fighting positions')).toEqual(['suppressed 9 fighting position']);
    expect(brief('struck and destroyed a storage facility')).toEqual(['destroyed 1 storage facility']);
  });

  it('lends the noun to a lone adjective: "three large and one small ISIL tactical units"', () => {
    expect(brief('struck three large and one small ISIL tactical units')).toEqual(['struck 3 large tactical unit', 'struck 1 small tactical unit']);
  });

  it('cuts descriptions off the target and drops parenthesised acronyms', () => {
    expect(brief('destroyed an ISIL vehicle borne improvised explosive device (VBIED) facility and an ISIL building used as a staging area')).toEqual([
      'destroyed 1 vehicle borne improvised explosive device facility', 'destroyed 1 building',
    ]);
  });

  it('returns no targets for "had inconclusive results"', () => {
    expect(parseTargets('had inconclusive results')).toEqual([]);
  });

  it('never throws and always returns well-formed targets', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (text) => {
      for (const t of parseTargets(text)) {
        expect(typeof t.target).toBe('string');
        expect(t.count === null || Number.isInteger(t.count)).toBe(true);
      }
    }));
  });
});

describe('singular', () => {
  it.each([['facilities', 'facility'], ['caches', 'cache'], ['boxes', 'box'], ['bridges', 'bridge'], ['barracks', 'barracks'], ['humvees', 'humvee'], ['gas', 'gas']])(
    'makes "%s" into "%s"',
    (plural, one) => {
      expect(singular(plural)).toBe(one);
    },
  );
});
