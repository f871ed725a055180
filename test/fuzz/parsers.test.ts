import { describe, expect, it } from 'vitest';
import { PALMYRA_1 } from '../support/palmyraLedger.js';
import { parseRelease } from '../../src/ingest/index.js';
import { runFuzz, timeClaim, timings, TIME_LIMIT_MS } from './parserFuzz.js';

// A sample of `npm run fuzz` (which runs 120,000 inputs): the same inputs, fewer of them, a fixed seed
// unless AIRLEDGER_FUZZ_SEED says otherwise.
const seed = Number(process.env.AIRLEDGER_FUZZ_SEED ?? 20_250_601);

describe('the release and claim parsers under hostile input', () => {
  it('never throw, answer within 1 s and account for every line of 2,000 releases and 1,000 claims', () => {
    const { release, claim } = runFuzz(2_000, 1_000, seed);
    expect(release.inputs).toBe(2_000);
    expect(claim.inputs).toBe(1_000);
    expect([...release.failures, ...claim.failures], `seed ${seed}`).toEqual([]);
    expect(timings(release.durations).max).toBeLessThan(TIME_LIMIT_MS);
    expect(timings(claim.durations).max).toBeLessThan(TIME_LIMIT_MS);
  }, 60_000);

  // Long runs once made two claim regexes quadratic (100,000 dots: ~30 s); they now start only at a run's first character.
  it('answers a claim holding a 100,000-character run of dots or spaces within 1 s', () => {
    for (const run of ['.', ' ']) {
      const sentence = PALMYRA_1.replace('Palmyra,', `Palmyra${run.repeat(100_000)},`);
      expect(timeClaim(sentence), JSON.stringify(run)).toBeLessThan(TIME_LIMIT_MS);
    }
  });

  // A run of spaces inside a place name once made the bullet pattern backtrack cubically (found by `npm run fuzz`).
  it('parses a bullet with 100,000 spaces inside its place name within 1 s', () => {
    const text = `Title\nMay 23, 2015\n\nIraq\n- Near Mak${' '.repeat(100_000)}hmur, two airstrikes struck an ISIL tactical unit.\n`;
    const start = performance.now();
    parseRelease(text, { sourceUri: 'spaces.txt' });
    expect(performance.now() - start).toBeLessThan(TIME_LIMIT_MS);
  });
});
