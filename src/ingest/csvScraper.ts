import type { ParsedRelease, PlaceRelation } from './types.js';
import { findColumn, readCsv } from './csvRows.js';
import { releasesFromRows } from './csvStrikeRows.js';
import { parsePlaceLead } from './placePhrases.js';

const REQUIRED = ['date', 'country', 'location', 'number'] as const;
const LEAD = /^[\s\-–—*•]*((?:near|in|at|around|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+[^,]+)/i;

/** The relation the original release line used for the place ("- In Tikrit, …" → 'in'); 'near' by default. */
function relationFromLine(line: string, location: string): PlaceRelation {
  const lead = LEAD.exec(line);
  const place = lead === null ? null : parsePlaceLead(lead[1] ?? '');
  return place !== null && place.placeText.toLowerCase() === location.toLowerCase() ? place.relation : 'near';
}

/**
 * Reads the public scraper's CSV (`date,country,location,number,description,line`, one row per
 * strike line) into one release per day, sourceUri `${sourceUri}#${date}`, each strike numbered by
 * its row's physical line. Rows with a bad date or no readable count are reported as unparsed lines.
 * Throws, naming the file and the column, when a required column (date, country, location, number)
 * is missing.
 */
export function parseScraperCsv(text: string, opts: { sourceUri: string; issuer?: string }): ParsedRelease[] {
  const table = readCsv(text, opts.sourceUri);
  const found = new Map<string, string>();
  for (const name of REQUIRED) {
    const column = findColumn(table.header, name);
    if (column === null) {
      throw new Error(`${opts.sourceUri}: missing column "${name}" (expected header date,country,location,number,description,line; found ${table.header.join(',') || 'nothing'})`);
    }
    found.set(name, column);
  }
  const columns = {
    date: found.get('date') ?? 'date',
    place: found.get('location') ?? 'location',
    strikes: found.get('number') ?? 'number',
    country: found.get('country') ?? null,
    effects: findColumn(table.header, 'description'),
    line: findColumn(table.header, 'line'),
  };
  return releasesFromRows(table, columns, { ...opts, relationOf: relationFromLine });
}
