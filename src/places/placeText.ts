import { countryCodeOf } from './countries.js';

export interface CleanedPlaceText {
  /** The place name alone, single-spaced. */
  text: string;
  /** Country named inside the text ("Tikrit, Iraq"), as ISO alpha-2. */
  country: string | null;
  /** What was removed, when something was. */
  note?: string;
}

/** "in Al Anbar Province", "of Ninawa Governorate": a qualifier after the name, not part of it. */
const REGION_QUALIFIER = /\s+(?:in|of)\s+(?:the\s+)?[^,]+?\s+(?:province|governorate|district|region)$/iu;
/** "Mosul Dam area", "Kobani vicinity". */
const AREA_SUFFIX = /\s+(?:area|vicinity|outskirts)$/iu;

/**
 * The place name inside what a parser handed over: drops footnote stars, quotes, "near", region
 * qualifiers ("Hit in Al Anbar Province" → "Hit") and a trailing country ("Tikrit, Iraq" → "Tikrit", IQ).
 */
export function cleanPlaceText(raw: string): CleanedPlaceText {
  let text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  text = text.replace(/^["“”«»]+|["“”«»*.,:;]+$/gu, '').replace(/\*+/gu, '').trim();
  // not "in"/"at": "At Tall" and "In Salah" are names
  text = text.replace(/^(?:near|around)\s+/iu, '').replace(/^the\s+/iu, '');
  const removed: string[] = [];
  let country: string | null = null;

  const tail = /,\s*([^,]+)$/u.exec(text);
  const tailCountry = tail?.[1] ? countryCodeOf(tail[1]) : null;
  if (tail && tailCountry) {
    country = tailCountry;
    removed.push(tail[0].replace(/^,\s*/u, ''));
    text = text.slice(0, tail.index).trim();
  }
  for (const pattern of [REGION_QUALIFIER, AREA_SUFFIX, /\s*\([^)]*\)$/u]) {
    const m = pattern.exec(text);
    if (m && m.index > 0) {
      removed.push(m[0].trim());
      text = text.slice(0, m.index).trim();
    }
  }
  const result: CleanedPlaceText = { text, country };
  if (removed.length > 0) result.note = `ignored "${removed.join('", "')}"`;
  return result;
}

/**
 * The names inside a compound place text: "Al Hasakah and Dayr Az Zawr", "Mosul • Tal Afar",
 * "Tabqa/Ath Thawrah". One element when the text names one place.
 */
export function splitCompound(text: string): string[] {
  const parts = text
    .split(/\s+(?:and)\s+|\s*[&•;/,]\s*/iu)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // a long part is a sentence fragment the parser let through ("Sinjar three airstrikes struck … and …"), not a list of names
  return parts.every((part) => part.split(' ').length <= MAX_NAME_WORDS) ? parts : [text];
}

/** Longest place name in words ("Bayji Oil Refinery", "Qayyarah Airfield West"). */
const MAX_NAME_WORDS = 4;
