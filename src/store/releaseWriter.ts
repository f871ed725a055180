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

const SOURCE_COLUMNS: BulkColumn[] = [
  { name: 'release_id', type: 'bigint' },
  { name: 'source_uri', type: 'text' },
  { name: 'content_hash', type: 'text' },
];

const TOTAL_COLUMNS: BulkColumn[] = [
  { name: 'release_id', type: 'bigint' },
  { name: 'from_day', type: 'date' },
  { name: 'to_day', type: 'date' },
  { name: 'section', type: 'text' },
  { name: 'strikes', type: 'integer' },
  { name: 'engagements', type: 'integer' },
  { name: 'date_basis', type: 'text' },
  { name: 'line_strikes', type: 'integer' },
  { name: 'line_engagements', type: 'integer' },
  { name: 'agrees', type: 'boolean' },
  { name: 'line_no', type: 'integer' },
];

const STATEMENT_COLUMNS: BulkColumn[] = [
  { name: 'release_id', type: 'bigint' },
  { name: 'date', type: 'date' },
  { name: 'date_basis', type: 'text' },
  { name: 'section', type: 'text' },
  { name: 'place_text', type: 'text' },
  { name: 'summary', type: 'text' },
  { name: 'line_no', type: 'integer' },
];

/** `copy`: the same release as one stored (same day, same lines) from another source, kept as a source of it. */
export type ReleaseFate = 'imported' | 'replaced' | 'duplicate' | 'copy' | 'conflict';

const dayKey = (issuer: string, day: string) => `${issuer}\u0000${day}`;

/**
 * Stores releases in the caller's transaction with a fixed number of statements, whatever their count:
 * the same content already stored is a duplicate; the same release from another source (the same day and
 * lines, other page chrome) is a copy, recorded as another source of the stored one; another daily release
 * for a stored issuer and day is a conflict, or replaces it when `replace` is set. Special statements never
 * conflict. The caller guarantees no two releases in `batch` share a day and kind, or a hash. Returns one
 * fate per release, in order.
 */
export async function storeReleases(tx: Queryable, batch: PreparedRelease[], replace: boolean): Promise<ReleaseFate[]> {
  if (batch.length === 0) return [];
  const hashes = batch.map((p) => p.release.contentHash);
  const { rows: sameContent } = await tx.query<{ content_hash: string }>(
    `SELECT content_hash FROM releases WHERE content_hash = ANY($1::text[])
     UNION ALL SELECT content_hash FROM release_sources WHERE content_hash = ANY($1::text[])`,
    [hashes],
  );
  const daily = batch.filter((p) => p.release.kind === 'daily');
  const { rows: sameDay } = await tx.query<{ id: number; issuer: string; report_date: string; lines_hash: string | null; content_hash: string }>(
    `SELECT r.id, r.issuer, r.report_date, r.lines_hash, r.content_hash FROM releases r
     JOIN unnest($1::text[], $2::date[]) AS b(issuer, day) ON r.issuer = b.issuer AND r.report_date = b.day
     WHERE r.kind = 'daily'`,
    [daily.map((p) => p.release.issuer), daily.map((p) => p.release.reportDate)],
  );
  const { rows: sameStatement } = await tx.query<{ id: number; lines_hash: string }>(
    `SELECT id, lines_hash FROM releases WHERE kind = 'statement' AND lines_hash = ANY($1::text[])`,
    [batch.filter((p) => p.release.kind === 'statement').map((p) => p.release.linesHash)],
  );
  const stored = new Set(sameContent.map((r) => r.content_hash));
  const storedDay = new Map(sameDay.map((r) => [dayKey(r.issuer, r.report_date), r]));
  const storedStatement = new Map(sameStatement.map((r) => [r.lines_hash, r.id]));
  // another process may commit between the two reads: the same content found for the day is still a duplicate
  for (const r of sameDay) stored.add(r.content_hash);

  // the stored release each copy is another source of
  const copyOf = new Map<number, number>();
  const fates = batch.map((p, i): ReleaseFate => {
    const { release } = p;
    if (stored.has(release.contentHash)) return 'duplicate';
    if (release.kind === 'statement') {
      const same = storedStatement.get(release.linesHash);
      if (same === undefined) return 'imported';
      copyOf.set(i, same);
      return 'copy';
    }
    const day = storedDay.get(dayKey(release.issuer, release.reportDate));
    if (day === undefined) return 'imported';
    if (day.lines_hash === release.linesHash) {
      copyOf.set(i, day.id);
      return 'copy';
    }
    return replace ? 'replaced' : 'conflict';
  });
  const replacedIds = batch.flatMap((p, i) => (fates[i] === 'replaced' ? [storedDay.get(dayKey(p.release.issuer, p.release.reportDate))!.id] : []));
  if (replacedIds.length > 0) await tx.query('DELETE FROM releases WHERE id = ANY($1::bigint[])', [replacedIds]);
  if (copyOf.size > 0) {
    await tx.insertRows('release_sources', SOURCE_COLUMNS, [...copyOf].map(([i, releaseId]) => [releaseId, batch[i]!.release.sourceUri, batch[i]!.release.contentHash]));
  }

  const toInsert = batch.filter((_, i) => fates[i] === 'imported' || fates[i] === 'replaced');
  if (toInsert.length === 0) return fates;
  const { rows: inserted } = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO releases (issuer, report_date, source_uri, content_hash, format, title, line_count, kind, period, lines_hash)
     SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[])
     RETURNING id, content_hash`,
    [
      toInsert.map((p) => p.release.issuer), toInsert.map((p) => p.release.reportDate), toInsert.map((p) => p.release.sourceUri),
      toInsert.map((p) => p.release.contentHash), toInsert.map((p) => p.release.format), toInsert.map((p) => p.release.title),
      toInsert.map((p) => p.release.lineCount), toInsert.map((p) => p.release.kind), toInsert.map((p) => p.release.period),
      toInsert.map((p) => p.release.linesHash),
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
  const totals = toInsert.flatMap((p, i) => p.release.totals.map((t) => [
    releaseIds[i]!, t.from, t.to, t.section, t.strikes, t.engagements, t.dateBasis, t.lineStrikes, t.lineEngagements, t.agrees, t.lineNo,
  ]));
  if (totals.length > 0) await tx.insertRows('release_totals', TOTAL_COLUMNS, totals);
  const statements = toInsert.flatMap((p, i) => p.release.statements.map((st) => [
    releaseIds[i]!, st.date, st.dateBasis, st.country, st.placeText, st.summary, st.lineNo,
  ]));
  if (statements.length > 0) await tx.insertRows('special_statements', STATEMENT_COLUMNS, statements);
  return fates;
}
