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

describe('readClaim: actors and negation', () => {
  it('refuses negated claims and other actors, and reads "the U.S." as the coalition', () => {
    expect(refusal('In 2015 the coalition did not conduct three strikes near Palmyra.')).toContain('negated ("did not")');
    expect(refusal('It is false that the coalition conducted 5 strikes near Palmyra in 2015.')).toContain('negated');
    expect(refusal('In 2015 Russia conducted 300 strikes near Palmyra.')).toContain('not a claim about the coalition\'s declared strikes: "russia" (Russia)');
    expect(refusal('In 2015 the regime conducted 300 strikes near Palmyra.')).toContain('the Syrian government');
    expect(refusal('The Syrian Observatory counts 20 coalition strikes near Palmyra in 2015.')).toContain('the count is by the Syrian Observatory for Human Rights');
    expect(refusal('In 2015 Jordan carried out 30 strikes near Palmyra.')).toContain('one coalition member');
    expect(refusal('In 2015 U.S. aircraft carried out 30 strikes near Palmyra.')).toContain('U.S. forces alone');
    expect(parsed('In 2015 the U.S. carried out 30 strikes near Palmyra.').parts[0]!.actor.note).toContain('read as the coalition');
  });
});
