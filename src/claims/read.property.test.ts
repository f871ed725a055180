import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim } from './check.js';
import { depsFor, palmyraLedger } from '../../test/support/palmyraLedger.js';

// Sentences built from readable parts, then one part made unreadable: the answer may say anything but
// supported or contradicted.
const WINDOWS = [
  { text: 'In March 2016', garbled: ['In Smarch 2016', 'On 45 March 2016', 'On 2016-13-40', 'On 31/31/2016', 'In the winter of 2016'] },
  { text: 'Between 10 and 11 October 2015', garbled: ['Between 10 and 11 Octember 2015', 'Between 10 and 41 October 2015', 'Between 11 and 10 October 2015'] },
  { text: 'On 20 May 2015', garbled: ['On 20 Mayo 2015', 'On 20 May 2100', 'On 11/10/2015'] },
  { text: 'Since 27 March 2016', garbled: ['Since 27 Marsh 2016', 'Since 27 March 2116', 'Since Tuesday'] },
  { text: 'In Q4 2015', garbled: ['In Q7 2015', 'In the last quarter', 'Yesterday'] },
];
const PLACES = [
  { text: 'near Palmyra', garbled: ['near Zorblax', 'near P\u0430lmyra', 'near %', 'near Palmyrax'] },
  { text: 'in Raqqa', garbled: ['in Raqqastan', 'in R\u0430qqa', 'in Springfield'] },
  { text: 'in Syria', garbled: ['in Syrialand', 'in S\u0443ria'] },
  { text: 'near Palmyra and Raqqa', garbled: ['near Palmyra and Zorblax', 'near Zorblax and Raqqa'] },
];
const NUMBERS = [
  { text: 'three strikes', garbled: ['many strikes', '-3 strikes', '3.5 strikes', 'several strikes', 'a lot of strikes'] },
  { text: '8 airstrikes', garbled: ['8.000 airstrikes', '2.5 airstrikes', 'numerous airstrikes', '-8 airstrikes'] },
  { text: 'more than 5 strikes', garbled: ['more than 5.5 strikes', 'more than a few strikes', '250000 strikes'] },
  { text: 'no strikes', garbled: ['hardly any strikes', 'some strikes'] },
];

const sentence = fc.record({
  window: fc.constantFrom(...WINDOWS),
  place: fc.constantFrom(...PLACES),
  number: fc.constantFrom(...NUMBERS),
  broken: fc.constantFrom('window' as const, 'place' as const, 'number' as const),
  pick: fc.nat(),
});

describe('checkClaim on a sentence with one part made unreadable', () => {
  const deps = depsFor(palmyraLedger());

  it('never answers supported or contradicted', async () => {
    await fc.assert(
      fc.asyncProperty(sentence, async ({ window, place, number, broken, pick }) => {
        const part = (p: { text: string; garbled: string[] }, which: typeof broken) => (broken === which ? p.garbled[pick % p.garbled.length]! : p.text);
        const text = `${part(window, 'window')}, the coalition conducted ${part(number, 'number')} ${part(place, 'place')}.`;
        const r = await checkClaim(text, deps);
        expect(['supported', 'contradicted'], `${text} → ${r.verdict}: ${r.message}`).not.toContain(r.verdict);
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same sentences, unbroken, with a verdict', async () => {
    for (const w of WINDOWS) {
      const r = await checkClaim(`${w.text}, the coalition conducted three strikes near Palmyra.`, deps);
      expect(r.verdict, `${w.text}: ${r.message}`).not.toBe('unparseable');
    }
  });
});
