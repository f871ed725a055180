import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../store/index.js';
import { serve } from './index.js';

describe('serve', () => {
  let ledger: Ledger | null = null;
  afterEach(async () => {
    await ledger?.close();
    ledger = null;
  });

  it('closes only once the requests it took are answered, even when their clients have gone', async () => {
    ledger = await Ledger.open('memory://');
    const server = await serve(ledger, 0, '127.0.0.1', {});
    // every query now takes 300 ms, and says when the last one finished
    const db = ledger.db as { query: (...args: never[]) => Promise<unknown> };
    const query = db.query.bind(db);
    let lastQueryDone = 0;
    db.query = async (...args) => {
      await new Promise((r) => setTimeout(r, 300));
      try {
        return await query(...args);
      } finally {
        lastQueryDone = performance.now();
      }
    };
    const client = new AbortController();
    const request = fetch(`${server.url}/api/count?near=Palmyra`, { signal: client.signal }).catch(() => null);
    await new Promise((r) => setTimeout(r, 100));
    client.abort();
    await request;
    await server.close();
    const closed = performance.now();
    expect(lastQueryDone).toBeGreaterThan(0);
    expect(closed).toBeGreaterThanOrEqual(lastQueryDone);
  });
});
