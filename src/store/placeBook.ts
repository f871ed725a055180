import { countryCodeOf, Gazetteer, resolvePlace } from '../places/index.js';
import type { GazetteerEntry, Place, Resolution } from '../places/types.js';
import type { ParsedStrike } from '../ingest/types.js';
import type { Database, Queryable } from './db.js';
import type { ReviewItem } from './reviewItem.js';
import { strikeSum } from './sums.js';

export type { ReviewItem };

/** A place name as written under a section, resolved and stored once; strike records point at it. */
export interface RecordPlace {
  mentionId: number;
  placeId: number | null;
  status: Resolution['status'];
  confidence: number;
  countryMismatch: boolean;
  /** ISO code of the release section the strike was reported under. */
  countryCode: string | null;
  /** ISO code of the resolved place, when there is one. */
  placeCountryCode: string | null;
}

/**
 * The ledger's view of places: the built-in gazetteer layered with what editors and imports added to the
 * database (aliases, pins, GeoNames dumps), resolution with a cache, and the places rows records point at.
 */
export class PlaceBook {
  private gazetteerPromise: Promise<Gazetteer> | null = null;
  private readonly resolutions = new Map<string, Resolution>();
  private readonly placeIds = new Map<string, number>();
  private readonly mentions = new Map<string, RecordPlace>();

  constructor(private readonly db: Database) {}

  /** The gazetteer with the ledger's own names on top; built once, rebuilt after an edit. */
  gazetteer(): Promise<Gazetteer> {
    this.gazetteerPromise ??= this.loadGazetteer();
    return this.gazetteerPromise;
  }

  private async loadGazetteer(): Promise<Gazetteer> {
    const base = Gazetteer.builtIn();
    const { rows: placeRows } = await this.db.query<PlaceRow>(
      `SELECT key, name, country_code, lat, lon, population, feature_code, source FROM places
       WHERE source IN ('geonames-dump', 'pinned')`,
    );
    const { rows: nameRows } = await this.db.query<{ place_key: string; name: string; kind: 'name' | 'alternate' | 'alias' }>(
      'SELECT place_key, name, kind FROM place_names ORDER BY id',
    );
    const namesByKey = new Map<string, string[]>();
    for (const row of nameRows) namesByKey.set(row.place_key, [...(namesByKey.get(row.place_key) ?? []), row.name]);
    const entries: GazetteerEntry[] = placeRows.map((row) => ({ place: placeFromRow(row), names: namesByKey.get(row.key) ?? [] }));
    const own = new Set(placeRows.map((row) => row.key));
    const aliases = nameRows.filter((row) => !own.has(row.place_key)).map((row) => ({ placeKey: row.place_key, name: row.name, kind: row.kind }));
    return base.withEntries(entries).withNames(aliases);
  }

  /** Resolves a name as written under a release section ("Syria", "Tikrit, Iraq"). */
  async resolve(name: string, section: string): Promise<Resolution> {
    const cacheKey = `${section}\u0000${name}`;
    let resolution = this.resolutions.get(cacheKey);
    if (!resolution) {
      resolution = resolvePlace(await this.gazetteer(), name, { country: section });
      this.resolutions.set(cacheKey, resolution);
    }
    return resolution;
  }

  /** The stored mention for every strike's place, in order, resolving and storing names seen for the first time. */
  async placesFor(strikes: Array<Pick<ParsedStrike, 'placeText' | 'country'>>): Promise<RecordPlace[]> {
    const out: RecordPlace[] = [];
    for (const strike of strikes) {
      const key = `${strike.country}\u0000${strike.placeText}`;
      let mention = this.mentions.get(key);
      if (!mention) {
        mention = await this.storeMention(strike.placeText, strike.country);
        this.mentions.set(key, mention);
      }
      out.push(mention);
    }
    return out;
  }

  /** Resolves a (name, section) pair and writes the answer to its mention row, creating it if new. */
  private async storeMention(placeText: string, section: string): Promise<RecordPlace> {
    const resolution = await this.resolve(placeText, section);
    const place = resolution.status === 'unresolved' ? null : resolution.place;
    const placeId = place ? await this.placeId(place) : null;
    const sectionCode = countryCodeOf(section);
    const { rows } = await this.db.query<{ id: number }>(
      `INSERT INTO place_mentions (place_text, section, section_code, place_id, status, confidence, country_mismatch)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (place_text, section) DO UPDATE SET section_code = EXCLUDED.section_code, place_id = EXCLUDED.place_id,
         status = EXCLUDED.status, confidence = EXCLUDED.confidence, country_mismatch = EXCLUDED.country_mismatch
       RETURNING id`,
      [placeText, section, sectionCode, placeId, resolution.status, resolution.confidence, resolution.countryMismatch],
    );
    return {
      mentionId: rows[0]!.id,
      placeId,
      status: resolution.status,
      confidence: resolution.confidence,
      countryMismatch: resolution.countryMismatch,
      countryCode: sectionCode,
      placeCountryCode: place?.countryCode ?? null,
    };
  }

  /** The row id of a place, inserting it on first use. */
  async placeId(place: Place, db: Queryable = this.db): Promise<number> {
    const known = this.placeIds.get(place.key);
    if (known !== undefined) return known;
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO places (key, name, country_code, lat, lon, population, feature_code, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon
       RETURNING id`,
      [place.key, place.name, place.countryCode, place.lat, place.lon, place.population, place.featureCode, place.source],
    );
    this.placeIds.set(place.key, rows[0]!.id);
    return rows[0]!.id;
  }

  /** Forgets cached resolutions and gazetteer, after the ledger's names changed. */
  private invalidate(): void {
    this.gazetteerPromise = null;
    this.resolutions.clear();
    this.placeIds.clear();
    this.mentions.clear();
  }

  /** Names the ledger holds that are not settled, most-reported first. */
  async reviewQueue(): Promise<ReviewItem[]> {
    const { rows } = await this.db.query<{
      place_text: string; section: string; status: 'review' | 'unresolved'; records: number; strikes: number;
      first_date: string; last_date: string; key: string | null;
    }>(
      `SELECT m.place_text, m.section, m.status, count(*)::int AS records, ${strikeSum()} AS strikes,
              min(r.date) AS first_date, max(r.date) AS last_date, min(p.key) AS key
       FROM place_mentions m
       JOIN strike_records r ON r.mention_id = m.id
       LEFT JOIN places p ON p.id = m.place_id
       WHERE m.status <> 'resolved'
       GROUP BY m.id, m.place_text, m.section, m.status
       ORDER BY count(*) DESC, m.place_text`,
    );
    const gazetteer = await this.gazetteer();
    return Promise.all(rows.map(async (row) => {
      const resolution = await this.resolve(row.place_text, row.section);
      return {
        placeText: row.place_text,
        country: row.section,
        status: row.status,
        records: row.records,
        strikes: row.strikes,
        firstDate: row.first_date,
        lastDate: row.last_date,
        current: row.key ? gazetteer.get(row.key) ?? null : null,
        candidates: resolution.candidates,
      };
    }));
  }

  /** Records that `name` means the place `placeKey`, then re-resolves the ledger. Returns records changed. */
  async addAlias(name: string, placeKey: string): Promise<number> {
    const gazetteer = await this.gazetteer();
    if (!gazetteer.get(placeKey)) throw new Error(`no place with key "${placeKey}" in the gazetteer`);
    await this.db.query(
      `INSERT INTO place_names (place_key, name, kind) VALUES ($1, $2, 'alias') ON CONFLICT (place_key, name) DO NOTHING`,
      [placeKey, name.trim()],
    );
    this.invalidate();
    return this.reresolve();
  }

  /** Puts a place the gazetteer lacks on the map at a point an editor chose, named `name`. */
  async pin(name: string, lat: number, lon: number, countryCode: string): Promise<{ place: Place; changed: number }> {
    const place: Place = {
      key: `pin:${countryCode.toLowerCase()}:${slug(name)}`,
      name: name.trim(),
      countryCode: countryCode.toUpperCase(),
      lat,
      lon,
      population: 0,
      featureCode: '',
      source: 'pinned',
    };
    await this.db.transaction(async (tx) => {
      await this.placeId(place, tx);
      await tx.query(
        `INSERT INTO place_names (place_key, name, kind) VALUES ($1, $2, 'name') ON CONFLICT (place_key, name) DO NOTHING`,
        [place.key, place.name],
      );
    });
    this.invalidate();
    return { place, changed: await this.reresolve() };
  }

  /** Stores GeoNames entries (a country dump) so that their names resolve from now on. */
  async addGazetteerEntries(entries: GazetteerEntry[]): Promise<number> {
    const batch = 5000;
    await this.db.transaction(async (tx) => {
      for (let i = 0; i < entries.length; i += batch) {
        const slice = entries.slice(i, i + batch);
        await tx.query(
          `INSERT INTO places (key, name, country_code, lat, lon, population, feature_code, source)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::bigint[], $7::text[], $8::text[])
           ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
             population = EXCLUDED.population, feature_code = EXCLUDED.feature_code`,
          [
            slice.map((e) => e.place.key), slice.map((e) => e.place.name), slice.map((e) => e.place.countryCode),
            slice.map((e) => e.place.lat), slice.map((e) => e.place.lon), slice.map((e) => e.place.population),
            slice.map((e) => e.place.featureCode), slice.map(() => 'geonames-dump'),
          ],
        );
        const names = slice.flatMap((e) => e.names.map((name) => [e.place.key, name] as const));
        await tx.query(
          `INSERT INTO place_names (place_key, name, kind)
           SELECT k, n, 'alternate' FROM unnest($1::text[], $2::text[]) AS t(k, n)
           ON CONFLICT (place_key, name) DO NOTHING`,
          [names.map(([key]) => key), names.map(([, name]) => name)],
        );
      }
    });
    this.invalidate();
    await this.reresolve();
    return entries.length;
  }

  /** Resolves every mention in the ledger again; returns how many strike records now point elsewhere. */
  async reresolve(): Promise<number> {
    const { rows } = await this.db.query<{ id: number; place_text: string; section: string; place_id: number | null; status: string }>(
      'SELECT id, place_text, section, place_id, status FROM place_mentions',
    );
    let changed = 0;
    for (const row of rows) {
      const before = { placeId: row.place_id, status: row.status };
      const after = await this.storeMention(row.place_text, row.section);
      if (after.placeId === before.placeId && after.status === before.status) continue;
      const { rows: counted } = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM strike_records WHERE mention_id = $1', [row.id]);
      changed += counted[0]?.n ?? 0;
    }
    return changed;
  }
}

interface PlaceRow {
  key: string; name: string; country_code: string; lat: number; lon: number;
  population: number; feature_code: string; source: Place['source'];
}

function placeFromRow(row: PlaceRow): Place {
  return {
    key: row.key, name: row.name, countryCode: row.country_code, lat: row.lat, lon: row.lon,
    population: Number(row.population), featureCode: row.feature_code, source: row.source,
  };
}

function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}
