import { serve as serveNode } from '@hono/node-server';
import type { Ledger } from '../store/index.js';
import { createApp } from './app.js';
import { optionsFromEnv, type AppOptions } from './workbench.js';

export { createApp } from './app.js';
export { optionsFromEnv, type AppOptions } from './workbench.js';
export { openApiDocument } from './openapi.js';
export { renderArticle, indexHtml, pageHtml, ANALYSIS_CSS, type PageLinks } from './analysisPages.js';

/** Serves the app on `port` until the process is stopped; resolves once listening. Options default to the environment's. */
export function serve(ledger: Ledger, port: number, hostname = '127.0.0.1', options: AppOptions = optionsFromEnv()): Promise<{ close(): Promise<void>; url: string }> {
  const app = createApp(ledger, options);
  return new Promise((resolve) => {
    const server = serveNode({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
