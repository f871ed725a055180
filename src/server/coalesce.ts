/**
 * Shares one load among concurrent callers without serving anyone a result older than their call: a caller
 * arriving while a load runs waits for the next one, which starts when the running one ends. A request that
 * follows the same client's committed write therefore always sees it, and a crowd of requests costs one
 * load per round.
 */
export function coalesced<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current: Promise<T> = load().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running.then(settled, settled).then(() => {
      queued = null;
      return start();
    });
    return queued;
  };
}

const settled = () => undefined;
