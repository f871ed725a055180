import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { foldName } from './fold.js';

/** Names the platform's region list lacks but releases and users write. */
const COUNTRY_ALIASES: Record<string, string> = {
  'syrian arab republic': 'SY',
  syrian: 'SY',
  syr: 'SY',
  'republic of iraq': 'IQ',
  iraqi: 'IQ',
  irq: 'IQ',
  kurdistan: 'IQ',
  'iraqi kurdistan': 'IQ',
  'kurdistan region': 'IQ',
};

/** Codes Intl knows that are not countries (continents, unions, "unknown region"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

let byName: Map<string, string> | null = null;
let codes: Set<string> | null = null;

/**
 * Where `npm run build` keeps the region tables (beside the compiled module; absent when running from src):
 * building them asks ICU for 2,000 names, some 60 ms of a cold CLI run. Kept per ICU version.
 */
export const REGION_CACHE = new URL('./regions.json', import.meta.url);

interface RegionCache {
  icu: string;
  names: Array<[name: string, code: string]>;
  codes: string[];
}

/** Writes the region tables for this runtime's ICU to `path`. */
export function writeRegionCache(path: string): void {
  const tables = regionTables();
  const cache: RegionCache = { icu: process.versions.icu ?? '', names: [...tables.byName], codes: [...tables.codes] };
  writeFileSync(`${path}.partial`, JSON.stringify(cache));
  renameSync(`${path}.partial`, path);
}

function cachedTables(): { byName: Map<string, string>; codes: Set<string> } | null {
  try {
    const cache = JSON.parse(readFileSync(REGION_CACHE, 'utf8')) as RegionCache;
    return cache.icu === (process.versions.icu ?? '') ? { byName: new Map(cache.names), codes: new Set(cache.codes) } : null;
  } catch {
    return null;
  }
}

function regionTables(): { byName: Map<string, string>; codes: Set<string> } {
  if (byName && codes) return { byName, codes };
  const cached = cachedTables();
  if (cached) {
    byName = cached.byName;
    codes = cached.codes;
    return cached;
  }
  const names = new Map<string, string>();
  const valid = new Set<string>();
  const styles = ['long', 'short', 'narrow'] as const;
  const displays = styles.map((style) => new Intl.DisplayNames(['en'], { type: 'region', style }));
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (NOT_COUNTRIES.has(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (!name || name === code || /unknown/i.test(name)) continue;
        valid.add(code);
        const key = foldName(name);
        if (!names.has(key)) names.set(key, code);
        // "Myanmar (Burma)", "Congo - Kinshasa": the part before the qualifier is a name too
        const bare = foldName(name.replace(/\s*[(-].*$/u, ''));
        if (bare && !names.has(bare)) names.set(bare, code);
      }
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) names.set(foldName(alias), code);
  byName = names;
  codes = valid;
  return { byName, codes };
}

/**
 * ISO 3166-1 alpha-2 code (upper case) for a release section or a country as users write it:
 * "Syria", "Iraq", "Tikrit, Iraq", "Strikes in Syria", "sy", "Syrian Arab Republic".
 * Returns null when no country is named, or when the text names two different countries ("Syria and Iraq").
 */
export function countryCodeOf(section: string): string | null {
  const { byName: names, codes: valid } = regionTables();
  const trimmed = section.trim();
  if (/^[A-Za-z]{2}$/u.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return valid.has(code) ? code : null;
  }
  const words = foldName(trimmed).split(' ').filter(Boolean);
  const found = new Set<string>();
  const used = new Array<boolean>(words.length).fill(false);
  // longest phrases first, so "equatorial guinea" is not read as "guinea"
  for (let n = words.length; n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      if (used.slice(start, start + n).some(Boolean)) continue;
      const code = names.get(words.slice(start, start + n).join(' '));
      if (!code) continue;
      found.add(code);
      used.fill(true, start, start + n);
    }
  }
  if (found.size !== 1) return null;
  return [...found][0] ?? null;
}

/** True when the whole text is a country's name ("Syria", "Saudi Arabia"), not a place within one. */
export function isCountryName(text: string): boolean {
  return regionTables().byName.has(foldName(text));
}
