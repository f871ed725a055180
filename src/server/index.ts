import { serve as serveNode } from '@hono/node-server';
import type { Ledger } from '../store/index.js';
import { createApp } from './app.js';
import { removeStaleUploads } from './uploadStaging.js';
import { optionsFromEnv, type AppOptions } from './workbench.js';

export { createApp } from './app.js';
export { optionsFromEnv, type AppOptions } from './workbench.js';
export { openApiDocument } from './openapi.js';
export { renderArticle, indexHtml, pageHtml, ANALYSIS_CSS, type PageLinks } from './analysisPages.js';

/** How long closing waits for requests still being answered before it lets the ledger close anyway. */
const DRAIN_MS = 30_000;

/**
 * Serves the app on `port` until closed; resolves once listening. Options default to the environment's.
 * `close()` stops taking connections and resolves once every request already taken has been answered, even
 * one whose client has gone, so that the caller may then close the ledger under no running query. Upload
 * staging folders a killed server left behind (older than a day, this user's) are removed first.
 */
export async function serve(ledger: Ledger, port: number, hostname = '127.0.0.1', options: AppOptions = optionsFromEnv()): Promise<{ close(): Promise<void>; url: string }> {
  await removeStaleUploads();
  const app = createApp(ledger, options);
  let running = 0;
  let drained: (() => void) | null = null;
  const fetch = async (request: Request): Promise<Response> => {
    running++;
    try {
      return await app.fetch(request);
    } finally {
      if (--running === 0) drained?.();
    }
  };
  const drain = () => new Promise<void>((done) => {
    if (running === 0) return done();
    drained = done;
    setTimeout(done, DRAIN_MS).unref();
  });
  return new Promise((resolve) => {
    const server = serveNode({ fetch, port, hostname }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())).then(drain),
      });
    });
  });
}
