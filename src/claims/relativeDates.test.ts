import { describe, expect, it } from 'vitest';
import { readClaim } from './read.js';
import { depsFor, palmyraLedger } from '../../test/support/palmyraLedger.js';
import type { ClaimContext } from './types.js';

const ctx: ClaimContext = depsFor(palmyraLedger());

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

describe('readClaim: dates relative to the publication day', () => {
  // 2015-10-14 was a Wednesday.
  it('reads a weekday as the latest such day on or before the publication day', () => {
    expect(windowOf('On Tuesday the coalition conducted 5 strikes near Palmyra.', '2015-10-14')).toEqual(['2015-10-13..2015-10-13 strike']);
    expect(windowOf('On Wednesday the coalition conducted 5 strikes near Palmyra.', '2015-10-14')).toEqual(['2015-10-14..2015-10-14 strike']);
    expect(windowOf('Since early Thursday the coalition conducted 5 strikes near Palmyra.', '2015-10-14')).toEqual(['2015-10-08..2015-10-14 strike']);
    expect(windowOf('Late Saturday and early Sunday the coalition conducted 4 strikes near Palmyra.', '2015-10-14')).toEqual(['2015-10-10..2015-10-11 strike']);
  });

  it('reads yesterday, last night, the past N days and hours, this week, last week, this month and so far this year', () => {
    const w = (phrase: string) => windowOf(`${phrase} the coalition conducted 5 strikes near Palmyra.`, '2015-10-14')[0];
    expect(w('Yesterday')).toBe('2015-10-13..2015-10-13 strike');
    expect(w('Last night')).toBe('2015-10-13..2015-10-14 strike');
    expect(w('Over the past nine days')).toBe('2015-10-06..2015-10-14 strike');
    expect(w('Over the past 72 hours')).toBe('2015-10-11..2015-10-14 strike');
    expect(w('This week')).toBe('2015-10-12..2015-10-14 strike');
    expect(w('Last week')).toBe('2015-10-05..2015-10-11 strike');
    expect(w('This month')).toBe('2015-10-01..2015-10-14 strike');
    expect(w('So far this year')).toBe('2015-01-01..2015-10-14 strike');
  });

  it('checks "the last two days" ending the day before too, since releases of some years stop there', () => {
    const r = read('In the last two days the coalition conducted 10 strikes near Raqqa.', '2015-10-14');
    expect(r.ok && r.parts[0]!.windowAlternatives).toEqual([{ from: '2015-10-12', to: '2015-10-13' }]);
  });

  it('reads a date without a year as the latest such date on or before the publication day', () => {
    expect(windowOf('Since 17 November the coalition conducted 40 strikes near Palmyra.', '2015-10-14')).toEqual(['2014-11-17..2015-10-14 strike']);
    expect(windowOf('On Dec. 9 the coalition conducted 4 strikes near Palmyra.', '2017-01-02')).toEqual(['2016-12-09..2016-12-09 strike']);
  });

  it('refuses a relative date when no publication day is given, and says how to give one', () => {
    for (const phrase of ['Yesterday', 'Last week', 'On Tuesday', 'In the past two days']) {
      expect(refusal(`${phrase} the coalition conducted 5 strikes near Palmyra.`)).toContain('missing publication date');
    }
  });

  it('counts the strikes the releases of a statement day report, by release day, when the sentence gives no other day', () => {
    expect(windowOf('Ten strikes hit near Palmyra, the task force said on Wednesday.', '2015-10-14')).toEqual(['2015-10-14..2015-10-14 reported']);
    expect(windowOf('Ten strikes hit near Palmyra on Tuesday, the task force said on Wednesday.', '2015-10-14')).toEqual(['2015-10-13..2015-10-13 strike']);
  });

  it('reads quarters, refuses seasons, and settles numeric dates only when they cannot be read two ways', () => {
    expect(windowOf('In Q4 2015 the coalition conducted 3 strikes near Palmyra.')).toEqual(['2015-10-01..2015-12-31 strike']);
    expect(refusal('In the winter of 2015 the coalition conducted 40 strikes near Palmyra.')).toContain('a season is not a span of days');
    expect(windowOf('On 25/10/2015 the coalition conducted 3 strikes near Palmyra.')).toEqual(['2015-10-25..2015-10-25 strike']);
    expect(refusal('Between 10/10/2015 and 11/10/2015 the coalition conducted 2 strikes near Palmyra.')).toContain('"11/10/2015" is ambiguous: 11 October or November 10?');
    expect(windowOf('Between 25/10/2015 and 11/11/2015 the coalition conducted 2 strikes near Palmyra.')).toEqual(['2015-10-25..2015-11-11 strike']);
  });

  it('ignores a date that belongs to something else than the strikes, and says so', () => {
    const r = read('Twelve air strikes in Iraq hit near Mosul, a city that was captured by Islamic State in June 2014, the statement said on Tuesday.', '2015-10-27');
    expect(r.ok && r.parts[0]!.window.value).toEqual({ from: '2015-10-27', to: '2015-10-27' });
    expect(r.ok && r.notes.join('\n')).toContain('"June 2014" dates');
  });
});

describe('readClaim: since an event', () => {
  it('reads "since the air campaign began" from the first day of the record, and refuses an operation the timeline does not know', () => {
    expect(windowOf('Since the air campaign began, the coalition has conducted more than 5,000 strikes in Iraq.', '2015-08-08')).toEqual(['2014-08-08..2015-08-08 strike']);
    expect(refusal('Since the assault began, the coalition has conducted 40 strikes near Palmyra.', '2016-03-20')).toContain('missing event date');
  });
});
