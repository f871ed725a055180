import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { hasRole, randomToken, type LoginFailures, type Role } from '../store/index.js';
import { problem } from './problem.js';
import type { AppEnv, Workbench } from './workbench.js';

export const SESSION_COOKIE = 'airledger_session';
/** Identifies a visitor not logged in, so that their CSRF token (and so login itself) is bound to them. */
export const VISITOR_COOKIE = 'airledger_visitor';

/** Paths a private instance still answers to anyone: logging in, and the files the login page needs. */
export function isOpenPath(path: string): boolean {
  return path === '/api/login' || path === '/api/me' || path === '/login' || path.startsWith('/assets/') || /^\/[\w.-]+\.(svg|png|ico)$/.test(path);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Does the request reach us over https (directly, or as the proxy in front says)? */
export function isHttps(c: Context, w: Workbench): boolean {
  return Boolean(w.options.secureCookies) || new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** The cookie attributes every AirLedger cookie carries. */
export function cookieOptions(c: Context, w: Workbench, maxAgeSeconds?: number) {
  return { httpOnly: true, sameSite: 'Strict' as const, secure: isHttps(c, w), path: '/', ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Reads the session cookie (or gives an anonymous visitor their own cookie), sets `visitor`, and closes a
 * private instance to anyone not logged in.
 */
export function visitorMiddleware(w: Workbench): MiddlewareHandler<AppEnv> {
  let secret: Promise<string> | null = null;
  return async (c, next) => {
    const sessionToken = getCookie(c, SESSION_COOKIE) ?? null;
    const session = sessionToken ? await w.sessions.find(sessionToken) : null;
    const state = await w.ledgerState();
    c.set('ledgerVersion', state.version);
    const privateInstance = Boolean(w.options.private) || state.settings.private;
    let csrfToken: string;
    if (session) csrfToken = session.csrfToken;
    else {
      let visitorId = getCookie(c, VISITOR_COOKIE);
      if (!visitorId || !/^[A-Za-z0-9_-]{43}$/.test(visitorId)) {
        visitorId = randomToken();
        setCookie(c, VISITOR_COOKIE, visitorId, cookieOptions(c, w));
      }
      secret ??= w.settings.secret();
      csrfToken = createHmac('sha256', await secret).update(`csrf:${visitorId}`).digest('base64url');
    }
    c.set('visitor', { member: session?.member ?? null, csrfToken, sessionToken: session ? sessionToken : null, privateInstance });
    if (privateInstance && !session && !isOpenPath(c.req.path)) {
      if (!c.req.path.startsWith('/api/') && /text\/html/.test(c.req.header('accept') ?? '')) {
        return c.html('<!doctype html><title>AirLedger: log in</title><p>This AirLedger is private: <a href="/login">log in</a> to read it.</p>', 401);
      }
      return problem(c, 401, 'login required', 'this AirLedger is private: log in to read it');
    }
    await next();
  };
}

/** Refuses a state-changing API request whose X-CSRF-Token header is not the visitor's token. */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token');
      if (!sent || !sameToken(sent, c.get('visitor').csrfToken)) {
        return problem(c, 403, 'CSRF token missing or wrong', 'send the csrfToken from GET /api/me in the X-CSRF-Token header');
      }
    }
    await next();
  };
}

const aRole = (role: Role) => `${role === 'viewer' ? 'a' : 'an'} ${role}`;

/** Lets through members with at least `needed` (401 when not logged in, 403 when the role is too low). */
export function requireRole(needed: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { member } = c.get('visitor');
    if (!member) return problem(c, 401, 'login required', needed === 'viewer' ? 'log in to do this' : `log in as ${aRole(needed)} to do this`);
    if (!hasRole(member.role, needed)) return problem(c, 403, 'not allowed', `${member.email} is ${aRole(member.role)}; this needs ${aRole(needed)}`);
    await next();
  };
}

/** The client's address for the login throttle: the socket's, or the proxy's X-Forwarded-For when trusted. */
export function clientAddress(c: Context, w: Workbench): string {
  if (w.options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Failed logins per email and address; too many in the window and the pair must wait. The failures live in
 * the ledger, so every process serving it counts them together. A try is reserved before the password is
 * checked, so at most `maxFailures` checks happen in a window however many requests arrive at once.
 */
export class LoginThrottle {
  constructor(
    private readonly failures: LoginFailures,
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before trying again; 0 when a try is allowed now. Reserves nothing. */
  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    const { count, oldest } = await this.failures.since(key, now - this.windowMs);
    if (count < this.maxFailures || oldest === null) return 0;
    return this.wait(oldest, now);
  }

  /**
   * Reserves one password check for the pair: 0 when the caller may check it now (the try counts as a failure
   * until `succeed`), otherwise the seconds to wait, and the password must not be checked.
   */
  async attempt(key: string): Promise<number> {
    const now = this.now();
    const reserved = await this.failures.reserve(key, now, now - this.windowMs, this.maxFailures, now - this.windowMs);
    return reserved.reserved ? 0 : this.wait(reserved.oldest, now);
  }

  /** The password was right: the pair's failures are forgotten. */
  async succeed(key: string): Promise<void> {
    await this.failures.clear(key);
  }

  private wait(oldest: number, now: number): number {
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }
}
