import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

/** Where `vite build` writes the workbench: dist/web, from src/server (tsx, vitest) and dist/server alike. */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

// Workbench views: the app's own paths, answered with index.html before any server route.
const APP_PATHS = [/^\/$/, /^\/explore\/?$/, /^\/places\/[^/]+\/?$/, /^\/check\/?$/, /^\/review\/?$/, /^\/import\/?$/, /^\/login\/?$/, /^\/settings\/?$/, /^\/analyses\/new\/?$/, /^\/analyses\/[^/]+\/edit\/?$/];

/**
 * Serves the built workbench: files under dist/web (hashed assets cached for a year), index.html for the
 * workbench's paths, and for any other GET that wants HTML and that no route answered (404). Without a
 * build it does nothing, so the JSON API works on its own.
 */
export function staticAssets(root: string = WEB_DIST): MiddlewareHandler {
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer | null => {
    const hit = cache.get(file);
    if (hit) return hit;
    if (!existsSync(file) || !statSync(file).isFile()) return null;
    const body = readFileSync(file);
    if (file.includes(`${sep}assets${sep}`)) cache.set(file, body);
    return body;
  };
  const indexHtml = () => read(join(root, 'index.html'));
  const html = (body: Buffer) => new Response(new Uint8Array(body), { status: 200, headers: { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' } });

  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path.startsWith('/api/') || !existsSync(root)) return next();
    if (path.startsWith('/assets/') || /^\/[\w.-]+\.(svg|png|ico|json)$/.test(path)) {
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root)) return next();
      const body = read(file);
      if (!body) return next();
      const immutable = path.startsWith('/assets/');
      return new Response(new Uint8Array(body), {
        headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' },
      });
    }
    if (APP_PATHS.some((p) => p.test(path))) {
      const body = indexHtml();
      if (body) return html(body);
    }
    await next();
    if (c.res.status === 404 && (c.req.header('accept') ?? '').includes('text/html')) {
      const body = indexHtml();
      if (body) c.res = html(body);
    }
  };
}
