import { serve as serveNode } from '@hono/node-server';
import type { Ledger } from '../store/index.js';
import { createApp } from './app.js';

export { createApp } from './app.js';

/** Serves the app on `port` until the process is stopped; resolves once listening. */
export function serve(ledger: Ledger, port: number, hostname = '127.0.0.1'): Promise<{ close(): Promise<void>; url: string }> {
  const app = createApp(ledger);
  return new Promise((resolve) => {
    const server = serveNode({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
