import { hash, verify } from '@node-rs/argon2';
import type { Database } from './db.js';

/** What a member may do: viewers read, editors also write, admins also change instance settings. */
export type Role = 'viewer' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

/** A workbench member as the rest of the program sees it: never with the password hash. */
export interface Member {
  id: number;
  email: string;
  role: Role;
  createdAt: string;
}

import { MIN_PASSWORD_LENGTH } from './passwordRule.js';

export { MIN_PASSWORD_LENGTH };

// argon2id (Algorithm.Argon2id = 2); the library's defaults for memory and time follow OWASP's guidance.
const ARGON2ID = 2;

/** Is `role` at least `needed`? (admin ⊇ editor ⊇ viewer) */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Emails are compared folded: one member per address whatever its case. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The member added, changed or removed, or the reason it cannot be. */
export type MemberWrite = { ok: true; member: Member } | { ok: false; reason: string };

/** Members of the workbench: who may log in, with which role. Passwords are stored only as argon2id hashes. */
export class Members {
  // Verifying against this when the email is unknown keeps login time the same for unknown and known emails.
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly db: Database) {}

  /** Adds a member; refuses a bad email, a short password or an email already taken. */
  async add(email: string, password: string, role: Role): Promise<MemberWrite> {
    const address = normalEmail(email);
    if (!/^[^\s@]+@[^\s@]+$/.test(address) || address.length > 254) return { ok: false, reason: `"${email}" is not an email address` };
    if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: `the password is too short: at least ${MIN_PASSWORD_LENGTH} characters` };
    const passwordHash = await hash(password, { algorithm: ARGON2ID });
    const { rows } = await this.db.query<MemberRow>(
      `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO NOTHING RETURNING id, email, role, created_at`,
      [address, passwordHash, role],
    );
    const row = rows[0];
    if (!row) return { ok: false, reason: `${address} is already a member` };
    return { ok: true, member: memberFromRow(row) };
  }

  /**
   * Removes a member: their sessions end with them, their analyses stay with no author. Refuses an unknown
   * email and the last admin (no one could change settings or make another admin from the workbench).
   */
  async remove(email: string): Promise<MemberWrite> {
    const address = normalEmail(email);
    return this.db.transaction(async (tx) => {
      // locks the admins' rows: two removals at once cannot each leave the other as the last admin and remove it
      const { rows: admins } = await tx.query<{ email: string }>(`SELECT email FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE`);
      const { rows } = await tx.query<MemberRow>('SELECT id, email, role, created_at FROM users WHERE email = $1', [address]);
      const row = rows[0];
      if (!row) return { ok: false, reason: `${address} is not a member` };
      if (row.role === 'admin' && admins.length === 1) return { ok: false, reason: `${address} is the last admin; make another admin first` };
      await tx.query('DELETE FROM users WHERE id = $1', [row.id]);
      return { ok: true, member: memberFromRow(row) };
    });
  }

  /** Sets a member's password (argon2id) and ends all their sessions, so a stolen one stops working too. */
  async setPassword(email: string, password: string): Promise<MemberWrite> {
    const address = normalEmail(email);
    if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: `the password is too short: at least ${MIN_PASSWORD_LENGTH} characters` };
    const passwordHash = await hash(password, { algorithm: ARGON2ID });
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<MemberRow>(
        'UPDATE users SET password_hash = $2 WHERE email = $1 RETURNING id, email, role, created_at',
        [address, passwordHash],
      );
      const row = rows[0];
      if (!row) return { ok: false, reason: `${address} is not a member` };
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [row.id]);
      return { ok: true, member: memberFromRow(row) };
    });
  }

  /** Every member, oldest first. */
  async list(): Promise<Member[]> {
    const { rows } = await this.db.query<MemberRow>('SELECT id, email, role, created_at FROM users ORDER BY id');
    return rows.map(memberFromRow);
  }

  async byId(id: number): Promise<Member | null> {
    const { rows } = await this.db.query<MemberRow>('SELECT id, email, role, created_at FROM users WHERE id = $1', [id]);
    return rows[0] ? memberFromRow(rows[0]) : null;
  }

  /** The member whose email and password these are; null for a wrong password or an unknown email alike. */
  async authenticate(email: string, password: string): Promise<Member | null> {
    const { rows } = await this.db.query<MemberRow & { password_hash: string }>(
      'SELECT id, email, role, created_at, password_hash FROM users WHERE email = $1',
      [normalEmail(email)],
    );
    const row = rows[0];
    if (!row) {
      this.dummyHash ??= hash('not a member password', { algorithm: ARGON2ID });
      await verify(await this.dummyHash, password).catch(() => false);
      return null;
    }
    const ok = await verify(row.password_hash, password).catch(() => false);
    return ok ? memberFromRow(row) : null;
  }
}

interface MemberRow { id: number; email: string; role: Role; created_at: string }

function memberFromRow(row: MemberRow): Member {
  return { id: row.id, email: row.email, role: row.role, createdAt: row.created_at };
}
