import type { Database } from './db.js';
import type { HeldCount } from './reviewItem.js';
import { STRIKE_COLUMNS } from './strikeRows.js';

/**
 * A strike line claiming more strikes than this is held for review. The largest count on one line we found
 * in the releases of 2014–2019 is 37 ("Near Raqqa, Syria, 37 strikes …", for Aug. 15, 2017, in the release
 * of Aug. 17); the development corpus (Oct. 2014 – Dec. 2015) peaks at 29 (near Ramadi, July 13, 2015).
 * 200 leaves room for a weekly release summing a busy place, and still holds back a typo or a hostile
 * "999999999 airstrikes" before it moves any total.
 */
export const COUNT_REVIEW_ABOVE = 200;

/** Lines held for review, oldest day first (then source and line). */
export async function heldCounts(db: Database): Promise<HeldCount[]> {
  const { rows } = await db.query<{
    id: number; date: string; section: string; place_text: string; place: string | null; strikes: number;
    source_uri: string; line_no: number; raw_line: string;
  }>(
    `SELECT h.id, h.date, m.section, m.place_text, p.name AS place, h.strikes, rel.source_uri, h.line_no, h.raw_line
     FROM held_strikes h
     JOIN releases rel ON rel.id = h.release_id
     JOIN place_mentions m ON m.id = h.mention_id
     LEFT JOIN places p ON p.id = m.place_id AND m.status <> 'unresolved'
     ORDER BY h.date, rel.source_uri, h.line_no, h.id`,
  );
  return rows.map((r) => ({
    id: r.id, date: r.date, country: r.section, placeText: r.place_text, place: r.place, strikes: r.strikes,
    source: `${r.source_uri}:${r.line_no}`, rawLine: r.raw_line,
  }));
}

/**
 * An editor's word that a held line's count is what the release says: the line becomes a strike record as
 * it was read, and counts from now on. Returns the line accepted, or why there is none to accept.
 */
export async function acceptHeldCount(db: Database, id: number): Promise<{ ok: true; accepted: HeldCount } | { ok: false; reason: string }> {
  const held = (await heldCounts(db)).find((h) => h.id === id);
  if (!held) return { ok: false, reason: `no line held for review with id ${id}` };
  const columns = STRIKE_COLUMNS.map((c) => c.name).join(', ');
  const moved = await db.transaction(async (tx) => {
    // the same columns in both tables: the record is the line as it was read, nothing recomputed
    const { rows } = await tx.query<{ id: number }>(
      `WITH taken AS (DELETE FROM held_strikes WHERE id = $1 RETURNING ${columns})
       INSERT INTO strike_records (${columns}) SELECT ${columns} FROM taken RETURNING id`,
      [id],
    );
    return rows.length;
  });
  // another editor accepted it (or its release was replaced) in the meantime
  if (moved === 0) return { ok: false, reason: `no line held for review with id ${id}` };
  return { ok: true, accepted: held };
}
