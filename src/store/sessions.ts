import { createHash, randomBytes } from 'node:crypto';
import type { Database } from './db.js';
import type { Member } from './members.js';

/** A logged-in member's session: the cookie token and the CSRF token bound to it. */
export interface Session {
  member: Member;
  csrfToken: string;
  expiresAt: string;
}

/** How long a login lasts. */
export const SESSION_DAYS = 14;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A random token for a cookie or a form: 32 bytes, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Logins, stored by the SHA-256 of their cookie token. */
export class Sessions {
  constructor(private readonly db: Database) {}

  /** Starts a session for a member; returns the token for the cookie (a new one at every login). */
  async start(memberId: number): Promise<{ token: string; csrfToken: string }> {
    const token = randomToken();
    const csrfToken = randomToken();
    await this.db.query(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4::int))`,
      [tokenHash(token), memberId, csrfToken, SESSION_DAYS],
    );
    return { token, csrfToken };
  }

  /** The live session for a cookie token; null when unknown or expired. */
  async find(token: string): Promise<Session | null> {
    const { rows } = await this.db.query<{ id: number; email: string; role: Member['role']; created_at: string; csrf_token: string; expires_at: string }>(
      `SELECT u.id, u.email, u.role, u.created_at, s.csrf_token, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return { member: { id: row.id, email: row.email, role: row.role, createdAt: row.created_at }, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  /** Ends a session (logout, or the old session at a new login); ends expired ones on the way. */
  async end(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1 OR expires_at <= now()', [tokenHash(token)]);
  }
}
