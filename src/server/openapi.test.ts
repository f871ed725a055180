import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../store/index.js';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';

describe('GET /api/openapi.json', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await Ledger.open('memory://');
  });
  afterAll(() => ledger.close());

  it('describes every /api route the app registers, with its method', async () => {
    const app = createApp(ledger);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    const routes = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(15);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(routes.filter((r) => !documented.includes(r))).toEqual([]);
  });

  it('documents the front end\'s read routes too', () => {
    const paths = Object.keys((openApiDocument() as { paths: object }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/count', '/api/places/{name}', '/api/check']));
  });
});
