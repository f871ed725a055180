import { z } from 'zod';
import type { ParsedRelease } from './types.js';
import { findColumn, readCsv } from './csvRows.js';
import { releasesFromRows } from './csvStrikeRows.js';

const ColumnName = z.string().trim().min(1);

/** Which CSV column holds each field (`--map date=Day,place=Location,strikes=N`). */
export const CsvColumnMap = z.object({
  date: ColumnName,
  place: ColumnName,
  strikes: ColumnName,
  country: ColumnName.optional(),
  effects: ColumnName.optional(),
});
export type CsvColumnMap = z.infer<typeof CsvColumnMap>;

/**
 * Reads a CSV whose columns the user maps to date, place, strike count and optionally country and
 * effects, into one release per day (sourceUri `${sourceUri}#${date}`). Column names match exactly,
 * else ignoring case. Without a country column strikes carry country "". Throws, naming the file,
 * the column and the columns that do exist, when a mapped column is missing.
 */
export function parseMappedCsv(
  text: string,
  opts: { sourceUri: string; issuer?: string; map: { date: string; place: string; strikes: string; country?: string; effects?: string } },
): ParsedRelease[] {
  const checked = CsvColumnMap.safeParse(opts.map);
  if (!checked.success) throw new Error(`${opts.sourceUri}: bad column map: ${z.prettifyError(checked.error)}`);
  const map = checked.data;
  const table = readCsv(text, opts.sourceUri);
  const column = (field: keyof CsvColumnMap): string | null => {
    const wanted = map[field];
    if (wanted === undefined) return null;
    const found = findColumn(table.header, wanted);
    if (found === null) throw new Error(`${opts.sourceUri}: no column "${wanted}" (mapped as ${field}); columns are: ${table.header.join(', ') || 'none'}`);
    return found;
  };
  const columns = {
    date: column('date') ?? '',
    place: column('place') ?? '',
    strikes: column('strikes') ?? '',
    country: column('country'),
    effects: column('effects'),
    line: null,
  };
  return releasesFromRows(table, columns, opts);
}
