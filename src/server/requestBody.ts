import type { Context } from 'hono';
import type { z } from 'zod';
import { problem } from './problem.js';

/** The request's JSON body checked against `schema`, or the 400/415 answer to send instead. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    return { ok: false, response: problem(c, 415, 'unsupported media type', 'send the body as application/json') };
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: problem(c, 400, 'invalid body', 'the body is not valid JSON') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, response: problem(c, 400, 'invalid body', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')) };
  }
  return { ok: true, data: parsed.data };
}
