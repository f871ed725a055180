import { describe, expect, it } from 'vitest';
import { isDay } from '../analysis/days.js';
import { Gazetteer } from '../places/gazetteer.js';
import { builtInTimeline, CAMPAIGN_KEY } from './builtIn.js';
import { BUILT_IN_TIMELINES } from './builtInTimelines.js';
import { eventForPhrase } from './phrases.js';

describe('built-in control timelines', () => {
  const { periods, events, problems } = builtInTimeline();

  it('give every period and event a source, a note and real days', () => {
    for (const item of [...periods, ...events]) {
      expect(item.source, `${item.placeKey} ${item.from}`).toMatch(/\S{3,}/);
      expect(item.note, `${item.placeKey} ${item.from}`).toMatch(/\S{3,}/);
      expect(isDay(item.from), item.from).toBe(true);
      if (item.to !== null) {
        expect(isDay(item.to), item.to).toBe(true);
        expect(item.to >= item.from, `${item.placeKey} ${item.from}..${item.to}`).toBe(true);
      }
      expect(item.builtIn).toBe(true);
    }
  });

  it('never let two periods of one place overlap', () => {
    expect(problems).toEqual([]);
    const byPlace = new Map<string, typeof periods>();
    for (const p of periods) byPlace.set(p.placeKey, [...(byPlace.get(p.placeKey) ?? []), p]);
    for (const [place, list] of byPlace) {
      for (let i = 1; i < list.length; i++) {
        const [before, after] = [list[i - 1]!, list[i]!];
        expect(before.to !== null && before.to < after.from, `${place}: ${before.from}..${before.to} runs into ${after.from}`).toBe(true);
      }
    }
  });

  it('name places the gazetteer knows, in Syria or Iraq, by the name it shows first', () => {
    const g = Gazetteer.builtIn();
    for (const t of BUILT_IN_TIMELINES.filter((t) => t.place !== CAMPAIGN_KEY)) {
      const place = g.get(t.place);
      expect(place, t.place).toBeDefined();
      expect(['SY', 'IQ']).toContain(place!.countryCode);
      expect(place!.name).toBe(t.name);
    }
  });

  it('cover the places and events analysts write about', () => {
    const g = Gazetteer.builtIn();
    const names = new Set(BUILT_IN_TIMELINES.map((t) => g.get(t.place)?.name));
    for (const name of ['Palmyra', 'Mosul', 'Raqqa', 'Manbij', 'Kobani', 'Ramadi', 'Fallujah', 'Tikrit', 'Bayji', 'Sinjar', 'Hit', 'Haditha',
      'Tal Afar', 'Qayyarah', 'Hawija', 'Al Qaim', 'Abu Kamal', 'Deir ez-Zor', 'Tabqa', 'Al-Bab', 'Jarabulus', 'Dabiq', 'Al-Shaddadi',
      'Al-Hasakah', 'Ayn Issa', "Mar'a", 'Hajin', 'Baghuz', 'Rutba', 'Rawah']) expect(names, name).toContain(name);
    expect(events.find((e) => e.placeKey === CAMPAIGN_KEY && e.name === 'Operation Inherent Resolve')?.from).toBe('2014-08-08');
  });

  it('settle the phrases analysts write', () => {
    const settle = (phrase: string, key: string, names: string[], after?: string) =>
      eventForPhrase(phrase, key, periods, events, { placeNames: names, ...(after ? { after } : {}) });
    expect(settle('the fall of Palmyra', 'geonames:163808', ['Palmyra'])?.day).toBe('2015-05-20');
    expect(settle('its re-conquest', 'geonames:163808', ['Palmyra'], '2015-05-20')?.day).toBe('2016-03-27');
    expect(settle('the onset of the IS offensive', 'geonames:163808', ['Palmyra'], '2016-06-01')).toMatchObject({ day: '2016-12-08' });
    expect(settle('the regime coalition retaking it', 'geonames:163808', ['Palmyra'], '2016-12-08')?.day).toBe('2017-03-02');
    expect(settle('the fall of Mosul', 'geonames:99072', ['Mosul'])?.day).toBe('2014-06-10');
    expect(settle('the battle of Mosul', 'geonames:99072', ['Mosul'])).toMatchObject({ span: { from: '2016-10-16', to: '2017-07-20' } });
    expect(settle('the battle of Raqqa', 'geonames:172955', ['Raqqa'])).toMatchObject({ span: { from: '2017-06-06', to: '2017-10-17' } });
    expect(settle('the liberation of Manbij', 'geonames:167357', ['Manbij'])?.day).toBe('2016-08-12');
    expect(settle('the fall of Manbij', 'geonames:167357', ['Manbij'])).toBeNull();
  });
});
