import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

// NUL, which PostgreSQL refuses in text and JSON, and a UTF-16 half without its pair, which JSON can carry
// ("\ud800") but UTF-8 cannot: the database would refuse either, and a 500 would follow.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a piece of text the database would refuse; null when it can be stored. */
export function unstorable(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  const code = found[0].charCodeAt(0);
  return code === 0
    ? 'contains U+0000 (NUL), which the ledger cannot store'
    : `contains U+${code.toString(16).toUpperCase()}, half of a UTF-16 pair without the other, which the ledger cannot store`;
}

/** The first string (key or value) in a parsed JSON value the database would refuse, with its path; null when none. */
export function unstorableField(value: unknown, path = ''): { field: string; problem: string } | null {
  if (typeof value === 'string') {
    const why = unstorable(value);
    return why ? { field: path || 'body', problem: why } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableField(item, path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = unstorable(key);
      if (keyProblem) return { field: `${path ? `${path}.` : ''}${JSON.stringify(key)} (the name)`, problem: keyProblem };
      const found = unstorableField(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

const decodedPath = (path: string) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/**
 * Answers 400, naming the field, for a request whose path, query or JSON body holds text the database would
 * refuse (see `unstorable`), before any route reads it: every route, present and future, is covered at once.
 * A JSON body is read here (Hono keeps it for the route), except on `skipBodyOf`, whose route reads its own
 * larger body only after checking the member's role and its size; that route mounts this again after those.
 */
export function storableText(skipBodyOf?: string): MiddlewareHandler {
  return async (c, next) => {
    const refuse = (field: string, why: string) => problem(c, 400, 'invalid input', `${field}: ${why}`);
    const pathProblem = unstorable(decodedPath(c.req.path));
    if (pathProblem) return refuse('path', pathProblem);
    for (const [name, value] of new URL(c.req.url).searchParams) {
      const why = unstorable(name) ?? unstorable(value);
      if (why) return refuse(`query parameter ${JSON.stringify(name.replace(/\u0000/g, '\\u0000'))}`, why);
    }
    const json = /^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '');
    if (json && c.req.path !== skipBodyOf && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return next(); // not JSON, or over the size limit: the route and the body limit answer that
      }
      const found = unstorableField(body);
      if (found) return refuse(`body field ${JSON.stringify(found.field.replace(/\u0000/g, '\\u0000'))}`, found.problem);
    }
    return next();
  };
}
