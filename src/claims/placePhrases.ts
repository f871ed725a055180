import type { KnownPlace, PlaceScope } from './types.js';
import { MONTH_NAMES } from './dates.js';

/**
 * Radius, in km, for "in and around X", "near X", "around X", "X and its surroundings" and the like.
 * 25 km takes in a town's outskirts and the villages and desert positions that releases list "near"
 * it, without reaching the next town of any size in the Euphrates valley. "within N km of X" overrides it.
 */
export const AROUND_RADIUS_KM = 25;

/**
 * Radius for "in X", "at X", "over X", or a place only named ("the fall of Palmyra"): 0, meaning the
 * records resolved to that place under any of its names (releases mostly say "near X" for these, and
 * they resolve to X), not the places around it.
 */
export const IN_RADIUS_KM = 0;

export type PlaceRelation = 'in-and-around' | 'near' | 'around' | 'within' | 'in' | 'named' | 'elsewhere';

/** A place phrase in a sentence: where it is, how the place was related, and what it resolved to. */
export interface PlaceMention {
  start: number;
  end: number;
  /** The name as written. */
  name: string;
  relation: PlaceRelation;
  /** The words that set the radius ("in and around", "within 20 km of"). */
  marker: string;
  radiusKm: number;
  scope: PlaceScope;
}

/** Countries claims name as a whole; strikes are then counted by country, not around a point. */
const COUNTRIES: Record<string, string> = { syria: 'SY', iraq: 'IQ', 'syrian arab republic': 'SY' };
const NOT_PLACES = new Set([
  ...MONTH_NAMES, 'is', 'isil', 'isis', 'daesh', 'oir', 'coalition', 'operation', 'the', 'u.s', 'us', 'usa', 'united', 'american', 'russian', 'russia',
  'sdf', 'ypg', 'saa', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'inherent', 'combined', 'joint', 'cjtf-oir', 'pentagon', 'centcom',
  'islamic', 'iraqi', 'syrian', 'kurdish', 'peshmerga', 'nusra', 'al-nusra', 'jabhat', 'hezbollah', 'qaeda', 'al-qaeda', 'central', 'command', 'task', 'reuters',
  'afp', 'ap', 'government', 'regime', 'assad', 'army', 'forces', 'air', 'department', 'defense', 'defence', 'ministry', 'observatory', 'airwars', 'turkish', 'jordanian',
]);

// Capitalised only because they start a sentence: never tried as bare place names.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'in', 'on', 'at', 'by', 'of', 'for', 'from', 'to', 'with',
  'between', 'since', 'until', 'during', 'after', 'before', 'over', 'about', 'around', 'nearly', 'almost', 'most', 'some', 'all', 'no', 'and',
  'or', 'but', 'when', 'while', 'as', 'including', 'only', 'just', 'more', 'fewer', 'less', 'one', 'two', 'three', 'half',
]);

const STRONG = /\b(within\s+(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?|mi)\s+(?:of|from)|in\s+and\s+around|in\s+or\s+near|in\s+or\s+around|in\s+the\s+vicinity\s+of|in\s+the\s+area\s+of|on\s+the\s+outskirts\s+of|close\s+to|near|around|outside(?:\s+of)?|elsewhere\s+in)\s+/g;
const WEAK = /\b(in|at|over|on|against|targeting|of|for|throughout|across|inside)\s+/g;
// "the key border town of Kobani", "the Syrian cities of": words that describe the place named after them.
const DESCRIPTOR = /^(?:the|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:town|towns|city|cities|village|villages|area|areas|region|province|capital|stronghold|bastion|district|governorate|outskirts|vicinity)\s+(?:of\s+)?(?=["“]?[A-Z\u00C0-\u00DE]|a[lrsdntz]-?\s?[A-Z]|tal\s)/i;
// A list goes on: "near Mosul, Falluja and tal Afar", "Kobani as well as al Hasaka".
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as|plus)\s+)/;
const SURROUNDINGS = /\s+and\s+(?:its|the)\s+(?:surroundings|environs|surrounding\s+areas?|outskirts|vicinity|countryside)\b/y;
const NAME_WORD = /[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’.-]*/y;

/** The result of reading the places of a sentence. */
export interface PlaceReading {
  mentions: PlaceMention[];
  /** Names after a place word that no gazetteer entry knows, as written. */
  unknown: string[];
  /** "the city", "the town", "there": a place named elsewhere. */
  anaphora: string | null;
  /** Place words followed by something that is not a name ("near %"), one line each. */
  problems: string[];
  /** "Al Hawl, Syria": the country named after a place, which only says where the place is. */
  qualifiers: string[];
}

/**
 * Finds place phrases: "within 20 km of X" (radius 20), "in and around X" / "near X" / "around X" /
 * "X and its surroundings" (radius AROUND_RADIUS_KM), "in X" / "at X" / "over X" (radius 0), and a
 * place only named ("the fall of Palmyra", "between Palmyra and Homs": radius 0). A name after "near" or "in and around" that no
 * place has is reported as unknown when it is capitalised (so "in March", "in total", "around midnight"
 * are not places). Offsets in `blocked` (dates, numbers) are never read as names.
 */
export function readPlaces(text: string, lower: string, knownPlace: (name: string) => KnownPlace | null, blocked: Array<[number, number]>): PlaceReading {
  const mentions: PlaceMention[] = [];
  const unknown: string[] = [];
  const problems: string[] = [];
  const qualifiers: string[] = [];
  const isBlocked = (at: number) => blocked.some(([a, b]) => at >= a && at < b);
  const taken = (at: number) => mentions.some((m) => at >= m.start && at < m.end);

  const consider = (markerStart: number, at: number, marker: string, strong: boolean, radius: { km: number; relation: PlaceRelation }, report = true, listed = false): void => {
    const described = DESCRIPTOR.exec(text.slice(at));
    const nameStart = at + (described ? described[0].length : 0) + (/^["“(]/.test(text.slice(at + (described ? described[0].length : 0))) ? 1 : 0);
    if (isBlocked(nameStart) || taken(nameStart)) return;
    const words = nameWords(text, nameStart);
    if (words.length === 0) {
      const next = /^[^\s,;.]+/.exec(text.slice(nameStart))?.[0] ?? '';
      if (strong && report && next !== '' && !/^[\d"“(]/.test(next) && !/^[a-z]/.test(next)) problems.push(`"${marker} ${next}": "${next}" is not a place name the checker can read`);
      return;
    }
    const first = words[0]!;
    if (!strong && !/^[A-Z\u00C0-\u00DE]/.test(first.text)) return;
    if (NOT_PLACES.has(first.text.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, ''))) return;
    if (!report && FUNCTION_WORDS.has(first.text.toLowerCase())) return;
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      const end = words[n - 1]!.end;
      const name = text.slice(nameStart, end).replace(/(?<![.’'])[.’']+$/, '').replace(/[’']s$/, '');
      const scope = resolveScope(name, knownPlace);
      if (!scope) continue;
      let relation = radius.relation;
      let km = radius.km;
      let fullEnd = end;
      SURROUNDINGS.lastIndex = end;
      const around = SURROUNDINGS.exec(text);
      if (around && relation !== 'within') {
        relation = 'around';
        km = AROUND_RADIUS_KM;
        fullEnd = end + around[0].length;
      }
      const previous = mentions.at(-1);
      if (scope.kind === 'country' && listed && previous && previous.scope.kind === 'place' && previous.end === markerStart) {
        qualifiers.push(`"${previous.name}, ${name}": ${name} says where ${previous.name} is`);
        previous.end = fullEnd;
        return;
      }
      mentions.push({ start: markerStart, end: fullEnd, name, relation, marker: around ? `${name}${around[0]}` : marker, radiusKm: scope.kind === 'place' ? km : 0, scope });
      const join = LIST_JOIN.exec(text.slice(fullEnd));
      if (join && radius.relation !== 'named') consider(fullEnd, fullEnd + join[0].length, marker, true, { km: relation === 'around' ? km : radius.km, relation: relation === 'around' ? 'around' : radius.relation }, report, true);
      return;
    }
    // The name as written: its first word and the capitalised words (or Arabic articles) right after it.
    let last = 0;
    while (last + 1 < Math.min(3, words.length) && /^(?:[A-Z\u00C0-\u00DE]|(?:al|ar|as|ad|an|at|az|ash|el)$)/.test(words[last + 1]!.text)) last += 1;
    const candidate = text.slice(nameStart, words[last]!.end).replace(/(?<![.,;:’'])[.,;:’']+$/, '');
    if (report && /^[A-Z\u00C0-\u00DE]/.test(candidate)) unknown.push(candidate);
  };

  for (const m of lower.matchAll(STRONG)) {
    const marker = m[1]!.replace(/\s+/g, ' ');
    const nameStart = m.index + m[0].length;
    if (m[2]) {
      const value = Number(m[2]);
      const km = /^mi/.test(m[3]!) ? value * 1.609344 : value;
      consider(m.index, nameStart, marker, true, { km: Math.round(km * 10) / 10, relation: 'within' });
    } else {
      if (marker === 'elsewhere in') {
        consider(m.index, nameStart, marker, true, { km: 0, relation: 'elsewhere' });
        continue;
      }
      const relation: PlaceRelation = marker.startsWith('in and around') ? 'in-and-around' : marker === 'near' || marker.startsWith('close') ? 'near' : 'around';
      if ((/^(the\s+(city|town|village|area)|it|there)\b/.test(lower.slice(nameStart)) && !DESCRIPTOR.test(text.slice(nameStart))) || /^\d/.test(lower.slice(nameStart))) continue;
      consider(m.index, nameStart, marker, true, { km: AROUND_RADIUS_KM, relation });
    }
  }
  for (const m of lower.matchAll(WEAK)) {
    const marker = m[1]!;
    consider(m.index, m.index + m[0].length, marker, false, { km: 0, relation: marker === 'of' || marker === 'for' ? 'named' : 'in' });
  }
  // A capitalised name followed by "and its surroundings" with no preposition before it.
  for (const m of text.matchAll(/\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s+and\s+(?:its|the)\s+(?:surroundings|environs|surrounding\s+areas?|outskirts|vicinity|countryside)\b)/g)) {
    consider(m.index, m.index, '', false, { km: AROUND_RADIUS_KM, relation: 'around' });
  }
  // "nine Iraqi cities", "Syrian towns": the country, counted whole.
  for (const m of lower.matchAll(/\b(iraqi|syrian)\s+(?:cities|towns|villages|locations|provinces|territory|soil|targets)\b/g)) {
    if (isBlocked(m.index) || taken(m.index)) continue;
    const name = m[1] === 'iraqi' ? 'Iraq' : 'Syria';
    mentions.push({ start: m.index, end: m.index + m[0].length, name, relation: 'in', marker: text.slice(m.index, m.index + m[0].length), radiusKm: 0, scope: resolveScope(name, knownPlace)! });
  }
  // Any other capitalised name the gazetteer knows ("between Palmyra and Homs"): named, radius 0.
  for (const m of text.matchAll(/(?<![\w'’-])[A-Z\u00C0-\u00DE][\w'’-]*/g)) {
    consider(m.index, m.index, '', false, { km: 0, relation: 'named' }, false);
  }
  const city = /\b(the\s+(?:city|town|village|area))\b(?!\s+of\s+[A-Z])/.exec(lower);
  // "there" as a place, not "there were": anywhere but before a form of "to be" or "to have".
  const there = /(?<!^)\bthere\b(?!\s+(?:were|was|is|are|have|has|had|will|would|appear|appears|seem|seems|remain|remains|may|might|must|could|should|being|been))/.exec(lower);
  const anaphora = city && !DESCRIPTOR.test(text.slice(city.index)) ? city[1]! : there ? 'there' : null;
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, unknown: [...new Set(unknown)].filter((u) => !mentions.some((m) => m.name === u)), anaphora, problems, qualifiers };
}

/** A country or a known place for a name; null when neither. */
export function resolveScope(name: string, knownPlace: (name: string) => KnownPlace | null): PlaceScope | null {
  const code = COUNTRIES[name.toLowerCase()];
  if (code) return { kind: 'country', name, code };
  const place = knownPlace(name);
  return place ? { kind: 'place', ...place } : null;
}

/** "Palmyra (aliases: Tadmur, Tadmor) within 25 km", "Syria (whole country)", "anywhere". */
export function describeScope(scope: PlaceScope, radiusKm: number): string {
  if (scope.kind === 'anywhere') return 'anywhere (no place named)';
  if (scope.kind === 'country') return `${scope.name} (the whole country, ${scope.code})`;
  const aliases = scope.aliases.filter((a) => a !== scope.name);
  const names = aliases.length ? ` (aliases: ${aliases.join(', ')})` : '';
  const where = radiusKm > 0 ? `within ${radiusKm} km` : 'records resolved to the place itself (radius 0)';
  return `${scope.name}${names} ${where}`;
}

function nameWords(text: string, start: number): Array<{ text: string; end: number }> {
  const words: Array<{ text: string; end: number }> = [];
  let at = start;
  while (words.length < 4) {
    NAME_WORD.lastIndex = at;
    const m = NAME_WORD.exec(text);
    if (!m) break;
    const word = m[0].replace(/(?<![.’'])[.’']+$/, '');
    words.push({ text: word, end: m.index + word.length });
    const gap = /^[ \t]+/.exec(text.slice(m.index + m[0].length));
    if (!gap) break;
    at = m.index + m[0].length + gap[0].length;
  }
  return words;
}
