import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { workbenchFixture } from '../../test/support/workbenchClient.js';
import { openApiDocument } from './openapi.js';
import { unstorable, unstorableField } from './storableText.js';

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[]; allOf?: Schema[] };
type Operation = { parameters?: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, { schema: Schema }> } };

const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
const resolve = (s: Schema): Schema => (s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]!) : s);

/** Body fields of a JSON schema that hold text (or a list of texts), with a value carrying NUL there. */
function nulBodies(schema: Schema | undefined): Array<{ field: string; body: Record<string, unknown> }> {
  if (!schema) return [];
  const s = resolve(schema);
  const parts = [...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (parts.length > 0) return parts.flatMap(nulBodies);
  return Object.entries(s.properties ?? {}).flatMap(([name, raw]): Array<{ field: string; body: Record<string, unknown> }> => {
    const p = resolve(raw);
    const types = [p.type ?? 'string'].flat();
    if (types.includes('string')) return [{ field: name, body: { [name]: 'Near Hit\u0000' } }];
    if (types.includes('array') && resolve(p.items ?? {}).type === 'string') return [{ field: `${name}.0`, body: { [name]: ['a\u0000'] } }];
    return [];
  });
}

describe('unstorable', () => {
  it('names NUL and a lone half of a UTF-16 pair, and lets other text through', () => {
    expect(unstorable('a\u0000b')).toBe('contains U+0000 (NUL), which the ledger cannot store');
    expect(unstorable('a\ud800b')).toBe('contains U+D800, half of a UTF-16 pair without the other, which the ledger cannot store');
    expect(unstorable('Tadmur 🛩 — \u0001')).toBeNull();
  });

  it('finds a field the database would refuse exactly when some key or text in the JSON holds one', () => {
    const storable = (text: string) => !text.includes('\u0000') && Buffer.from(text, 'utf8').toString('utf8') === text;
    const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(texts) : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...texts(x)]) : []);
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3, stringUnit: fc.oneof(fc.constantFrom('\u0000', '\ud800', '\udc00', 'a'), fc.string({ unit: 'binary', maxLength: 2 })) }), (value) => {
      expect(unstorableField(value) === null).toBe(texts(value).every(storable));
    }), { numRuns: 2_000, seed: 13 });
  });
});

describe.each(backends)('NUL in any field of any route of the OpenAPI document, on $name', (backend) => {
  let fx: Awaited<ReturnType<typeof workbenchFixture>>;
  beforeAll(async () => {
    fx = await workbenchFixture(backend);
    await fx.ledger.importSources([new URL('../../test/fixtures/ledger/releases', import.meta.url).pathname]);
    const editor = await fx.browserAs('editor');
    expect((await editor.send('POST', '/api/analyses', { slug: 'kept', title: 'Kept', bodyMd: 'x', date: '2015-06-01' })).status).toBe(201);
  }, 60_000);
  afterAll(() => fx?.close());

  it('answers 400 naming the path, query parameter or body field, and stores nothing', async () => {
    const admin = await fx.browserAs('admin');
    const before = await fx.ledger.stats();
    const wrong: string[] = [];
    let cases = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const concrete = (param?: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => (name === param ? '%00' : name === 'slug' ? 'kept' : name === 'name' ? 'palmyra' : '1'));
        const requests: Array<{ label: string; path: string; body?: unknown; field: string }> = [];
        for (const p of op.parameters ?? []) {
          if (p.in === 'path') requests.push({ label: `path {${p.name}}`, path: concrete(p.name), field: 'path' });
          if (p.in === 'query') requests.push({ label: `?${p.name}`, path: `${concrete()}?${p.name}=Near%00Hit`, field: `query parameter "${p.name}"` });
        }
        requests.push({ label: '?x', path: `${concrete()}?x=%00`, field: 'query parameter "x"' });
        for (const { field, body } of nulBodies(op.requestBody?.content['application/json']?.schema)) {
          requests.push({ label: `body ${field}`, path: concrete(), body, field: `body field "${field}"` });
        }
        for (const r of requests) {
          cases++;
          const response = method === 'get'
            ? await admin.request(r.path)
            : await admin.send(method.toUpperCase(), r.path, r.body ?? {});
          const answer = (await response.json().catch(() => null)) as { error?: string; detail?: string } | null;
          const named = answer?.detail?.startsWith(`${r.field}: contains U+0000 (NUL)`) ?? false;
          if (response.status !== 400 || !named) wrong.push(`${method.toUpperCase()} ${template} ${r.label}: ${response.status} ${JSON.stringify(answer)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cases).toBeGreaterThan(60);
    expect(await fx.ledger.stats()).toEqual(before);
    expect((await admin.request('/api/me')).status).toBe(200);
    expect(((await (await admin.request('/api/me')).json()) as { user: unknown }).user).toEqual({ email: 'admin@x.test', role: 'admin' });
  }, 120_000);
});
