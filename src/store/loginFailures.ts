import { createHash } from 'node:crypto';
import type { Database } from './db.js';

// Keys (email and address) are stored as their SHA-256: the table names no one, and any text fits.
const keyHash = (key: string) => createHash('sha256').update(key).digest('base64url');

// Advisory locks on (LOCK_CLASS, 32 bits of the key's hash): one key's attempts are counted one after another.
// Two-number locks never meet the one-number lock of migrations.ts.
const LOCK_CLASS = 7_411_004;
const keyLock = (key: string) => createHash('sha256').update(key).digest().readInt32BE(0);

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

  /**
   * Reserves one password check for `key` at `atMs`, recorded as a failure until `clear` forgets it, unless
   * `max` failures already fall after `sinceMs`: then nothing is recorded and the oldest of them is returned.
   * Counting and recording happen in one transaction under a lock on the key, so that parallel attempts (from
   * this process or any other on the same server) never all see room for one more. Failures at or before
   * `forgetBeforeMs` (of any key) are forgotten on the way.
   */
  async reserve(key: string, atMs: number, sinceMs: number, max: number, forgetBeforeMs: number): Promise<{ reserved: true } | { reserved: false; oldest: number }> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [LOCK_CLASS, keyLock(key)]);
      const { rows } = await tx.query<{ count: number; oldest: number | null }>(
        `SELECT count(*)::int AS count, (extract(epoch FROM min(at)) * 1000)::float8 AS oldest
         FROM login_attempts WHERE key_hash = $1 AND at > to_timestamp($2::float8 / 1000)`,
        [keyHash(key), sinceMs],
      );
      const { count, oldest } = rows[0] ?? { count: 0, oldest: null };
      if (count >= max && oldest !== null) return { reserved: false, oldest };
      await tx.query(
        `WITH forgotten AS (DELETE FROM login_attempts WHERE at <= to_timestamp($3::float8 / 1000))
         INSERT INTO login_attempts (key_hash, at) VALUES ($1, to_timestamp($2::float8 / 1000))`,
        [keyHash(key), atMs, forgetBeforeMs],
      );
      return { reserved: true };
    });
  }

  /** Forgets the failures of `key` (after a successful login). */
  async clear(key: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE key_hash = $1', [keyHash(key)]);
  }
}
