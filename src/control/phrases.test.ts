import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseControlCsv } from './csv.js';
import { eventForPhrase } from './phrases.js';

const { periods, events } = parseControlCsv(readFileSync(new URL('../../test/fixtures/control-palmyra.csv', import.meta.url), 'utf8'), 'control-palmyra.csv');
const settle = (phrase: string, after?: string) =>
  eventForPhrase(phrase, 'Palmyra', periods, events, { placeNames: ['Palmyra', 'Tadmur'], ...(after ? { after } : {}) });

describe('eventForPhrase', () => {
  it('settles "the fall of Palmyra" to the start of IS control, listing the second fall', () => {
    const fall = settle('the fall of Palmyra');
    expect(fall?.day).toBe('2015-05-20');
    expect(fall?.alternatives).toEqual(['2016-12-11']);
    expect(fall?.explanation).toContain('start of IS control');
  });

  it('takes the first fall after a given day', () => {
    expect(settle('the fall of Palmyra', '2016-06-01')?.day).toBe('2016-12-11');
  });

  it('settles "its re-conquest" after the fall to the government’s return', () => {
    expect(settle('its re-conquest', '2015-05-20')?.day).toBe('2016-03-27');
    expect(settle('the liberation of Tadmur', '2016-12-11')?.day).toBe('2017-03-02');
  });

  it('settles "the regime coalition retaking the city" to a government period', () => {
    expect(settle('the regime coalition retaking the city', '2016-12-08')?.day).toBe('2017-03-02');
  });

  it('settles named events by their words, with their span', () => {
    const onset = settle('the onset of the IS offensive');
    expect(onset).toMatchObject({ day: '2016-12-08', span: { from: '2016-12-08', to: '2016-12-11' } });
    expect(settle('the pro-regime offensive', '2015-05-20')).toMatchObject({
      day: '2016-03-07',
      span: { from: '2016-03-07', to: '2016-03-27' },
      alternatives: ['2017-01-13'],
    });
    expect(settle('the end of the ISIL offensive')?.day).toBe('2016-12-11');
  });

  it('returns null for a phrase the control data does not settle', () => {
    expect(settle('the siege of Palmyra')).toBeNull();
    expect(eventForPhrase('the fall of Raqqa', 'Raqqa', periods, events)).toBeNull();
  });
});
