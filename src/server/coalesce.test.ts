import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesce.js';

describe('coalesced loads', () => {
  it('gives concurrent callers one load, and a caller arriving during a load the next one', async () => {
    let loads = 0;
    const gates: Array<() => void> = [];
    const read = coalesced(() => new Promise<number>((resolve) => {
      const n = ++loads;
      gates.push(() => resolve(n));
    }));

    const first = read();
    const during = [read(), read(), read()];
    expect(loads).toBe(1);
    gates.shift()!();
    expect(await first).toBe(1);
    // they arrived while load 1 ran, so load 1 may predate their last write: they share load 2
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(2);
    gates.shift()!();
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    const later = read();
    expect(loads).toBe(3);
    gates.shift()!();
    expect(await later).toBe(3);
  });

  it('lets a failed load fail its callers only, and loads again for the next', async () => {
    let calls = 0;
    const read = coalesced(async () => {
      calls++;
      if (calls === 1) throw new Error('server gone');
      return calls;
    });
    await expect(read()).rejects.toThrow('server gone');
    expect(await read()).toBe(2);
  });
});
