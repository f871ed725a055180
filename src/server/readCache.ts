import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './workbench.js';

/**
 * Public reads whose answer depends only on the ledger and the URL: never on who asks, nor on the day.
 * (Analyses are not here: editors see drafts in the list.)
 */
const CACHEABLE = /^\/api\/(count|strikes|stats|review|explore(\/records)?|places\/[^/]+)$/;

/** Larger answers (whole-ledger downloads) are computed for each request rather than held in memory. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

interface Answer {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

interface Entry {
  version: string;
  /** Settles once the first request for this version has been answered; null when it is not one to keep. */
  answer: Promise<Answer | null>;
  bytes: number;
}

export interface ReadCacheOptions {
  /** Memory the cached answers may take (env AIRLEDGER_CACHE_MB; default 64 MB). 0 turns the cache off. */
  maxBytes?: number;
}

/**
 * Answers repeated public reads from memory while the ledger is unchanged. The ledger's version (read per
 * request by the visitor middleware) keys every entry, so a write from any process makes the next read
 * compute afresh; concurrent requests for one URL and version share a single computation. Answers carry a
 * strong ETag of their bytes and `Cache-Control: no-cache`, so browsers revalidate and get 304s.
 */
export function readCache(options: ReadCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let heldBytes = 0;

  const forget = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    heldBytes -= entry.bytes;
    entries.delete(key);
  };
  const evictOldest = () => {
    for (const key of entries.keys()) {
      if (heldBytes <= maxBytes) return;
      forget(key);
    }
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' || maxBytes === 0 || !CACHEABLE.test(c.req.path)) return next();
    const version = c.get('ledgerVersion');
    const url = new URL(c.req.url);
    const key = `${url.pathname}?${url.search}`;

    let entry = entries.get(key);
    if (entry?.version === version) {
      // most recently used last, so that eviction takes the oldest
      entries.delete(key);
      entries.set(key, entry);
    } else {
      forget(key);
      let settle!: (answer: Answer | null) => void;
      entry = { version, answer: new Promise((resolve) => (settle = resolve)), bytes: 0 };
      entries.set(key, entry);
      const mine = entry;
      let answer: Answer | null = null;
      try {
        await next();
        answer = await keep(c);
      } finally {
        settle(answer);
        if (entries.get(key) === mine) {
          if (!answer) forget(key);
          else {
            mine.bytes = answer.body.byteLength;
            heldBytes += mine.bytes;
            evictOldest();
          }
        }
      }
      // the answer is final once next() has run: the first request of a version gets a 200, never a 304
      return;
    }

    const answer = await entry.answer;
    if (!answer) return next();
    if (matches(c.req.header('if-none-match'), answer.headers.etag!)) return c.body(null, 304, { etag: answer.headers.etag! });
    return c.body(answer.body, 200, answer.headers);
  };
}

/**
 * Reads a 200 answer's bytes and gives it its ETag; returns what may be kept: the bytes and the headers that
 * belong to the answer (never a visitor's cookie). Other answers pass through untouched.
 */
async function keep(c: Context<AppEnv>): Promise<Answer | null> {
  const res = c.res;
  if (res.status !== 200 || Number(res.headers.get('content-length') ?? 0) > MAX_ENTRY_BYTES) return null;
  const body = new Uint8Array(await res.arrayBuffer());
  const headers: Record<string, string> = {
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    'cache-control': 'no-cache',
  };
  for (const name of ['content-type', 'content-disposition']) {
    const value = res.headers.get(name);
    if (value) headers[name] = value;
  }
  c.res = new Response(body, { status: 200, headers: { ...Object.fromEntries(res.headers), ...headers } });
  return body.byteLength <= MAX_ENTRY_BYTES ? { body, headers } : null;
}

function matches(ifNoneMatch: string | undefined, etag: string | null | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
