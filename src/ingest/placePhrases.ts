import type { PlaceRelation } from './types.js';
import { COUNTRY, countryName } from './sections.js';

/** Where a strike statement says it happened. */
export interface PlaceRef {
  placeText: string;
  relation: PlaceRelation;
  /** A country named with the place ("Near Hajin, Syria,"), overriding the section; else null. */
  country: string | null;
}

export interface PlaceMatch extends PlaceRef {
  index: number;
  end: number;
}

const DIRECTION = '(?:north|south)(?:east|west)?|east|west';
const RELATION_WORDS = String.raw`near|in\s+the\s+vicinity\s+of|vicinity\s+of|around|in|at|(?:${DIRECTION})(?:\s+and\s+(?:${DIRECTION}))?\s+of`;
/** The relation at the start of a lead ("Near", "North of", "In the vicinity of"). */
const LEAD = new RegExp(String.raw`^(${RELATION_WORDS})\s+(.*)$`, 'is');

// Proper names only: the capital letter is what tells "near Kobani" from "near the road".
const NAME_WORD = String.raw`(?!(?:ISIL|ISIS|Daesh|DAESH|U\.S)\b)[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'‘\-]*`;
const PARTICLE_WORD = String.raw`(?:al|as|ar|az|ad|ash|el|abu)-[A-Za-z\u00C0-\u024F’'‘\-]+`;
const PARTICLE = '(?:al|as|ar|az|ad|ash|el|abu|bin|ibn|wa)';
const WORD = `(?:${NAME_WORD}|${PARTICLE_WORD})`;
const GEO_TAIL = String.raw`(?:\s+(?:oil\s+refinery|refinery|dam|airfield|air\s+base|airport|mountains?|border\s+crossing)\b)?`;
const PLACE = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD})*${GEO_TAIL}`;
const ci = (word: string): string => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`;
const DIRECTION_CI = `(?:${ci('north')}|${ci('south')})(?:east|west)?|${ci('east')}|${ci('west')}`;
const REL_CI = [
  ci('near'), String.raw`${ci('in')}\s+the\s+vicinity\s+of`, String.raw`${ci('vicinity')}\s+of`, ci('around'), ci('in'), ci('at'),
  String.raw`(?:${DIRECTION_CI})(?:\s+and\s+(?:${DIRECTION}))?\s+of`,
].join('|');
const RELATION_THEN_PLACE = new RegExp(String.raw`(?<![\p{L}\d])(${REL_CI})\s+(?:the\s+)?(${PLACE})(?:\s*,\s*(${COUNTRY})\b)?`, 'gu');
const INNER_RELATION = new RegExp(String.raw`(?<![\p{L}\d])(?:${REL_CI})\s+(?:the\s+)?${WORD}`, 'u');
const TRAILING_LEAD = new RegExp(String.raw`(?:[,;•]|\s(?:while|and|but|whereas))\s*((?:${REL_CI})\s+(?:the\s+)?${PLACE}(?:\s*,\s*${COUNTRY})?)\s*,?\s*$`, 'u');
const PLAIN_NAME = /^[A-Z\u00C0-\u00DE][A-Za-z’'-]*(?: [A-Z\u00C0-\u00DE][A-Za-z’'-]*)*$/;
const PROVINCE_QUALIFIER = /\s+in\s+(?:the\s+)?[A-Z][\w\s'’-]*?\b(?:Province|Governorate|District|Region|province|governorate|district)$/;

/** Normalises a relation as written ("Northwest of", "in the vicinity of") to a PlaceRelation. */
export function relationOf(words: string): PlaceRelation {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'near' || w.includes('vicinity')) return 'near';
  if (w === 'in' || w === 'at' || w === 'around') return w;
  // "south and west of Bayji": strikes on more than one side of the town
  if (w.includes(' and ')) return 'around';
  return w as PlaceRelation;
}

/** A place name as written, without stray spaces, asterisks, a leading "the" or a province qualifier. */
export function cleanPlace(text: string): string {
  if (PLAIN_NAME.test(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/i, '')
    .replace(/(?<![\s*,.:;])[\s*,.:;]+$/, '')
    .replace(/^[\s*]+/, '')
    .replace(PROVINCE_QUALIFIER, '')
    .trim();
}

/**
 * Reads the place a statement opens with, before its count: "Near Tal Jibbin ,",
 * "Near Hit in Al Anbar Province," (→ "Hit"), "Near Hajin, Syria," (→ country "Syria"),
 * "Near al-Qaim, on the Syrian border,", "In Tikrit,", "East of Dawr Az Zawr,".
 * The name is taken as written up to the first comma, so odd spellings survive.
 * Returns null when the lead holds no place (it may still name a country: see `leadCountry`).
 */
export function parsePlaceLead(lead: string): PlaceRef | null {
  const t = lead.replace(/(?<![\s,])[\s,]+$/, '').trim();
  const m = LEAD.exec(t);
  if (m === null) return null;
  const rest = m[2] ?? '';
  if (INNER_RELATION.test(rest)) {
    const found = findPlaceIn(t);
    return found === null ? null : { placeText: found.placeText, relation: found.relation, country: found.country };
  }
  const parts = rest.split(',');
  const placeText = cleanPlace(parts[0] ?? '');
  if (placeText === '' || countryName(placeText) !== null) return null;
  let country: string | null = null;
  for (const part of parts.slice(1)) country ??= countryName(part);
  return { placeText, relation: relationOf(m[1] ?? ''), country };
}

/** The country a lead names on its own ("In Syria", "In Syria north of …"), else null. */
export function leadCountry(lead: string): string | null {
  const m = /^in\s+([^,]+?)(?:\s*,|\s+(?=[a-z])|$)/i.exec(lead.trim());
  return m === null ? null : countryName(m[1] ?? '');
}

/**
 * Finds the first "relation + proper name" in free text ("one strike near Kobani destroyed",
 * "40 km southwest of Haditha"), skipping bare countries ("in Syria north of Sinjar").
 * Returns null when no place is named.
 */
export function findPlaceIn(text: string): PlaceMatch | null {
  RELATION_THEN_PLACE.lastIndex = 0;
  for (let m = RELATION_THEN_PLACE.exec(text); m !== null; m = RELATION_THEN_PLACE.exec(text)) {
    const placeText = cleanPlace(m[2] ?? '');
    if (placeText === '' || countryName(placeText) !== null) continue;
    const country = m[3] === undefined ? null : countryName(m[3]);
    return { placeText, relation: relationOf(m[1] ?? ''), country, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The place lead at the very end of a clause, which belongs to the next count:
 * "…destroyed a vehicle, while near Mosul," → { index, lead: "near Mosul" }; null when none.
 */
export function trailingLead(text: string): { index: number; lead: string } | null {
  const m = TRAILING_LEAD.exec(text);
  return m === null ? null : { index: m.index, lead: m[1] ?? '' };
}
