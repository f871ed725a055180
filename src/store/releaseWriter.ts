import type { BulkColumn, Queryable } from './db.js';
import type { RecordPlace } from './placeBook.js';
import type { ReadRelease } from './readSource.js';
import { STRIKE_COLUMNS, strikeCopyBytes } from './strikeRows.js';

/** A release ready to store: read, its strike rows encoded, its places resolved. */
export interface PreparedRelease {
  release: ReadRelease;
  /** The stored mention of each of the release's places, in the same order. */
  mentions: RecordPlace[];
}

const UNPARSED_COLUMNS: BulkColumn[] = [
  { name: 'release_id', type: 'bigint' },
  { name: 'line_no', type: 'integer' },
  { name: 'raw_line', type: 'text' },
  { name: 'reason', type: 'text' },
];

export type ReleaseFate = 'imported' | 'replaced' | 'duplicate' | 'conflict';

/**
 * Stores releases in the caller's transaction with a fixed number of statements, whatever their count:
 * the same content already stored is a duplicate; another release for a stored issuer and day is a
 * conflict, or replaces it when `replace` is set. The caller guarantees no two releases in `batch` share a
 * day or a hash. Returns one fate per release, in order.
 */
export async function storeReleases(tx: Queryable, batch: PreparedRelease[], replace: boolean): Promise<ReleaseFate[]> {
  if (batch.length === 0) return [];
  const hashes = batch.map((p) => p.release.contentHash);
  const { rows: sameContent } = await tx.query<{ content_hash: string }>(
    'SELECT content_hash FROM releases WHERE content_hash = ANY($1::text[])',
    [hashes],
  );
  const { rows: sameDay } = await tx.query<{ id: number; issuer: string; report_date: string; content_hash: string }>(
    `SELECT r.id, r.issuer, r.report_date, r.content_hash FROM releases r
     JOIN unnest($1::text[], $2::date[]) AS b(issuer, day) ON r.issuer = b.issuer AND r.report_date = b.day`,
    [batch.map((p) => p.release.issuer), batch.map((p) => p.release.reportDate)],
  );
  const stored = new Set(sameContent.map((r) => r.content_hash));
  const storedDay = new Map(sameDay.map((r) => [`${r.issuer}\u0000${r.report_date}`, r.id]));
  // another process may commit between the two reads: the same content found for the day is still a duplicate
  for (const r of sameDay) stored.add(r.content_hash);

  const fates = batch.map((p): ReleaseFate => {
    if (stored.has(p.release.contentHash)) return 'duplicate';
    if (!storedDay.has(`${p.release.issuer}\u0000${p.release.reportDate}`)) return 'imported';
    return replace ? 'replaced' : 'conflict';
  });
  const replacedIds = batch.flatMap((p, i) => (fates[i] === 'replaced' ? [storedDay.get(`${p.release.issuer}\u0000${p.release.reportDate}`)!] : []));
  if (replacedIds.length > 0) await tx.query('DELETE FROM releases WHERE id = ANY($1::bigint[])', [replacedIds]);

  const toInsert = batch.filter((_, i) => fates[i] === 'imported' || fates[i] === 'replaced');
  if (toInsert.length === 0) return fates;
  const { rows: inserted } = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO releases (issuer, report_date, source_uri, content_hash, format, title, line_count)
     SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
     RETURNING id, content_hash`,
    [
      toInsert.map((p) => p.release.issuer), toInsert.map((p) => p.release.reportDate), toInsert.map((p) => p.release.sourceUri),
      toInsert.map((p) => p.release.contentHash), toInsert.map((p) => p.release.format), toInsert.map((p) => p.release.title),
      toInsert.map((p) => p.release.lineCount),
    ],
  );
  const idByHash = new Map(inserted.map((r) => [r.content_hash, r.id]));
  const releaseIds = toInsert.map((p) => idByHash.get(p.release.contentHash)!);
  await tx.copyRows('strike_records', STRIKE_COLUMNS, strikeCopyBytes(toInsert.map((p, i) => ({
    releaseId: releaseIds[i]!, mentionIds: p.mentions.map((m) => m.mentionId), strikes: p.release.strikes,
  }))));
  // lines whose count is held for review: the same rows, in a table no count reads (heldCounts.ts)
  await tx.copyRows('held_strikes', STRIKE_COLUMNS, strikeCopyBytes(toInsert.map((p, i) => ({
    releaseId: releaseIds[i]!, mentionIds: p.mentions.map((m) => m.mentionId), strikes: p.release.held,
  }))));
  await tx.insertRows('unparsed_lines', UNPARSED_COLUMNS, toInsert.flatMap((p, i) =>
    p.release.unparsed.map((u) => [releaseIds[i]!, u.lineNo, u.rawLine, u.reason])));
  return fates;
}
