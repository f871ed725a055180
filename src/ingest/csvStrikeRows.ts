import { z } from 'zod';
import type { ParsedRelease, PlaceRelation } from './types.js';
import { parseStrikeCount } from './countPhrases.js';
import { MAX_COUNT_DIGITS, tooManyDigits } from './countShape.js';
import { ReleasesByDay, type CsvTable } from './csvRows.js';
import { parseDay } from './dates.js';
import { quote } from './strikeClauses.js';
import { parseTargets } from './targets.js';

/** The header names holding each field of a strike row; null for an optional field the file lacks. */
export interface StrikeColumns {
  date: string;
  place: string;
  strikes: string;
  country: string | null;
  effects: string | null;
  /** The release line the row was taken from (scraper layout only). */
  line: string | null;
}

const cell = z.string().transform((s) => s.replace(/\s+/g, ' ').trim());

/** Row validation at the edge: each failure message names the value and the column it came from. */
function rowSchema(columns: StrikeColumns) {
  return z.object({
    date: z.string().transform((text, ctx) => {
      const day = parseDay(text);
      if (day === null) ctx.addIssue(`bad date ${quote(text)} in column "${columns.date}" (expected 2015-05-23 or 5/23/2015)`);
      return day ?? '';
    }),
    strikes: z.string().transform((text, ctx) => {
      if (tooManyDigits(text.trim())) {
        ctx.addIssue(`the count ${quote(text)} in column "${columns.strikes}" has more than ${MAX_COUNT_DIGITS} digits`);
        return 0;
      }
      const n = parseStrikeCount(text);
      if (n === null) {
        ctx.addIssue(text.trim() === '' ? `no strike count in column "${columns.strikes}"` : `unreadable strike count ${quote(text)} in column "${columns.strikes}"`);
      }
      return n ?? 0;
    }),
    place: cell.transform((s) => s.replace(/(?<![\s*,])[\s*,]+$/, '')).refine((s) => s !== '', `no place in column "${columns.place}"`),
    country: cell,
    effects: cell.transform((s) => s.replace(/(?<![\s.])[\s.]+$/, '')),
    line: z.string(),
  });
}

/**
 * Turns the rows of a strike CSV into one release per day (sourceUri `${sourceUri}#${date}`).
 * A row that fails validation becomes an unparsed line carrying every reason it failed.
 */
export function releasesFromRows(
  table: CsvTable,
  columns: StrikeColumns,
  opts: { sourceUri: string; issuer?: string; relationOf?: (line: string, place: string) => PlaceRelation },
): ParsedRelease[] {
  const schema = rowSchema(columns);
  const releases = new ReleasesByDay(opts.sourceUri, opts.issuer ?? 'CJTF-OIR', table.lineCount);
  for (const { lineNo, rawLine, fields } of table.rows) {
    const get = (column: string | null): string => (column === null ? '' : fields.get(column) ?? '');
    const input = {
      date: get(columns.date), strikes: get(columns.strikes), place: get(columns.place),
      country: get(columns.country), effects: get(columns.effects), line: get(columns.line),
    };
    const row = schema.safeParse(input);
    if (!row.success) {
      const reason = row.error.issues.map((issue) => issue.message).join('; ');
      releases.addUnparsed({ lineNo, rawLine, reason }, parseDay(input.date));
      continue;
    }
    const { date, strikes, place, country, effects, line } = row.data;
    releases.addStrike({
      // a CSV row gives one day and no word of how it was known
      date, dateBasis: 'assumed', engagements: null, country, placeText: place, relation: opts.relationOf?.(line, place) ?? 'near', strikes, effects,
      targets: parseTargets(effects), lineNo, rawLine,
    });
  }
  return releases.finish();
}
