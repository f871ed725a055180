import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay } from '../analysis/index.js';
import { readClaim } from './read.js';
import { depsFor, palmyraLedger, PALMYRA_1, PALMYRA_2 } from '../../test/support/palmyraLedger.js';
import type { ClaimContext, Reading, ReadPart } from './types.js';

const ctx: ClaimContext = depsFor(palmyraLedger());
const parsed = (sentence: string, extra: Partial<ClaimContext> = {}): Extract<Reading, { ok: true }> => {
  const r = readClaim(sentence, { ...ctx, ...extra });
  if (!r.ok) throw new Error(r.message);
  return r;
};
const first = (sentence: string, extra: Partial<ClaimContext> = {}) => {
  const part: ReadPart = parsed(sentence, extra).parts[0]!;
  const place = part.where.value.include[0];
  return { ...part, window: part.window.value, place: place?.place ?? { kind: 'anywhere' }, radiusKm: place?.radiusKm ?? 0 };
};
const failed = (sentence: string, extra: Partial<ClaimContext> = {}) => {
  const r = readClaim(sentence, { ...ctx, ...extra });
  if (r.ok) throw new Error(`expected failure: ${JSON.stringify(r.parts)}`);
  return r;
};

describe('readClaim: windows', () => {
  it("parses 'between 19 and 27 February 2017' as an inclusive nine-day window", () => {
    expect(first('OIR launched 23 strikes near Palmyra between 19 and 27 February 2017.').window).toEqual({ from: '2017-02-19', to: '2017-02-27' });
  });

  it('reads single days, months, years and parts of months as windows', () => {
    expect(first('On May 20, 2015, OIR launched 3 airstrikes near Tadmur.').window).toEqual({ from: '2015-05-20', to: '2015-05-20' });
    expect(first('On 20th May 2015 the coalition conducted 3 strikes in Palmyra.').window).toEqual({ from: '2015-05-20', to: '2015-05-20' });
    expect(first('In March 2016, OIR launched 3 strikes near Palmyra.').window).toEqual({ from: '2016-03-01', to: '2016-03-31' });
    expect(first('In 2015 OIR launched 3 strikes near Palmyra.').window).toEqual({ from: '2015-01-01', to: '2015-12-31' });
    const mid = parsed('In mid-May 2015 OIR launched 3 strikes near Palmyra.');
    expect(mid.parts[0]!.window.value).toEqual({ from: '2015-05-11', to: '2015-05-20' });
    expect(mid.notes.join('\n')).toContain('"mid-May 2015" is vague');
  });

  it('reads "from … to …", "since …" (to today) and "until …" (from the start of the record)', () => {
    expect(first('From 1 March 2016 to 31 March 2016, OIR launched 3 strikes near Palmyra.').window).toEqual({ from: '2016-03-01', to: '2016-03-31' });
    expect(first('Since 27 March 2016, OIR launched no airstrikes in Palmyra.').window).toEqual({ from: '2016-03-27', to: '2025-06-01' });
    expect(first('Until the end of March 2016, OIR launched more than 20 strikes near Palmyra.').window).toEqual({ from: '2014-08-08', to: '2016-03-31' });
  });

  it('takes a year written once for both ends, stepping back a year across New Year', () => {
    const r = parsed('OIR launched 8 strikes near Palmyra between 19 December and 3 January 2017.');
    expect(r.parts[0]!.window.value).toEqual({ from: '2016-12-19', to: '2017-01-03' });
    expect(r.notes.join('\n')).toContain('year of "19 December" taken from "3 January 2017": 2016');
  });

  it('refuses "between 3 March and 1 March 2015" as a window that ends before it starts', () => {
    const r = readClaim('OIR launched 4 strikes near Palmyra between 3 March and 1 March 2015.', ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toContain('the window ends (2015-03-01) before it starts (2015-03-03)');
  });

  it('infers the year of "between 19 and 27 February" from the enclosing window and says so', () => {
    const r = parsed(PALMYRA_2);
    const streak = r.parts.find((c) => c.kind === 'streak')!;
    expect(streak.window.value).toEqual({ from: '2017-02-19', to: '2017-02-27' });
    expect(streak.notes.join('\n')).toContain('inferred as 2017');
  });

  it('reads any "between <day> and <day>", written day-first or month-first, back as the same inclusive window', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const write = (day: string, monthFirst: boolean) => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      return monthFirst ? `${MONTHS[m - 1]} ${d}, ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
    };
    const dayArb = fc.integer({ min: toEpochDay('2014-08-08'), max: toEpochDay('2019-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), fc.boolean(), (from, length, monthFirst) => {
        const to = addDays(from, length);
        const claim = first(`Between ${write(from, monthFirst)} and ${write(to, monthFirst)}, OIR launched 8 strikes near Palmyra.`);
        expect(claim.window).toEqual({ from, to });
      }),
      { numRuns: 200 },
    );
  });

  it('reads a sentence with no window over the whole record, and says so', () => {
    const r = parsed('OIR launched 8 strikes near Palmyra.');
    expect(r.parts[0]!.window.value).toEqual({ from: '2014-08-08', to: '2025-06-01' });
    expect(r.notes[0]).toContain('no time phrase in the sentence');
  });
});

describe('readClaim: events and places', () => {
  it('checks stated dates against the control timeline and says they agree', () => {
    const r = parsed(PALMYRA_1);
    expect(r.parts[0]!.window.value).toEqual({ from: '2015-05-20', to: '2016-03-27' });
    const text = r.notes.join('\n');
    expect(text).toContain('"the fall of Palmyra" on 2015-05-20 agrees with the control timeline');
    expect(text).toContain('"its re-conquest" on 2016-03-27 agrees with the control timeline');
  });

  it('settles "the fall of Palmyra" and "its re-conquest" from the control timeline when no date is given', () => {
    const r = parsed('Between the fall of Palmyra and its re-conquest, OIR launched eight airstrikes in and around Palmyra.');
    expect(r.parts[0]!.window.value).toEqual({ from: '2015-05-20', to: '2016-03-27' });
    expect(r.notes.join('\n')).toContain('the control timeline settles it');
  });

  it('takes the share’s sub-window from a named event: "during the pro-regime offensive"', () => {
    const share = parsed(PALMYRA_1).parts.find((c) => c.kind === 'share')!;
    expect(share).toMatchObject({ subWindow: { from: '2016-03-07', to: '2016-03-27' }, subEventName: 'the pro-regime offensive', claimedShare: { fraction: { num: 1, den: 3 } } });
  });

  it('infers the place from a control event when the sentence names none', () => {
    const r = parsed(PALMYRA_2);
    expect(r.parts[0]!.where.value.include[0]!.place).toMatchObject({ kind: 'place', key: 'Palmyra' });
    expect(r.notes.join('\n')).toContain('"the onset of the IS offensive" is an event in the control timeline of Palmyra only');
  });

  it('gives "in and around" the default 25 km radius, "in" radius 0, and "within 20 km of" 20 km', () => {
    expect(first(PALMYRA_1).radiusKm).toBe(25);
    expect(first('In 2015 OIR launched 3 strikes in Palmyra.').radiusKm).toBe(0);
    expect(first('In 2015 OIR launched 3 strikes within 20 km of Palmyra.').radiusKm).toBe(20);
  });

  it('ignores actor wording', () => {
    const windows = ['OIR launched', 'the U.S. carried out', 'the coalition conducted'].map((actor) => first(`In 2015 ${actor} 12 strikes near Palmyra.`));
    for (const c of windows) expect(c).toMatchObject({ kind: 'count', claimed: { value: 12 }, radiusKm: 25, window: { from: '2015-01-01' } });
  });

  it('reads every numeric claim of a sentence', () => {
    expect(parsed(PALMYRA_1).parts.map((c) => c.kind)).toEqual(['count', 'share']);
    expect(parsed(PALMYRA_2).parts.map((c) => c.kind)).toEqual(['count', 'streak']);
  });
});

describe('readClaim: what it cannot read', () => {
  it("answers 'OIR launched many strikes' with missing: ['number']", () => {
    const r = failed('OIR launched many strikes.');
    expect(r.missing).toEqual(['number']);
    expect(r.message).toContain('"many" is not a number');
  });

  it('names an unknown place', () => {
    const r = failed('OIR launched eight airstrikes near Atlantis in 2015.');
    expect(r.problems).toEqual(['unknown place "Atlantis"']);
    expect(r.understood.window).toEqual({ from: '2015-01-01', to: '2015-12-31' });
    expect(r.message).toContain('"eight airstrikes"');
  });

  it('refuses a window that ends before it starts', () => {
    expect(failed('Between 27 March 2016 and 20 May 2015, OIR launched eight airstrikes near Palmyra.').problems).toEqual([
      'the window ends (2015-05-20) before it starts (2016-03-27)',
    ]);
  });

  it('refuses a date in the future', () => {
    expect(failed('OIR launched eight airstrikes near Palmyra in March 2030.').problems).toEqual(['"March 2030" (2030-03-01) is in the future (today is 2025-06-01)']);
  });

  it('refuses a day the calendar lacks', () => {
    expect(failed('On 31 February 2017 OIR launched 3 strikes near Palmyra.').problems).toEqual(['31 February 2017 is not a calendar day']);
  });

  it('asks for a year when nothing gives one', () => {
    expect(failed('On 19 February OIR launched 3 strikes near Palmyra.').missing).toEqual(['year']);
    expect(parsed('On 19 February OIR launched 3 strikes near Palmyra.', { document: { year: 2017 } }).parts[0]!.window.value.from).toBe('2017-02-19');
  });

  it('asks for a date when the control timeline cannot settle an event', () => {
    const r = failed('Between the siege of Palmyra and its re-conquest, OIR launched 8 strikes near Palmyra.');
    expect(r.missing).toEqual(['event date']);
    expect(r.message).toContain('no date for "the siege of Palmyra"');
  });

  it('asks which place "the city" is when nothing says', () => {
    expect(failed('In 2016 OIR launched 8 strikes on the city.', { control: { periods: [], events: [] } }).missing).toEqual(['place']);
  });

  it('keeps the readable claims and lists a share without a sub-window as unresolved', () => {
    const r = parsed('In March 2016, OIR launched 10 strikes near Palmyra, nearly half of them.');
    expect(r.parts.map((c) => c.kind)).toEqual(['count']);
    expect(r.unread).toEqual([expect.objectContaining({ text: 'nearly half of them', missing: ['sub-window'] })]);
  });
});

describe('readClaim: open windows', () => {
  it('reads "before X" and "after X" without the day of X itself', () => {
    expect(first('Before the fall of Palmyra, OIR launched 4 strikes near Palmyra.').window).toEqual({ from: '2014-08-08', to: '2015-05-19' });
    expect(first('After 27 March 2016, OIR launched 2 strikes in Palmyra.').window).toEqual({ from: '2016-03-28', to: '2025-06-01' });
  });
});

const asOf = (day: string) => ({ asOf: { day, source: 'test' } });
const read = (sentence: string, day?: string) => readClaim(sentence, { ...ctx, ...(day ? asOf(day) : {}) });
const windowOf = (sentence: string, day?: string) => {
  const r = read(sentence, day);
  if (!r.ok) throw new Error(r.message);
  return r.parts.map((p) => `${p.window.value.from}..${p.window.value.to} ${p.dating.value}`);
};
const refusal = (sentence: string, day?: string) => {
  const r = read(sentence, day);
  if (r.ok) throw new Error(`expected a refusal: ${r.notes.join('; ')}`);
  return [...r.problems, ...r.missing.map((m) => `missing ${m}`)].join('; ');
};





describe('readClaim: the odd inputs of issue 9', () => {
  it('reads each right or refuses it with a reason', () => {
    expect(windowOf('In Q4 2015 the coalition conducted 3 strikes near Palmyra.')).toEqual(['2015-10-01..2015-12-31 strike']);
    for (const [sentence, why] of [
      ['In 2015 the coalition conducted -5 strikes near Palmyra.', 'negative'],
      ['In 2015 the coalition conducted 2.5 strikes near Palmyra.', 'not a whole number'],
      ['In 2015 the coalition conducted 1.000 strikes near Palmyra.', 'ambiguous'],
      ['Between 10/10/2015 and 11/10/2015 the coalition conducted 2 strikes near Palmyra.', 'ambiguous'],
      ['Yesterday the coalition conducted 2 strikes near Palmyra.', 'missing publication date'],
      ['Last week the coalition conducted 2 strikes near Palmyra.', 'missing publication date'],
      ['In 2100 the coalition conducted 2 strikes near Palmyra.', 'is in the future'],
      ['In 2015 the coalition conducted 5 strikes near \u0420almyra.', 'Cyrillic'],
      ['In 2015 the coalition conducted 5 strikes near %.', 'not a place name'],
      ['In 2015 the coalition did not conduct three strikes near Palmyra.', 'negated'],
      ['In 2015 Russia conducted 300 strikes near Palmyra.', 'Russia'],
    ] as const) expect(refusal(sentence), sentence).toContain(why);
  });
});

describe('readClaim: the Palmyra analysis, verbatim', () => {
  it('reads "nineteen" over the government\'s hold on Palmyra, 2016-03-27..2016-12-11', () => {
    const r = parsed('Between the Assadist conquest of the city and their re-losing it, the U.S. carried out nineteen airstrikes in and around Palmyra.');
    expect(r.parts[0]).toMatchObject({ kind: 'count', claimed: { value: 19 }, window: { value: { from: '2016-03-27', to: '2016-12-11' } } });
    expect(r.notes.join('\n')).toContain('"their re-losing it" = 2016-12-11');
  });

  it('reads "eighty-two" as 2016-12-08..2017-03-02, with the streak in 2017-02-19..2017-02-27', () => {
    const r = parsed('Between the onset of the IS offensive on 8 December 2016 that captured the city the second time and the regime coalition retaking it, OIR launched eighty-two airstrikes, including twenty-three strikes over nine consecutive days between 19 and 27 February.');
    expect(r.parts.map((p) => [p.kind, p.window.value])).toEqual([
      ['count', { from: '2016-12-08', to: '2017-03-02' }],
      ['streak', { from: '2017-02-19', to: '2017-02-27' }],
    ]);
  });
});
