import { createHash } from 'node:crypto';
import type { Database } from './db.js';

// Keys (email and address) are stored as their SHA-256: the table names no one, and any text fits.
const keyHash = (key: string) => createHash('sha256').update(key).digest('base64url');

/**
 * Failed logins, kept in the ledger so that every process serving it counts them together. Times are
 * milliseconds since the epoch, from the caller's clock.
 */
export class LoginFailures {
  constructor(private readonly db: Database) {}

  /** How many failures `key` has after `sinceMs` (exclusive), and when the oldest of them was; null when none. */
  async since(key: string, sinceMs: number): Promise<{ count: number; oldest: number | null }> {
    const { rows } = await this.db.query<{ count: number; oldest: number | null }>(
      `SELECT count(*)::int AS count, (extract(epoch FROM min(at)) * 1000)::float8 AS oldest
       FROM login_attempts WHERE key_hash = $1 AND at > to_timestamp($2::float8 / 1000)`,
      [keyHash(key), sinceMs],
    );
    return { count: rows[0]?.count ?? 0, oldest: rows[0]?.oldest ?? null };
  }

  /** Records a failure at `atMs`, and forgets every failure at or before `forgetBeforeMs` (of any key). */
  async record(key: string, atMs: number, forgetBeforeMs: number): Promise<void> {
    await this.db.query(
      `WITH forgotten AS (DELETE FROM login_attempts WHERE at <= to_timestamp($3::float8 / 1000))
       INSERT INTO login_attempts (key_hash, at) VALUES ($1, to_timestamp($2::float8 / 1000))`,
      [keyHash(key), atMs, forgetBeforeMs],
    );
  }

  /** Forgets the failures of `key` (after a successful login). */
  async clear(key: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE key_hash = $1', [keyHash(key)]);
  }
}
