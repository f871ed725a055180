import { readArticle, type Article } from './article.js';

/** A page fetched and read as an article, or why it could not be. */
export type ArticlePage = { ok: true; url: string; article: Article } | { ok: false; reason: string };

/** Pages larger than this are not articles. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Fetches `url` with the `fetch` it is given (the server passes one that only reaches public addresses)
 * and reads it as an article: HTML through `readArticle`, plain text as it is. Fails with a reason for a
 * URL that is not http(s), a failed request, an error status, or a body that is neither.
 */
export async function fetchArticle(url: string, fetchImpl: typeof fetch): Promise<ArticlePage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `"${url}" is not a URL` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: `${url}: only http and https pages are read` };
  let response: Response;
  try {
    response = await fetchImpl(parsed.href, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    return { ok: false, reason: `${url}: ${(error as Error).message}` };
  }
  if (!response.ok) return { ok: false, reason: `${url}: the server answered ${response.status} ${response.statusText}`.trim() };
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  if (body.length > MAX_ARTICLE_BYTES) return { ok: false, reason: `${url}: larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB, not an article` };
  if (/html|xml/i.test(type) || /^\s*</.test(body)) return { ok: true, url: parsed.href, article: readArticle(body) };
  if (/^text\//i.test(type) || type === '') return { ok: true, url: parsed.href, article: { title: null, text: body, date: null, dateSource: null } };
  return { ok: false, reason: `${url}: a ${type.split(';')[0]} page, not an article` };
}
