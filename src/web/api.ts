// HTTP to the AirLedger server: same origin, the session cookie, and the CSRF token on every write.

export interface Me {
  user: { email: string; role: string } | null;
  csrfToken: string | null;
  private: boolean;
  /** False when the server has no session routes (an older server): writes are then unavailable. */
  available: boolean;
}

/** An answer the server refused, with its JSON problem when it sent one. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly error: string, readonly detail: string) {
    super(detail ? `${error}: ${detail}` : error);
  }
}

let me: Me | null = null;
const listeners = new Set<(me: Me) => void>();

async function fail(response: Response): Promise<never> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { error?: string; detail?: string };
    throw new ApiError(response.status, body.error ?? response.statusText, body.detail ?? '');
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(response.status, response.statusText || `HTTP ${response.status}`, text.slice(0, 200));
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  if (!response.ok) return fail(response);
  return (await response.json()) as T;
}

/** A write (or a long read like /api/check): JSON or form data, with the CSRF token from /api/me. */
export async function send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const session = await loadMe();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, credentials: 'same-origin', headers, body: payload });
  if (!response.ok) return fail(response);
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** The session as the server sees it; cached until `refreshMe`. */
export async function loadMe(): Promise<Me> {
  if (me) return me;
  return refreshMe();
}

export async function refreshMe(): Promise<Me> {
  try {
    const response = await fetch('/api/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (response.ok) {
      const body = (await response.json()) as Omit<Me, 'available'>;
      me = { user: body.user ?? null, csrfToken: body.csrfToken ?? null, private: Boolean(body.private), available: true };
    } else me = { user: null, csrfToken: null, private: false, available: false };
  } catch {
    me = { user: null, csrfToken: null, private: false, available: false };
  }
  for (const listener of listeners) listener(me);
  return me;
}

export function onMe(listener: (me: Me) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
