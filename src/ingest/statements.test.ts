import { describe, expect, it } from 'vitest';
import { readStatements, splitStatements, startReading, type ReadingState } from './statements.js';

const state = (): ReadingState => ({ ...startReading('2017-08-21'), country: 'Iraq' });

describe('splitStatements', () => {
  it('splits sentences but not after "U.S." or "Nov."', () => {
    expect(splitStatements('To conduct these strikes, the U.S. employed U.S. Air Force aircraft. Additionally on Nov. 21, two strikes occurred.')).toEqual([
      'To conduct these strikes, the U.S. employed U.S. Air Force aircraft.', 'Additionally on Nov. 21, two strikes occurred.',
    ]);
  });

  it('splits glued places at "•", at "; Near" and at a run of spaces before "Near"', () => {
    expect(splitStatements('Near A, one strike hit x. • Near B, two strikes hit y; Near C, a strike hit z      Near D, a strike hit w')).toEqual([
      'Near A, one strike hit x.', 'Near B, two strikes hit y', 'Near C, a strike hit z', 'Near D, a strike hit w',
    ]);
  });

  it('keeps a line wrapped with runs of spaces whole', () => {
    expect(splitStatements('Near A, two strikes struck an ISIL         fighting position.')).toHaveLength(1);
  });
});

describe('readStatements', () => {
  it('opens a section with "In Syria," and keeps it for the strikes that follow', () => {
    const s = state();
    const reading = readStatements('In Syria, one strike near Kobani destroyed a tank. Two strikes near Aleppo struck a unit.', s);
    expect(reading.drafts.map((d) => `${d.country} ${d.placeText}`)).toEqual(['Syria Kobani', 'Syria Aleppo']);
    expect(s.country).toBe('Syria');
  });

  it('reads a tally sentence as a section or boilerplate, taking its day for the strikes below', () => {
    const s = state();
    expect(readStatements('SOUTHWEST ASIA – On Aug. 20, Coalition military forces conducted 21 strikes consisting of 33 engagements against ISIS targets in Syria and Iraq.', s))
      .toEqual({ drafts: [], failures: [], structure: 'boilerplate', totals: [{ from: '2017-08-20', to: '2017-08-20', dateBasis: 'stated', section: '', strikes: 21, engagements: 33 }] });
    expect(s.date).toBe('2017-08-20');
    expect(readStatements('Attack and fighter aircraft conducted six strikes in Syria:', s).structure).toBe('section');
    expect(s.country).toBe('Syria');
  });

  it('moves the day and country after a late report', () => {
    const s = state();
    expect(readStatements('Additionally on Aug. 18, two strikes occurred in Syria that were previously unreported:', s).structure).toBe('section');
    expect(s).toMatchObject({ date: '2017-08-18', country: 'Syria' });
  });

  it('reads boilerplate as boilerplate, including remarks about strikes already listed', () => {
    for (const text of [
      'To conduct these strikes, the U.S. employed fighter aircraft. All aircraft exited the strike areas safely.',
      'Airstrike assessments are based on initial reports.',
      'One strike is currently under investigation for a potential friendly fire incident.',
    ]) expect(readStatements(text, state()), text).toEqual({ drafts: [], failures: [], structure: 'boilerplate', totals: [] });
  });

  it('reports a follow-up sentence with no strike before it', () => {
    expect(readStatements('These strikes also destroyed a mortar.', state()).failures).toEqual(['no strike before the follow-up "These strikes also destroyed a mortar."']);
  });

  it('ignores a sentence that says nothing about strikes inside a strike line', () => {
    const reading = readStatements('Near Mosul, one strike destroyed a tank. Kurdish forces reported progress.', state());
    expect(reading.drafts).toHaveLength(1);
    expect(reading.failures).toEqual([]);
  });
});

describe('strikes beside boilerplate', () => {
  it('keeps a strike whose sentence also mentions civilian casualties', () => {
    const reading = readStatements('Near Mosul, one strike destroyed a tank and there were no civilian casualties.', state());
    expect(reading.drafts.map((d) => d.placeText)).toEqual(['Mosul']);
  });

  it('never reads the definition of a strike as a strike', () => {
    const reading = readStatements('For example, a single aircraft delivering a single weapon against a lone ISIS vehicle near Mosul is one strike.', state());
    expect(reading).toEqual({ totals: [], drafts: [], failures: [], structure: 'boilerplate' });
  });
});
