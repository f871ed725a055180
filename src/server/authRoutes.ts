import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { LoginFailures, normalEmail, SESSION_DAYS } from '../store/index.js';
import { clientAddress, cookieOptions, LoginThrottle, requireRole, SESSION_COOKIE } from './auth.js';
import { problem } from './problem.js';
import { readJson } from './requestBody.js';
import type { AppEnv, Workbench } from './workbench.js';

const loginSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(1024) });
const passwordSchema = z.object({ current: z.string().min(1).max(1024), next: z.string().min(1).max(1024) });

/** GET /api/me, POST /api/login and /api/logout: who is asking, logging in and out; POST /api/me/password. */
export function authRoutes(w: Workbench, throttle = new LoginThrottle(new LoginFailures(w.ledger.db))): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/me', (c) => {
    const { member, csrfToken, privateInstance } = c.get('visitor');
    return c.json({ user: member ? { email: member.email, role: member.role } : null, csrfToken, private: privateInstance });
  });

  app.post('/login', async (c) => {
    const body = await readJson(c, loginSchema);
    if (!body.ok) return body.response;
    const key = `${normalEmail(body.data.email)}\u0000${clientAddress(c, w)}`;
    // the try is counted before the password is checked: parallel requests cannot all slip under the limit
    const wait = await throttle.attempt(key);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'too many failed logins', `try again in ${Math.ceil(wait / 60)} minutes`);
    }
    const member = await w.members.authenticate(body.data.email, body.data.password);
    if (!member) return problem(c, 401, 'login failed', 'wrong email or password');
    await throttle.succeed(key);
    // A new session id at every login: a session id planted before login is never promoted.
    const previous = c.get('visitor').sessionToken;
    if (previous) await w.sessions.end(previous);
    const session = await w.sessions.start(member.id);
    setCookie(c, SESSION_COOKIE, session.token, cookieOptions(c, w, SESSION_DAYS * 86_400));
    return c.json({ user: { email: member.email, role: member.role }, csrfToken: session.csrfToken });
  });

  // A wrong current password counts as a failed login: a session left open is not a way to guess it.
  app.post('/me/password', requireRole('viewer'), async (c) => {
    const body = await readJson(c, passwordSchema);
    if (!body.ok) return body.response;
    const member = c.get('visitor').member!;
    const key = `${member.email}\u0000${clientAddress(c, w)}`;
    const wait = await throttle.attempt(key);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'too many failed logins', `try again in ${Math.ceil(wait / 60)} minutes`);
    }
    if (!(await w.members.authenticate(member.email, body.data.current))) {
      return problem(c, 403, 'wrong password', 'the current password is wrong; the password is unchanged');
    }
    await throttle.succeed(key);
    const changed = await w.members.setPassword(member.email, body.data.next);
    if (!changed.ok) return problem(c, 400, 'invalid password', changed.reason);
    // every session of the member ended with the change; this browser gets a new one
    const session = await w.sessions.start(member.id);
    setCookie(c, SESSION_COOKIE, session.token, cookieOptions(c, w, SESSION_DAYS * 86_400));
    return c.json({ user: { email: member.email, role: member.role }, csrfToken: session.csrfToken });
  });

  app.post('/logout', async (c) => {
    const token = c.get('visitor').sessionToken;
    if (token) await w.sessions.end(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cookieOptions(c, w).secure });
    return c.json({ user: null });
  });

  return app;
}
