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
  `
  -- each strike dated by the day it happened (the release's day is releases.report_date), and how that day was known:
  -- stated, yesterday, weekday, period or assumed (written by the importer alone; no per-row CHECK: imports write millions)
  ALTER TABLE strike_records ADD COLUMN date_basis text NOT NULL DEFAULT 'assumed';
  ALTER TABLE strike_records ADD COLUMN engagements integer;
  -- records stored before carried their release's day, unless the release named another
  UPDATE strike_records r SET date_basis = 'stated' FROM releases rel WHERE rel.id = r.release_id AND r.date <> rel.report_date;

  -- a daily list, or a special statement beside it; the period a release states; its strike lines' fingerprint
  ALTER TABLE releases ADD COLUMN kind text NOT NULL DEFAULT 'daily' CHECK (kind IN ('daily', 'statement'));
  ALTER TABLE releases ADD COLUMN period text;
  ALTER TABLE releases ADD COLUMN lines_hash text;
  -- still one daily release per issuer and day: a day is never counted twice
  ALTER TABLE releases DROP CONSTRAINT releases_issuer_report_date_key;
  CREATE UNIQUE INDEX releases_daily_day ON releases (issuer, report_date) WHERE kind = 'daily';

  -- further copies of a stored release (the same release published on another site)
  CREATE TABLE release_sources (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    source_uri text NOT NULL,
    content_hash text NOT NULL UNIQUE,
    imported_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX release_sources_release ON release_sources (release_id);

  -- totals a release states for a span of strike days and a section ('' for all), zeros included, beside what its lines add up to
  CREATE TABLE release_totals (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    from_day date NOT NULL,
    to_day date NOT NULL CHECK (to_day >= from_day),
    section text NOT NULL,
    strikes integer NOT NULL CHECK (strikes >= 0),
    engagements integer CHECK (engagements >= 0),
    date_basis text NOT NULL,
    line_strikes integer NOT NULL,
    line_engagements integer,
    agrees boolean NOT NULL,
    line_no integer NOT NULL
  );
  CREATE INDEX release_totals_release ON release_totals (release_id);
  CREATE INDEX release_totals_days ON release_totals (from_day);

  -- special statements outside the daily list: kept, never counted
  CREATE TABLE special_statements (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    date date NOT NULL,
    date_basis text NOT NULL,
    section text NOT NULL,
    place_text text NOT NULL,
    summary text NOT NULL,
    line_no integer NOT NULL
  );
  CREATE INDEX special_statements_date ON special_statements (date);
  `,
  `
  -- strike lines whose count is above the review limit (heldCounts.ts): kept as written, out of every count
  -- until an editor accepts them; the columns of strike_records, so that an accepted line moves there as it is
  CREATE TABLE held_strikes (LIKE strike_records INCLUDING CONSTRAINTS);
  CREATE SEQUENCE held_strikes_id_seq OWNED BY held_strikes.id;
  ALTER TABLE held_strikes
    ALTER COLUMN id SET DEFAULT nextval('held_strikes_id_seq'),
    ADD PRIMARY KEY (id),
    ADD FOREIGN KEY (release_id) REFERENCES releases (id) ON DELETE CASCADE,
    ADD FOREIGN KEY (mention_id) REFERENCES place_mentions (id);
  CREATE INDEX held_strikes_release ON held_strikes (release_id);
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
