import { randomToken } from './sessions.js';
import type { Database } from './db.js';

/** Instance-wide settings an admin changes at run time. */
export interface InstanceSettings {
  /** Only members may read anything. */
  private: boolean;
}

/** Settings stored in the ledger, so every process serving it agrees. */
export class Settings {
  constructor(private readonly db: Database) {}

  async read(): Promise<InstanceSettings> {
    const { rows } = await this.db.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'private'`);
    return { private: rows[0]?.value === 'true' };
  }

  /**
   * The settings together with the ledger's version, in one round trip. The version is the database's
   * current snapshot: it changes whenever a write commits, from this process or any other, so anything
   * computed from the ledger can be kept while it stays the same.
   */
  async readWithVersion(): Promise<{ settings: InstanceSettings; version: string }> {
    const { rows } = await this.db.query<{ version: string; private: string | null }>(
      `SELECT pg_current_snapshot()::text AS version, (SELECT value FROM settings WHERE key = 'private') AS private`,
    );
    return { settings: { private: rows[0]!.private === 'true' }, version: rows[0]!.version };
  }

  async write(settings: Partial<InstanceSettings>): Promise<InstanceSettings> {
    if (settings.private !== undefined) await this.put('private', String(settings.private));
    return this.read();
  }

  /**
   * A random secret for this ledger, created on first use: it keys the CSRF tokens of visitors not logged in,
   * and lives in the ledger so that several server processes accept each other's tokens.
   */
  async secret(): Promise<string> {
    await this.db.query(`INSERT INTO settings (key, value) VALUES ('secret', $1) ON CONFLICT (key) DO NOTHING`, [randomToken()]);
    const { rows } = await this.db.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'secret'`);
    return rows[0]!.value;
  }

  private async put(key: string, value: string): Promise<void> {
    await this.db.query(
      `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, value],
    );
  }
}
