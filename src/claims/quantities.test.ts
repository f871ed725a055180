import { describe, expect, it } from 'vitest';
import { findAnchors, readNumber, readShare } from './quantities.js';
import { readClaim } from './read.js';
import { depsFor, palmyraLedger } from '../../test/support/palmyraLedger.js';
import type { ClaimContext, Reading } from './types.js';

const only = (sentence: string) => {
  const anchors = findAnchors(sentence.toLowerCase());
  expect(anchors).toHaveLength(1);
  return anchors[0]!;
};

describe('numbers and quantities', () => {
  it('reads numbers in digits and in words', () => {
    expect(readNumber('eighty-two')).toBe(82);
    expect(readNumber('twenty three')).toBe(23);
    expect(readNumber('1,024')).toBe(1024);
    expect(readNumber('a hundred and two')).toBe(102);
    expect(readNumber('two thousand three hundred')).toBe(2300);
    expect(readNumber('many')).toBeNull();
  });

  it('finds a count of strikes with its qualifier', () => {
    expect(only('OIR launched eighty-two airstrikes').count).toMatchObject({ value: 82, approx: 'exact' });
    expect(only('nearly 100 air strikes').count).toMatchObject({ value: 100, approx: 'nearly' });
    expect(only('more than 20 coalition strikes').count).toMatchObject({ value: 20, approx: 'more-than' });
    expect(only('at least a dozen strikes').count).toMatchObject({ value: 12, approx: 'at-least' });
    expect(only('about 40 raids').count).toMatchObject({ value: 40, approx: 'about' });
    expect(only('the coalition conducted no airstrikes').count).toMatchObject({ value: 0, approx: 'exact' });
    expect(only('dozens of strikes').count).toMatchObject({ value: 24, approx: 'at-least' });
  });

  it('reads "a third of those strikes", "nearly half of them" and "40 percent of the strikes" as shares', () => {
    expect(only('a third of those strikes').share).toMatchObject({ fraction: { num: 1, den: 3 }, approx: 'exact', wording: 'fraction' });
    expect(only('nearly half of them').share).toMatchObject({ fraction: { num: 1, den: 2 }, approx: 'nearly' });
    expect(only('40 percent of the strikes').share).toMatchObject({ fraction: { num: 40, den: 100 }, wording: 'percent', percentDecimals: 0 });
    expect(only('two thirds of them').share).toMatchObject({ fraction: { num: 2, den: 3 } });
    expect(only('a quarter of the airstrikes').share).toMatchObject({ fraction: { num: 1, den: 4 } });
    expect(only('the majority of those strikes').share).toMatchObject({ fraction: { num: 1, den: 2 }, approx: 'more-than' });
    expect(readShare('37.5%', undefined)).toMatchObject({ fraction: { num: 375, den: 1000 }, percentDecimals: 1 });
    expect(readShare('one in three', 'about')).toMatchObject({ fraction: { num: 1, den: 3 }, approx: 'about' });
  });

  it('reads "twenty-three strikes over nine consecutive days" as one streak claim', () => {
    const streak = only('including twenty-three strikes over nine consecutive days between 19 and 27 February');
    expect(streak).toMatchObject({ kind: 'streak', days: 9, count: { value: 23, approx: 'exact' } });
    expect(only('strikes on five days in a row')).toMatchObject({ kind: 'streak', days: 5, count: null });
  });

  it('reads "most of the 82 strikes" as a share that also claims the count', () => {
    expect(only('Most of the 82 strikes came in February')).toMatchObject({ kind: 'share', count: { value: 82 }, share: { approx: 'more-than' } });
  });

  it('does not take a year or a vague word for a count', () => {
    expect(findAnchors('in 2015 strikes near raqqa rose')).toEqual([]);
    expect(findAnchors('oir launched many strikes')).toEqual([]);
    expect(findAnchors('the coalition struck several targets')).toEqual([]);
  });
});

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

describe('readClaim: numbers and units', () => {
  it('reads bounds as inequalities and "about" with its tolerance', () => {
    const approx = (words: string) => {
      const p = parsed(`In 2015 the coalition conducted ${words} strikes near Palmyra.`).parts[0]!;
      return p.kind === 'count' ? [p.claimed.approx, p.claimed.value] : null;
    };
    expect(approx('more than 190')).toEqual(['more-than', 190]);
    expect(approx('over 700')).toEqual(['more-than', 700]);
    expect(approx('nearly 300')).toEqual(['nearly', 300]);
    expect(approx('at least 12')).toEqual(['at-least', 12]);
    expect(approx('fewer than 60')).toEqual(['fewer-than', 60]);
    expect(approx('about 80')).toEqual(['about', 80]);
    expect(approx('1,077')).toEqual(['exact', 1077]);
  });

  it('refuses negative, fractional, ambiguously separated and absurd numbers, saying why', () => {
    expect(refusal('In 2015 the coalition conducted -5 strikes near Palmyra.')).toContain('a negative number of strikes is not a count');
    expect(refusal('In 2015 the coalition conducted 2.5 strikes near Palmyra.')).toContain('not a whole number');
    expect(refusal('In 2015 the coalition conducted 1.000 strikes near Palmyra.')).toContain('"1.000" is 1000 with a dot between thousands, or 1 with a decimal point');
    expect(refusal('In 2015 the coalition conducted 3.010 strikes near Palmyra.')).toContain('ambiguous');
    expect(refusal('In 2015 the coalition conducted 250000 strikes near Palmyra.')).toContain('more strikes than the whole campaign declared');
  });

  it('reads engagements as engagements and refuses sorties, munitions and targets as other units', () => {
    const r = parsed('On Monday the coalition conducted 17 strikes consisting of 28 engagements in Syria.', asOf('2017-02-21'));
    expect(r.parts.map((p) => [p.kind === 'count' && p.claimed.value, p.unit.value, p.where.value.include.map((t) => t.place.kind === 'country' && t.place.code)])).toEqual([
      [17, 'strikes', ['SY']],
      [28, 'engagements', ['SY']],
    ]);
    expect(refusal('In 2015 the coalition flew 57 sorties near Palmyra.')).toContain('sorties (flights) are not strikes');
    expect(refusal('In 2015 the coalition dropped 22 bombs near Palmyra.')).toContain('bombs and munitions are not strikes');
    expect(refusal('In 2015 the coalition hit 22 targets near Palmyra.')).toContain('targets are not strikes');
  });
});
