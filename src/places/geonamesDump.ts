import type { GazetteerEntry } from './types.js';

export interface GeonamesDumpOptions {
  /** Where the text came from (file path or URL), for error messages. */
  sourceUri: string;
  /**
   * GeoNames feature classes to keep. Default P (populated places) and S (spots: air bases, dams,
   * refineries, crossings), the two kinds of thing releases name. A (administrative areas) is left out
   * by default: a governorate is an area, not a point, and its name collides with its capital's.
   * T (mountains, hills) is left out too: thousands of "Tall …" hills share names with villages.
   */
  featureClasses?: readonly string[];
}

export interface GeonamesDumpError {
  /** 1-based line number in the text. */
  line: number;
  reason: string;
  /** `sourceUri:line: reason`, ready to print. */
  message: string;
}

export interface GeonamesDumpResult {
  entries: GazetteerEntry[];
  errors: GeonamesDumpError[];
  /** Well-formed rows left out because of their feature class. */
  skipped: number;
}

const COLUMNS = 19;

/**
 * Reads a GeoNames country dump (`SY.txt`, `IQ.txt`, `allCountries.txt`: 19 tab-separated columns,
 * no header) into gazetteer entries keyed `geonames:<id>`. Rows that cannot be read (wrong column count,
 * bad id or coordinate) become errors with their line number; nothing is dropped silently.
 * Blank lines and lines starting with `#` are ignored.
 */
export function parseGeonamesDump(text: string, opts: GeonamesDumpOptions): GeonamesDumpResult {
  const keep = new Set(opts.featureClasses ?? ['P', 'S']);
  const entries: GazetteerEntry[] = [];
  const errors: GeonamesDumpError[] = [];
  let skipped = 0;
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    const lineNo = i + 1;
    const row = readRow(line);
    if (typeof row === 'string') {
      errors.push({ line: lineNo, reason: row, message: `${opts.sourceUri}:${lineNo}: ${row}` });
      continue;
    }
    if (!keep.has(row.featureClass)) {
      skipped++;
      continue;
    }
    entries.push(row.entry);
  }
  return { entries, errors, skipped };
}

function readRow(line: string): { entry: GazetteerEntry; featureClass: string } | string {
  const cols = line.split('\t');
  if (cols.length !== COLUMNS) return `expected ${COLUMNS} tab-separated columns, found ${cols.length} (row starts "${line.slice(0, 40)}")`;
  const [id, name, ascii, alternates, latText, lonText, featureClass, featureCode, countryCode] = cols as [
    string, string, string, string, string, string, string, string, string];
  const populationText = cols[14] ?? '';
  if (!/^\d+$/u.test(id)) return `geonameid "${id}" is not a number`;
  if (name.trim() === '') return `geonameid ${id} has no name`;
  const lat = Number(latText);
  const lon = Number(lonText);
  if (latText.trim() === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) return `bad latitude "${latText}" for ${name}`;
  if (lonText.trim() === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) return `bad longitude "${lonText}" for ${name}`;
  if (!/^[A-Z]{2}$/u.test(countryCode)) return `bad country code "${countryCode}" for ${name}`;
  const population = populationText === '' ? 0 : Number(populationText);
  const names = [ascii, ...alternates.split(',')].map((n) => n.trim()).filter(isUsableName);
  return {
    featureClass,
    entry: {
      place: {
        key: `geonames:${id}`,
        name,
        countryCode,
        lat,
        lon,
        population: Number.isFinite(population) && population > 0 ? population : 0,
        featureCode,
        source: 'geonames-dump',
      },
      names: [...new Set(names)].filter((n) => n !== name),
    },
  };
}

/** Alternate names include airport codes ("ORAA"), postcodes and links: not names a release would use. */
function isUsableName(n: string): boolean {
  if (n === '' || /^https?:/iu.test(n) || /\d/u.test(n)) return false;
  return !/^[A-Z]{3,4}$/u.test(n);
}
