import type { Effect, Target } from './types.js';
import { NUMBER_WORDS, parseNumberWords } from './numberWords.js';

/**
 * One effect per verb as written. Cratering a road damages it; wounded fighters are hurt but not
 * put out of action (damaged), killed ones are (destroyed), and so is a neutralized VBIED.
 */
const VERBS: ReadonlyMap<string, Effect> = new Map<string, Effect>([
  ['engaged', 'engaged'], ['engaging', 'engaged'],
  ['struck', 'struck'], ['stuck', 'struck'], ['striking', 'struck'], ['targeted', 'struck'], ['targeting', 'struck'],
  ['destroyed', 'destroyed'], ['destroying', 'destroyed'], ['destoyed', 'destroyed'], ['killed', 'destroyed'], ['killing', 'destroyed'],
  ['neutralized', 'destroyed'], ['neutralizing', 'destroyed'],
  ['damaged', 'damaged'], ['damaging', 'damaged'], ['cratered', 'damaged'], ['cratering', 'damaged'],
  ['wounded', 'damaged'], ['wounding', 'damaged'],
  ['suppressed', 'suppressed'], ['suppressing', 'suppressed'],
  ['denied', 'denied'], ['denying', 'denied'],
]);

const NUMBER_TOKENS = new Set([...NUMBER_WORDS, 'a', 'an', 'and', 'another', 'single', 'couple', 'of']);
const VAGUE = new Set(['multiple', 'several', 'numerous', 'various', 'many', 'some']);
const HEDGE = new Set(['approximately', 'about', 'around', 'nearly', 'over', 'roughly', 'some']);
const ORDINAL = new Set(['second', 'third', 'fourth', 'fifth']);
const FILLER = new Set(['also', 'additional', 'other', 'more', 'separate', 'different', 'further', 'successfully', 'heavily']);
const ENEMY = new Set(['isl', 'isil', 'isis', 'daesh', "isil's", 'isil’s', "isis's", 'isis’s']);
// "occupied" stays (releases tell occupied buildings from buildings); these only restate ownership
const OWNERSHIP = new Set(['held', 'controlled', 'used', 'owned', 'operated', 'run']);
const CLAUSE_START = new Set([
  'used', 'that', 'which', 'who', 'whose', 'near', 'in', 'on', 'at', 'from', 'with', 'carrying', 'including',
  'associated', 'involved', 'belonging', 'emplacing', 'manning', 'located', 'operated', 'along', 'across',
  'inside', 'outside', 'while', 'where', 'then', 'to', 'such', 'consisting', 'mounted', 'sometimes',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
]);
// an item that starts like this is a clause about the one before, not a target
const NOT_A_TARGET = new Set(['sometimes', 'which', 'who', 'whose', 'that', 'to', 'such', 'including', 'of', 'the', 'in', 'its', 'our']);
const SEPARATORS = new Set(['and', 'or', 'plus', 'while']);
// "and" inside a target's own name, not between two targets: "command and control node"
const COMPOUND_LEFT = new Set(['command', 'storage', 'fighting', 'oil', 'depot', 'search', 'launch', 'research']);
const COMPOUND_RIGHT = new Set(['control', 'staging', 'mortar', 'gas', 'logistics', 'rescue', 'recovery', 'development']);
// . , ; : ! ?
const PUNCTUATION = new Set([46, 44, 59, 58, 33, 63]);
const LONE_ADJECTIVE = new Set(['large', 'small', 'tactical', 'heavy', 'light', 'medium', 'separate']);
const INVARIANT = new Set(['barracks', 'headquarters', 'series', 'equipment', 'ammunition', 'artillery', 'personnel', 'gas', 'arms', 'access', 'means']);
// Maps, not object literals: a word such as "constructor" or "__proto__" must not find Object's own members.
const IRREGULAR: ReadonlyMap<string, string> = new Map([['caches', 'cache'], ['niches', 'niche'], ['people', 'person'], ['men', 'man']]);
const TYPOS: ReadonlyMap<string, string> = new Map([['positon', 'position'], ['positons', 'positions'], ['postion', 'position'], ['postions', 'positions']]);

/** Singular form of one English noun as releases use them ("caches" → "cache", "facilities" → "facility"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (INVARIANT.has(w) || !w.endsWith('s') || w.length <= 3) return w;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(w)) return w;
  return w.slice(0, -1);
}

function isNumberToken(lower: string): boolean {
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^\d[\d,]*$/.test(lower);
  if (NUMBER_TOKENS.has(lower)) return true;
  if (!lower.includes('-')) return false;
  for (const part of lower.split('-')) if (!NUMBER_TOKENS.has(part)) return false;
  return true;
}

/**
 * Reads one listed item from its lower-case words: "two separate isil tactical units" →
 * { count: 2, target: "tactical unit" }. Count null for "multiple", "several" or no number.
 */
function readItem(words: readonly string[]): { count: number | null; target: string } {
  let i = 0;
  if (((words[0] ?? '') === 'at' && (words[1] ?? '') === 'least') || ((words[0] ?? '') === 'more' && (words[1] ?? '') === 'than') || ((words[0] ?? '') === 'up' && (words[1] ?? '') === 'to')) i = 2;
  else if (HEDGE.has((words[0] ?? '')) && isNumberToken((words[1] ?? ''))) i = 1;

  let count: number | null = null;
  if (VAGUE.has((words[i] ?? ''))) {
    i += 1;
  } else if (((words[i] ?? '') === 'dozens' || (words[i] ?? '') === 'hundreds') && (words[i + 1] ?? '') === 'of') {
    i += 2;
  } else {
    let n = i;
    while (n < words.length && isNumberToken((words[n] ?? ''))) n += 1;
    for (let k = n; k > i; k -= 1) {
      const phrase = k === i + 1 ? (words[i] ?? '') : words.slice(i, k).join(' ');
      const value = phrase === 'another' ? 1 : parseNumberWords(phrase);
      if (value !== null) {
        count = value;
        i = k;
        break;
      }
    }
  }

  const kept: string[] = [];
  for (let k = i; k < words.length; k += 1) {
    let w = (words[k] ?? '');
    const dash = w.indexOf('-');
    if (dash > 0 && ENEMY.has(w.slice(0, dash))) {
      w = w.slice(dash + 1);
      if (OWNERSHIP.has(w)) continue;
    }
    if (ENEMY.has(w)) {
      if (OWNERSHIP.has((words[k + 1] ?? ''))) k += 1;
      continue;
    }
    if (kept.length === 0 && (FILLER.has(w) || w === 'the' || (count !== null && ORDINAL.has(w)))) continue;
    if (kept.length === 0 && NOT_A_TARGET.has(w)) return { count, target: '' };
    if (kept.length > 0 && (CLAUSE_START.has(w) || (w === 'firing' && /^(?:on|at)$/.test(words[k + 1] ?? '')))) break;
    kept.push(TYPOS.get(w) ?? w);
  }
  // the head noun is the last word, or the one before "of" ("lines of communication")
  const of = kept.indexOf('of');
  const head = of > 0 ? of - 1 : kept.length - 1;
  for (let k = 0; k < kept.length; k += 1) {
    if (k === head || kept[k + 1] === 'borne') kept[k] = singular(kept[k] ?? '');
  }
  return { count, target: kept.join(' ') };
}

/** Words of an effects clause, lower-cased, with "," and ";" as tokens of their own and parentheses dropped. */
function tokenize(effects: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  for (const raw of effects.toLowerCase().split(/\s+/)) {
    if (raw === '') continue;
    if (raw.charCodeAt(0) === 40) depth += 1; // "("
    if (depth > 0) {
      if (raw.includes(')')) depth = 0;
      if (raw.endsWith(',') || raw.endsWith(';')) tokens.push(',');
      continue;
    }
    let end = raw.length;
    let comma = false;
    for (let c = raw.charCodeAt(end - 1); end > 0 && PUNCTUATION.has(c); c = raw.charCodeAt(end - 1)) {
      if (c === 44 || c === 59) comma = true;
      end -= 1;
    }
    if (end > 0) tokens.push(end === raw.length ? raw : raw.slice(0, end));
    if (comma) tokens.push(',');
  }
  return tokens;
}

/** Adds the target one listed item names under the current verb, if there is a verb and an item. */
function addItem(targets: Target[], effect: Effect | null, item: readonly string[]): void {
  if (effect === null || item.length === 0) return;
  let words = item;
  if (effect === 'denied') {
    const to = words.indexOf('to');
    if (words.includes('access') && to >= 0) words = words.slice(to + 1);
  }
  let { count, target } = readItem(words);
  if (target === '' || target === 'other' || target === 'more') {
    // "damaged two others", "destroyed another": the same kind as the item before
    const previous = targets[targets.length - 1];
    if (previous === undefined) return;
    target = previous.target;
    if (count === null && words.length === 1 && words[0] === 'another') count = 1;
  }
  if (effect === 'denied' && item.includes('access')) count = null;
  targets.push({ effect, count, target });
}

/**
 * Reads structured targets from an effects clause: "struck two ISIL tactical units, destroying
 * three ISIL vehicles and an ISIL VBIED" → struck 2 tactical unit, destroyed 3 vehicle, destroyed 1 vbied.
 * Best effort: anything it cannot read is simply not returned; the caller keeps the text.
 */
export function parseTargets(effects: string): Target[] {
  const targets: Target[] = [];
  const tokens = tokenize(effects);
  let effect: Effect | null = null;
  let clauseStart = 0;
  let item: string[] = [];
  let skipping = false;
  let lastJoin = '';

  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] ?? '';
    const verb = VERBS.get(token);
    if (verb !== undefined && item.length > 0 && lastJoin === '' && tokens[t + 1] === 'in') {
      // "bulldozers engaged in constructing obstructions" describes the bulldozers
      skipping = true;
      continue;
    }
    if (verb !== undefined) {
      if (verb === 'denied' && item.length > 0 && lastJoin === '') {
        // "struck … land features denying ISIL a tactical advantage": the features are what was denied
        effect = 'denied';
        addItem(targets, effect, item);
        item = [];
        skipping = true;
        continue;
      }
      addItem(targets, effect, item);
      item = [];
      const emptyClause = targets.length === clauseStart;
      // "suppressed or destroyed nine positions": each was at least suppressed, so the first verb
      // keeps the object; in "struck and destroyed" the later verb is the outcome
      if (!(emptyClause && lastJoin === 'or' && effect !== null)) effect = verb;
      clauseStart = targets.length;
      skipping = false;
      lastJoin = '';
      continue;
    }
    if (skipping) {
      if (token === ',') skipping = false;
      continue;
    }
    if (token === ',' || token === ';') {
      addItem(targets, effect, item);
      item = [];
      lastJoin = ',';
      continue;
    }
    if (token === 'as' && tokens[t + 1] === 'well' && tokens[t + 2] === 'as') {
      addItem(targets, effect, item);
      item = [];
      lastJoin = 'and';
      t += 2;
      continue;
    }
    if (SEPARATORS.has(token)) {
      const previousWord = item[item.length - 1] ?? '';
      if (token === 'and' && COMPOUND_LEFT.has(previousWord) && COMPOUND_RIGHT.has(tokens[t + 1] ?? '')) {
        item.push(token);
        continue;
      }
      addItem(targets, effect, item);
      item = [];
      lastJoin = token;
      continue;
    }
    if (item.length === 0 && token === 'also') continue;
    item.push(token);
    lastJoin = '';
  }
  addItem(targets, effect, item);
  borrowNouns(targets);
  return targets;
}

/** "three large and one small ISIL tactical units": a lone adjective borrows the next item's noun. */
function borrowNouns(targets: Target[]): void {
  for (let i = 0; i < targets.length - 1; i += 1) {
    const p = targets[i];
    const next = targets[i + 1];
    if (p === undefined || next === undefined || !LONE_ADJECTIVE.has(p.target) || p.effect !== next.effect) continue;
    const words = next.target.split(' ');
    const noun = LONE_ADJECTIVE.has(words[0] ?? '') && words.length > 1 ? words.slice(1) : words;
    p.target = `${p.target} ${noun.join(' ')}`;
  }
}
