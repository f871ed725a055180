import type { Database } from './db.js';

/** Schema changes in order; a ledger's version is the number of migrations applied. Never edit a released one. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE releases (
    id bigserial PRIMARY KEY,
    issuer text NOT NULL,
    report_date date NOT NULL,
    source_uri text NOT NULL,
    content_hash text NOT NULL UNIQUE,
    format text NOT NULL CHECK (format IN ('text', 'html', 'csv')),
    title text,
    line_count integer NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    -- one release per issuer and day: a day is never counted twice
    UNIQUE (issuer, report_date)
  );

  CREATE TABLE places (
    id serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name text NOT NULL,
    country_code text NOT NULL,
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    population bigint NOT NULL DEFAULT 0,
    feature_code text NOT NULL DEFAULT '',
    source text NOT NULL
  );
  CREATE INDEX places_lat_lon ON places (lat, lon);

  -- names by which a place is known beyond the gazetteer: editors' aliases and imported alternates
  CREATE TABLE place_names (
    id serial PRIMARY KEY,
    place_key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('name', 'alternate', 'alias')),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (place_key, name)
  );

  -- a place name as written under a release section, and what it resolves to: editors settle names here,
  -- once for every record that uses them
  CREATE TABLE place_mentions (
    id serial PRIMARY KEY,
    place_text text NOT NULL,
    section text NOT NULL,
    section_code text,
    place_id integer REFERENCES places (id),
    status text NOT NULL CHECK (status IN ('resolved', 'review', 'unresolved')),
    confidence real NOT NULL,
    country_mismatch boolean NOT NULL DEFAULT false,
    UNIQUE (place_text, section)
  );
  CREATE INDEX place_mentions_place ON place_mentions (place_id);

  CREATE TABLE strike_records (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    date date NOT NULL,
    mention_id integer NOT NULL REFERENCES place_mentions (id),
    relation text NOT NULL,
    strikes integer NOT NULL CHECK (strikes > 0),
    effects text NOT NULL,
    targets jsonb NOT NULL,
    line_no integer NOT NULL,
    raw_line text NOT NULL
  );
  CREATE INDEX strike_records_date ON strike_records (date);
  CREATE INDEX strike_records_mention_date ON strike_records (mention_id, date);
  CREATE INDEX strike_records_release ON strike_records (release_id);

  CREATE TABLE unparsed_lines (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    raw_line text NOT NULL,
    reason text NOT NULL
  );
  CREATE INDEX unparsed_lines_release ON unparsed_lines (release_id);
  `,
  `
  -- who held a place from one day to another (to_day inclusive, NULL while open); one period starts per place and day
  CREATE TABLE control_periods (
    id serial PRIMARY KEY,
    place_key text NOT NULL,
    holder text NOT NULL,
    from_day date NOT NULL,
    to_day date,
    note text NOT NULL DEFAULT '',
    source text NOT NULL DEFAULT '',
    UNIQUE (place_key, from_day)
  );

  -- named moments and spans at a place: captures, offensives
  CREATE TABLE control_events (
    id serial PRIMARY KEY,
    place_key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    from_day date NOT NULL,
    to_day date,
    holder text,
    note text DEFAULT '',
    source text DEFAULT ''
  );
  CREATE INDEX control_events_place ON control_events (place_key, from_day);
  `,
  `
  -- workbench members: passwords only as argon2id hashes
  CREATE TABLE users (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    created_at timestamptz NOT NULL DEFAULT now()
  );

  -- a login; the cookie holds a random token and only its SHA-256 is stored, so a read of this table logs no one in
  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);

  -- instance settings (private workbench, the CSRF secret for visitors not logged in)
  CREATE TABLE settings (
    key text PRIMARY KEY,
    value text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  -- analyses written in the workbench: Markdown with live blocks, rendered to HTML when published
  CREATE TABLE analyses (
    id serial PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title text NOT NULL,
    body_md text NOT NULL,
    author_id integer REFERENCES users (id) ON DELETE SET NULL,
    date date NOT NULL,
    series text NOT NULL DEFAULT '',
    tags text[] NOT NULL DEFAULT '{}',
    status text NOT NULL CHECK (status IN ('draft', 'published')) DEFAULT 'draft',
    published_html text,
    published_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  `
  -- failed logins, so that every process serving the ledger throttles them together; pruned as they age out
  CREATE TABLE login_attempts (
    key_hash text NOT NULL,
    at timestamptz NOT NULL
  );
  CREATE INDEX login_attempts_key ON login_attempts (key_hash, at);
  CREATE INDEX login_attempts_at ON login_attempts (at);
  `,
];

/** The schema version this code writes and understands. */
export const SCHEMA_VERSION = MIGRATIONS.length;

// Arbitrary constant: serialises concurrent migrators on one PostgreSQL server.
const MIGRATION_LOCK = 7_411_003;

export class SchemaTooNewError extends Error {}

/** Brings the ledger to SCHEMA_VERSION; refuses a ledger written by newer code, touching nothing. */
export async function migrate(db: Database): Promise<void> {
  // Most opens find the ledger current: one read says so, without the lock and DDL every CLI run would pay.
  const seen = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM airledger_schema').then((r) => r.rows[0]?.version ?? 0, () => null);
  if (seen === SCHEMA_VERSION) return;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS airledger_schema (
      version integer NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM airledger_schema');
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new SchemaTooNewError(
        `${db.location}: ledger schema is version ${current}, newer than this AirLedger understands (${SCHEMA_VERSION}); upgrade AirLedger to open it`,
      );
    }
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
      await tx.exec(MIGRATIONS[version - 1]!);
      await tx.query('INSERT INTO airledger_schema (version) VALUES ($1)', [version]);
    }
  });
}
