/**
 * Country names a release can file strikes under. The campaign covered Syria and Iraq, but
 * section headers are recognised generically so another theatre's releases read the same way.
 */
const COUNTRY_NAMES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Armenia', 'Azerbaijan', 'Bahrain', 'Bangladesh', 'Belgium',
  'Burkina Faso', 'Cameroon', 'Chad', 'Cyprus', 'Denmark', 'Djibouti', 'Egypt', 'Eritrea', 'Ethiopia',
  'France', 'Georgia', 'Germany', 'Greece', 'India', 'Indonesia', 'Iran', 'Iraq', 'Israel', 'Jordan',
  'Kenya', 'Kuwait', 'Lebanon', 'Libya', 'Mali', 'Mauritania', 'Morocco', 'Mozambique', 'Niger',
  'Nigeria', 'Oman', 'Pakistan', 'Palestine', 'Philippines', 'Qatar', 'Russia', 'Saudi Arabia',
  'Somalia', 'South Sudan', 'Sudan', 'Syria', 'Tajikistan', 'Tunisia', 'Turkey', 'Turkmenistan',
  'United Arab Emirates', 'United Kingdom', 'United States', 'Uzbekistan', 'Yemen', 'Gaza', 'West Bank',
];

const BY_LOWER = new Map(COUNTRY_NAMES.map((name) => [name.toLowerCase(), name]));

/** Canonical spelling of a country name ("SYRIA" → "Syria"), or null when it is not one. */
export function countryName(text: string): string | null {
  return BY_LOWER.get(text.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}

/** Regex source matching any known country name as a whole word (case-insensitive use). */
export const COUNTRY = `(?:${[...COUNTRY_NAMES].sort((a, b) => b.length - a.length).join('|').replace(/ /g, String.raw`\s+`)})`;

const COUNTRY_ANYWHERE = new RegExp(String.raw`\b${COUNTRY}\b`, 'gi');

/** The distinct known countries a sentence names, in order of first mention. */
export function countriesIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(COUNTRY_ANYWHERE)) {
    const name = countryName(m[0]);
    if (name !== null) seen.add(name);
  }
  return [...seen];
}

const BULLET = /^[\s\-–—*•·>]+/;
const WRAPPER = /^(?:(?:(?:air\s*)?strikes?|airstrikes)\s+(?:conducted\s+)?in|in)\s+/i;
const RELATION_START = /^(?:near|in|at|around|vicinity|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\b/i;
const NAME_PART = /^[A-Z\u00C0-\u00DE][\p{L}’'\-]*(?:\s+(?:(?:al|as|ar|az|ad|an|el|abu)\s+)?[A-Z\u00C0-\u00DE][\p{L}’'\-]*){0,3}$/u;

/**
 * Reads a section header line: just a country ("Syria", "IRAQ", "Iraq:"), a wrapped one
 * ("Strikes in Syria", "In Syria:") or a place in a country ("Tikrit, Iraq").
 * Returns the section as written without its wrapper (a bare country is spelled canonically),
 * or null when the line is not a header.
 */
export function parseSectionHeader(line: string): string | null {
  let t = line.replace(BULLET, '').replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 60) return null;
  t = t.replace(/\s*[:.\-–—]+$/, '').trim();
  t = t.replace(WRAPPER, '');
  const bare = countryName(t);
  if (bare !== null) return bare;
  const comma = t.lastIndexOf(',');
  if (comma <= 0) return null;
  const place = t.slice(0, comma).trim();
  const country = countryName(t.slice(comma + 1));
  if (country === null || !NAME_PART.test(place) || RELATION_START.test(place)) return null;
  return `${place}, ${country}`;
}
