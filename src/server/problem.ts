import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A JSON problem answer: what went wrong and the detail a caller can act on. */
export function problem(c: Context, status: ContentfulStatusCode, error: string, detail: string) {
  return c.json({ error, detail }, status);
}
