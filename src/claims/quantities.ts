import { NUMBER_WORDS, parseNumberWords } from '../ingest/numberWords.js';
import type { ShareTarget } from '../analysis/index.js';
import type { Approx, ClaimedNumber, ClaimedShare } from './types.js';

// Numbers in digits ("1,024", "23") or words ("eighty-two", "a hundred and two", "a dozen", "a single").
const WORD = `(?:${[...NUMBER_WORDS, 'thousand'].join('|')})`;
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:a|an)\\s+(?:single|couple\\s+of|${WORD})|${WORD})(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*)`;

/** Nouns for a strike: "airstrikes", "air strikes", "air-strikes", "strikes", "air raids". Not sorties. */
export const STRIKE_NOUN = `(?:air[\\s-]?strikes?|airstrikes?|strikes?|air[\\s-]?raids?|raids?|bombings?)`;
// Words that may sit between a number and the noun: "82 coalition airstrikes", "23 separate strikes".
const FILLER = `(?:more|additional|separate|further|coalition|u\\.s\\.|us|american|oir|allied|precision|military|confirmed|reported|declared|distinct|new|other|individual|of\\s+its|of\\s+their|of\\s+the)`;

/** Words before a number that qualify it, longest first, and what they mean. */
const APPROX_WORDS: Array<[string, Approx]> = [
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'], ['at least', 'at-least'], ['a minimum of', 'at-least'],
  ['no more than', 'at-most'], ['not more than', 'at-most'], ['a maximum of', 'at-most'], ['at most', 'at-most'], ['up to', 'at-most'],
  ['more than', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'], ['greater than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'],
  ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['under', 'fewer-than'], ['below', 'fewer-than'],
  ['just under', 'nearly'], ['just shy of', 'nearly'], ['not quite', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'],
  ['approximately', 'about'], ['an estimated', 'about'], ['roughly', 'about'], ['around', 'about'], ['about', 'about'], ['some', 'about'], ['circa', 'about'], ['close to', 'about'], ['approx.', 'about'],
  ['exactly', 'exact'], ['precisely', 'exact'], ['a total of', 'exact'], ['only', 'exact'], ['just', 'exact'], ['a mere', 'exact'],
];
APPROX_WORDS.sort((a, b) => b[0].length - a[0].length);
const APPROX = `(?:${APPROX_WORDS.map(([w]) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})`;

/** The qualifier a phrase starts with ("nearly", "more than"), or 'exact'. */
export function approxOf(prefix: string | undefined): Approx {
  if (!prefix) return 'exact';
  const text = prefix.trim().replace(/\s+/g, ' ');
  return APPROX_WORDS.find(([w]) => w === text)?.[1] ?? 'exact';
}

/** Reads a number phrase; null when it is not one number. */
export function readNumber(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const thousands = /^(.+?)[\s-]thousand(?:(?:\s+and)?\s+(.+))?$/.exec(t);
  if (thousands) {
    const head = thousands[1] === 'a' ? 1 : parseNumberWords(thousands[1]!);
    const tail = thousands[2] ? parseNumberWords(thousands[2]) : 0;
    return head === null || tail === null ? null : head * 1000 + tail;
  }
  return parseNumberWords(t);
}

/** A numeric phrase found in a sentence, with its offsets in the (lower-cased) text. */
export interface Anchor {
  kind: 'count' | 'share' | 'streak';
  start: number;
  end: number;
  text: string;
  /** Strikes claimed (count; streak when it says how many; share when it names its total: "half of the 82 strikes"). */
  count: ClaimedNumber | null;
  share: ClaimedShare | null;
  /** Consecutive days claimed by a streak. */
  days: number | null;
}

const COUNT_RE = new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUMBER})\\s+(?:${FILLER}\\s+){0,3}${STRIKE_NOUN}\\b`, 'g');
const COUNT_OF_THOSE_RE = new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUMBER})\\s+of\\s+(?:those|these|them|which|the\\s+${STRIKE_NOUN})\\b`, 'g');
const ZERO_RE = new RegExp(`\\b(no|not\\s+a\\s+single|not\\s+one|zero)\\s+(?:${FILLER}\\s+){0,2}${STRIKE_NOUN}\\b`, 'g');
const VAGUE_COUNT_RE = new RegExp(`\\b(dozens|scores|hundreds|thousands)\\s+of\\s+(?:${FILLER}\\s+){0,2}${STRIKE_NOUN}\\b`, 'g');
const VAGUE_AT_LEAST: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };
const DAYS = `(${NUMBER})\\s+(?:consecutive|straight|successive|back-to-back)\\s+days|(${NUMBER})\\s+days\\s+in\\s+a\\s+row`;
const STREAK_RE = new RegExp(
  `\\b(?:(?:(${APPROX})\\s+)?(${NUMBER})\\s+(?:(?:${FILLER}\\s+){0,3}${STRIKE_NOUN}\\s+)?)?(?:over|in|across|on|during|within|for)\\s+(?:${DAYS})`,
  'g',
);

const FRACTION_WORDS: Record<string, [number, number]> = {
  half: [1, 2], 'a half': [1, 2], 'one half': [1, 2], 'a third': [1, 3], 'one third': [1, 3], 'two thirds': [2, 3], 'two-thirds': [2, 3],
  'a quarter': [1, 4], 'one quarter': [1, 4], 'three quarters': [3, 4], 'three-quarters': [3, 4], 'a fifth': [1, 5], 'one fifth': [1, 5],
  'two fifths': [2, 5], 'three fifths': [3, 5], 'a tenth': [1, 10], 'one tenth': [1, 10], 'one-third': [1, 3], 'one-quarter': [1, 4],
};
const MAJORITY: Record<string, Approx> = { most: 'more-than', 'the majority': 'more-than', 'a majority': 'more-than', 'the bulk': 'more-than', 'a minority': 'fewer-than' };
const FRACTION = `(?:${Object.keys(FRACTION_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')}|\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)|${NUMBER}\\s+(?:percent|per\\s+cent)|${Object.keys(MAJORITY).join('|')}|(?:one|${NUMBER})\\s+in\\s+(?:every\\s+)?${NUMBER})`;
const SHARE_RE = new RegExp(
  `\\b(?:(${APPROX})\\s+)?(${FRACTION})\\s+of\\s+(?:all\\s+)?(?:(?:those|these|them|the|this|that|its|their|which|all)\\b\\s*)?(?:(?:${FILLER}\\s+){0,2}${STRIKE_NOUN}\\b|total\\b)?`,
  'g',
);

/** Reads a share phrase ("a third", "nearly half", "40 percent", "most", "one in three") into a claimed share. */
export function readShare(fractionText: string, approxText: string | undefined): ClaimedShare | null {
  const text = fractionText.trim().replace(/\s+/g, ' ');
  const approx = approxOf(approxText);
  const label = `${approxText ? `${approxText.trim()} ` : ''}${text}`;
  const named = FRACTION_WORDS[text];
  if (named) return { fraction: { num: named[0], den: named[1] }, approx, wording: 'fraction', text: label };
  const majority = MAJORITY[text];
  if (majority) return { fraction: { num: 1, den: 2 }, approx: majority, wording: 'fraction', text: label };
  const percent = /^(.+?)\s*(?:%|percent|per cent)$/.exec(text);
  if (percent) {
    const digits = /^\d+(?:\.(\d+))?$/.exec(percent[1]!);
    const value = digits ? Number(percent[1]) : readNumber(percent[1]!);
    if (value === null || value > 100) return null;
    const decimals = digits?.[1]?.length ?? 0;
    const scale = 10 ** decimals;
    const share: ShareTarget = { fraction: { num: Math.round(value * scale), den: 100 * scale }, approx, wording: 'percent', percentDecimals: decimals };
    return { ...share, text: label };
  }
  const inEvery = /^(.+?) in (?:every )?(.+)$/.exec(text);
  if (inEvery) {
    const num = readNumber(inEvery[1]!);
    const den = readNumber(inEvery[2]!);
    if (num === null || den === null || den === 0 || num > den) return null;
    return { fraction: { num, den }, approx, wording: 'fraction', text: label };
  }
  return null;
}

/**
 * Every numeric claim about strikes in a lower-cased sentence: counts ("eight airstrikes", "nearly 100
 * strikes", "no strikes", "dozens of strikes"), shares ("a third of those strikes"), and streaks ("23
 * strikes over nine consecutive days"). Where phrases overlap, a streak beats a share beats a count.
 */
export function findAnchors(lower: string): Anchor[] {
  const found: Anchor[] = [];
  const push = (a: Omit<Anchor, 'text'>) => found.push({ ...a, text: lower.slice(a.start, a.end) });
  for (const m of lower.matchAll(STREAK_RE)) {
    const daysText = m[3] ?? m[4]!;
    const days = readNumber(daysText);
    const strikes = m[2] ? readNumber(m[2]) : null;
    if (days === null || (m[2] && strikes === null)) continue;
    const count = strikes === null ? null : { value: strikes, approx: approxOf(m[1]), text: m[0].slice(0, m[0].indexOf(m[2]!) + m[2]!.length) };
    push({ kind: 'streak', start: m.index, end: m.index + m[0].length, count, share: null, days });
  }
  for (const m of lower.matchAll(SHARE_RE)) {
    const share = readShare(m[2]!, m[1]);
    if (share) push({ kind: 'share', start: m.index, end: m.index + m[0].trimEnd().length, count: null, share, days: null });
  }
  for (const re of [COUNT_RE, COUNT_OF_THOSE_RE]) {
    for (const m of lower.matchAll(re)) {
      const value = readNumber(m[2]!);
      const numberStart = m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
      if (value === null || isYearLike(m[2]!, lower, numberStart)) continue;
      push({ kind: 'count', start: m.index, end: m.index + m[0].length, count: { value, approx: approxOf(m[1]), text: m[0] }, share: null, days: null });
    }
  }
  for (const m of lower.matchAll(ZERO_RE)) {
    push({ kind: 'count', start: m.index, end: m.index + m[0].length, count: { value: 0, approx: 'exact', text: m[0] }, share: null, days: null });
  }
  for (const m of lower.matchAll(VAGUE_COUNT_RE)) {
    const value = VAGUE_AT_LEAST[m[1]!]!;
    push({ kind: 'count', start: m.index, end: m.index + m[0].length, count: { value, approx: 'at-least', text: m[0] }, share: null, days: null });
  }
  const rank = { streak: 0, share: 1, count: 2 } as const;
  const kept: Anchor[] = [];
  for (const a of [...found].sort((x, y) => rank[x.kind] - rank[y.kind] || x.start - y.start)) {
    if (!kept.some((k) => a.start < k.end && k.start < a.end)) kept.push(a);
  }
  kept.sort((x, y) => x.start - y.start);
  // "most of the 82 strikes": one phrase claims both the count and the share of it.
  return kept.filter((a, i) => {
    const before = kept[i - 1];
    if (a.kind !== 'count' || !before || before.kind !== 'share' || before.count) return true;
    if (!/^\s*$/.test(lower.slice(before.end, a.start)) || !/\bof\s+(?:the|those|these|its|their|all)?\s*$/.test(before.text)) return true;
    before.count = a.count;
    before.end = a.end;
    before.text = lower.slice(before.start, a.end);
    return false;
  });
}

/** Words that say "some strikes" without a number: reported when a sentence has no number at all. */
export function vagueWords(lower: string): string[] {
  return [...lower.matchAll(new RegExp(`\\b(many|several|numerous|multiple|a number of|a handful of|countless|a few|some|frequent|repeated|heavy)\\s+(?:${FILLER}\\s+){0,2}${STRIKE_NOUN}\\b`, 'g'))].map((m) => m[1]!);
}

export function mentionsStrikes(lower: string): boolean {
  return new RegExp(`\\b${STRIKE_NOUN}\\b`).test(lower);
}

// "in 2015 strikes" is not a count of 2015 strikes when a month or "in" comes before it.
function isYearLike(numberText: string, lower: string, start: number): boolean {
  if (!/^(19|20)\d\d$/.test(numberText)) return false;
  const before = lower.slice(0, start).trimEnd();
  return /\b(in|since|during|of|until|through|from|to|and|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(before);
}
