import { describe, expect, it } from 'vitest';
import { readClaim } from './read.js';
import { depsFor, palmyraLedger } from '../../test/support/palmyraLedger.js';
import type { ClaimContext, Reading } from './types.js';

const ctx: ClaimContext = depsFor(palmyraLedger());
const parsed = (sentence: string, extra: Partial<ClaimContext> = {}): Extract<Reading, { ok: true }> => {
  const r = readClaim(sentence, { ...ctx, ...extra });
  if (!r.ok) throw new Error(r.message);
  return r;
};

const asOf = (day: string) => ({ asOf: { day, source: 'test' } });
const read = (sentence: string, day?: string) => readClaim(sentence, { ...ctx, ...(day ? asOf(day) : {}) });
const refusal = (sentence: string, day?: string) => {
  const r = read(sentence, day);
  if (r.ok) throw new Error(`expected a refusal: ${r.notes.join('; ')}`);
  return [...r.problems, ...r.missing.map((m) => `missing ${m}`)].join('; ');
};

describe('readClaim: places, totals and parts', () => {
  it('sums the strikes of several places named together, each within the default radius', () => {
    const r = parsed('On Sunday the coalition conducted 12 strikes near Raqqa, Kobani and Palmyra.', asOf('2015-10-14'));
    expect(r.parts[0]!.where.value.include.map((t) => [t.place.kind === 'place' ? t.place.key : '', t.radiusKm])).toEqual([['Raqqa', 25], ['Kobani', 25], ['Palmyra', 25]]);
  });

  it('reads a total and its parts, each with its own places, and "elsewhere in Syria" as Syria less the places named', () => {
    const r = parsed('On Monday the coalition conducted 22 strikes in Iraq, including 13 near Falluja and Mosul.', asOf('2015-10-14'));
    expect(r.parts.map((p) => [p.kind === 'count' && p.claimed.value, p.where.value.include.map((t) => (t.place.kind === 'place' ? t.place.key : t.place.kind === 'country' ? t.place.code : '')), p.partOf])).toEqual([
      [22, ['IQ'], null],
      [13, ['Fallujah', 'Mosul'], 0],
    ]);
    const k = parsed('Ten of the strikes hit near Kobani, with three others elsewhere in Syria, the task force said on Wednesday.', asOf('2015-01-21'));
    expect(k.parts[1]!.where.value).toEqual({ include: [{ place: { kind: 'country', name: 'Syria', code: 'SY' }, radiusKm: 0 }], exclude: [k.parts[0]!.where.value.include[0]] });
  });

  it('counts the country when the places are only examples, and says so', () => {
    const r = parsed('On Monday the coalition conducted nine strikes in Iraq near Mosul, Falluja and other locations.', asOf('2015-10-14'));
    expect(r.parts[0]!.where.value.include.map((t) => t.place.kind === 'country' && t.place.code)).toEqual(['IQ']);
    expect(r.parts[0]!.where.note).toContain('only examples');
  });

  it('refuses a place word followed by something that is not a name, and a name with look-alike letters', () => {
    expect(refusal('In 2015 the coalition conducted 5 strikes near %.')).toContain('"near %": "%" is not a place name');
    expect(refusal('In 2015 the coalition conducted 5 strikes near \u0420almyra.')).toContain('mixes Latin and Cyrillic letters');
  });
});
