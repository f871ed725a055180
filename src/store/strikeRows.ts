import type { ParsedStrike } from '../ingest/types.js';
import { copyField } from './copyText.js';
import type { BulkColumn } from './db.js';

/**
 * Columns of strike_records as the store writes them. A strike's own fields (from `date` on) are encoded as
 * COPY text where the release is parsed, possibly in the parse worker; the store puts the release and mention
 * ids in front once it knows them.
 */
export const STRIKE_COLUMNS: BulkColumn[] = [
  { name: 'release_id', type: 'bigint' },
  { name: 'mention_id', type: 'integer' },
  { name: 'date', type: 'date' },
  { name: 'relation', type: 'text' },
  { name: 'strikes', type: 'integer' },
  { name: 'effects', type: 'text' },
  { name: 'targets', type: 'jsonb' },
  { name: 'line_no', type: 'integer' },
  { name: 'raw_line', type: 'text' },
  { name: 'date_basis', type: 'text' },
  { name: 'engagements', type: 'integer' },
];

/**
 * The strike rows of one release as COPY text without their first two columns: `text[ends[i-1]..ends[i])` is
 * row i, ending in a line break, and `place[i]` the index of its place among the release's distinct places.
 * The arrays may be views into a buffer shared by several releases.
 */
export interface EncodedStrikes {
  text: Uint8Array;
  ends: Uint32Array;
  place: Uint32Array;
}

const encoder = new TextEncoder();
// Reused between releases: rows are encoded here, then copied out at their exact size.
let scratch = new Uint8Array(1 << 16);

/** A release's strikes as COPY text rows; `place[i]` is strike i's index among the release's distinct places. */
export function encodeStrikes(strikes: ParsedStrike[], place: Uint32Array): EncodedStrikes {
  const ends = new Uint32Array(strikes.length);
  let at = 0;
  strikes.forEach((strike, i) => {
    const row = strikeRowText(strike);
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (at + row.length * 3 > scratch.length) {
      const bigger = new Uint8Array(Math.max(scratch.length * 2, at + row.length * 3));
      bigger.set(scratch.subarray(0, at));
      scratch = bigger;
    }
    at += encoder.encodeInto(row, scratch.subarray(at)).written;
    ends[i] = at;
  });
  return { text: scratch.slice(0, at), ends, place };
}

/** One strike as COPY text of its own fields (the `date`..`engagements` columns of STRIKE_COLUMNS), ending in a line break. */
export function strikeRowText(strike: ParsedStrike): string {
  return `${copyField(strike.date)}\t${copyField(strike.relation)}\t${copyField(strike.strikes)}\t${copyField(strike.effects)}\t` +
    `${copyField(JSON.stringify(strike.targets))}\t${copyField(strike.lineNo)}\t${copyField(strike.rawLine)}\t` +
    `${strike.dateBasis}\t${strike.engagements === null ? '\\N' : strike.engagements}\n`;
}

/**
 * The COPY text of every strike row of `releases`, complete with release and mention ids, in order: the bytes
 * a COPY into STRIKE_COLUMNS reads.
 */
export function strikeCopyBytes(releases: Array<{ releaseId: number; mentionIds: number[]; strikes: EncodedStrikes }>): Uint8Array<ArrayBuffer> {
  let size = 0;
  for (const { strikes } of releases) size += strikes.text.length + strikes.ends.length * 34;
  const out = new Uint8Array(size);
  let at = 0;
  for (const { releaseId, mentionIds, strikes } of releases) {
    const release = encoder.encode(`${releaseId}\t`);
    const mentions = mentionIds.map((id) => encoder.encode(`${id}\t`));
    let start = 0;
    for (let row = 0; row < strikes.ends.length; row++) {
      const end = strikes.ends[row]!;
      out.set(release, at);
      at += release.length;
      const mention = mentions[strikes.place[row]!]!;
      out.set(mention, at);
      at += mention.length;
      out.set(strikes.text.subarray(start, end), at);
      at += end - start;
      start = end;
    }
  }
  return out.subarray(0, at);
}
