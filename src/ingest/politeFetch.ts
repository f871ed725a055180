/** How a long list of URLs is fetched from one archive. */
export interface PoliteFetchOptions {
  /** Requests started per second, at most (default 1). */
  perSecond?: number;
  /** Further tries after a network error or an answer of 429 or 5xx (default 3). */
  retries?: number;
  /** First wait before a retry, in ms, doubled each time (default 1000); a Retry-After answer waits longer. */
  backoffMs?: number;
  /** Waits; tests replace it. */
  sleep?: (ms: number) => Promise<void>;
  /** Told of each retry, for the progress display. */
  onRetry?: (url: string, attempt: number, why: string) => void;
}

const RETRIED = new Set([429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 5 * 60_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A `fetch` that starts at most `perSecond` requests a second and retries what may pass (network errors, 429,
 * 5xx) with exponential backoff, honouring Retry-After. After the last try it returns the last answer, or
 * throws the last error, for the caller to report.
 */
export function politeFetch(fetchImpl: typeof fetch, options: PoliteFetchOptions = {}): typeof fetch {
  const interval = 1000 / Math.max(options.perSecond ?? 1, 0.001);
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  const sleep = options.sleep ?? wait;
  let nextStart = 0;
  // requests queue behind each other so that the spacing holds however many are in flight
  let queue: Promise<void> = Promise.resolve();
  const turn = (): Promise<void> => {
    const mine = queue.then(async () => {
      const now = Date.now();
      if (nextStart > now) await sleep(nextStart - now);
      nextStart = Math.max(now, nextStart) + interval;
    });
    queue = mine.catch(() => undefined);
    return mine;
  };
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    for (let attempt = 0; ; attempt++) {
      await turn();
      let why: string;
      let retryAfterMs = 0;
      try {
        const response = await fetchImpl(input, init);
        if (!RETRIED.has(response.status) || attempt >= retries) return response;
        why = `HTTP ${response.status}`;
        retryAfterMs = retryAfter(response.headers.get('retry-after'));
        await response.arrayBuffer().catch(() => undefined);
      } catch (error) {
        if (attempt >= retries || init?.signal?.aborted) throw error;
        why = (error as Error).message;
      }
      options.onRetry?.(url, attempt + 1, why);
      await sleep(Math.min(Math.max(backoff * 2 ** attempt, retryAfterMs), MAX_RETRY_AFTER_MS));
    }
  };
}

/** Retry-After as seconds or an HTTP date, in ms; 0 when absent or unreadable. */
function retryAfter(value: string | null): number {
  if (value === null) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
}
