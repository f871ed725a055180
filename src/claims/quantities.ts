import { NUMBER_WORDS, parseNumberWords } from '../ingest/numberWords.js';
import type { ShareTarget } from '../analysis/index.js';
import type { Approx, ClaimedNumber, ClaimedShare } from './types.js';

// Numbers in digits ("1,024", "23") or words ("eighty-two", "a hundred and two", "a dozen", "a single").
const WORD = `(?:${[...NUMBER_WORDS, 'thousand'].join('|')})`;
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:a|an)\\s+(?:single|couple\\s+of|${WORD})|${WORD})(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*)`;

/** Nouns for a strike: "airstrikes", "air strikes", "air-strikes", "strikes", "air raids", "attacks". Not sorties. */
export const STRIKE_NOUN = `(?:air[\\s-]?strikes?|airstrikes?|strikes?|air[\\s-]?raids?|raids?|bombings?|attacks?|bombardments?)`;

/** What a number in a claim counts. Only strikes and engagements are in the ledger; the others are refused. */
export type AnchorUnit = 'strikes' | 'engagements' | 'sorties' | 'munitions' | 'targets';

// Nouns of each unit, longest first where one starts another.
const UNIT_NOUNS: Array<[AnchorUnit, string]> = [
  ['strikes', STRIKE_NOUN],
  ['engagements', `engagements?`],
  ['sorties', `(?:combat\\s+)?(?:sorties|missions|flights)`],
  ['munitions', `(?:bombs?(?:\\s+(?:and|or)\\s+(?:other\\s+)?(?:munitions|missiles))?|munitions|weapons(?!\\s+(?:caches?|storage|facilit|factor|systems?|depots?))|missiles|rockets)`],
  ['targets', `targets`],
];
// Words that may sit between a number and the noun: "82 coalition airstrikes", "23 separate strikes".
const FILLER = `(?:more|additional|separate|further|coalition|u\\.s\\.|us|american|oir|allied|precision|military|confirmed|reported|declared|distinct|new|other|individual|earlier|previous|prior|latest|militant|terrorist|isis|isil|islamic|state|daesh|enemy|of\\s+its|of\\s+their|of\\s+the)`;

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
  unit: AnchorUnit;
  /** A part of an earlier total: "including 13 near Falluja", "ten of the strikes", "three others". */
  ofTotal: boolean;
  /** Strikes claimed (count; streak when it says how many; share when it names its total: "half of the 82 strikes"). */
  count: ClaimedNumber | null;
  share: ClaimedShare | null;
  /** Consecutive days claimed by a streak. */
  days: number | null;
}

const COUNT_RES: Array<[AnchorUnit, RegExp]> = UNIT_NOUNS.map(([unit, noun]) => [unit, new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUMBER})\\s+(?:${FILLER}\\s+){0,3}${noun}\\b`, 'g')]);
// "…, including four near Ramadi", "15 in Iraq and seven in Syria", "three others elsewhere": the unit of the count before.
const ELLIPTIC_RE = new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUMBER})(?:\\s+(?:others?|more)\\b(?!\\s+than)|(?=\\s+(?:near|in|around|at|against|targeting|close\\s+to|outside|throughout|across|elsewhere|inside)\\b))`, 'g');
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
export function findAnchors(lower: string, dates: ReadonlyArray<{ start: number; end: number }> = []): Anchor[] {
  const found: Anchor[] = [];
  const push = (a: Omit<Anchor, 'text' | 'unit' | 'ofTotal'> & { unit?: AnchorUnit }) =>
    found.push({ unit: 'strikes', ...a, ofTotal: false, text: lower.slice(a.start, a.end) });
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
  for (const [unit, re] of [...COUNT_RES, ['strikes', COUNT_OF_THOSE_RE] as const]) {
    for (const m of lower.matchAll(re)) {
      const value = readNumber(m[2]!);
      const numberStart = m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
      if (value === null || isYearLike(m[2]!, lower, numberStart)) continue;
      push({ kind: 'count', unit, start: m.index, end: m.index + m[0].length, count: { value, approx: approxOf(m[1]), text: m[0] }, share: null, days: null });
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
  for (const a of ellipticCounts(lower, kept, dates)) kept.push(a);
  kept.sort((x, y) => x.start - y.start);
  for (const [i, a] of kept.entries()) if (i > 0) a.ofTotal ||= PART_OF.test(lower.slice(Math.max(0, a.start - 24), a.start)) || / of (?:them|those|these|which|the)\b/.test(a.text);
  if (kept[0]) kept[0].ofTotal ||= / of (?:them|those|these|which|the)\b/.test(kept[0].text);
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

// Words before a count that make it part of the total before it.
const PART_OF = /\b(?:including|includ(?:ed|es)|with|of\s+which|of\s+them|among\s+them|while|and\s+another)\s*$/;

function ellipticCounts(lower: string, kept: readonly Anchor[], dates: ReadonlyArray<{ start: number; end: number }>): Anchor[] {
  const out: Anchor[] = [];
  for (const m of lower.matchAll(ELLIPTIC_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = kept.filter((k) => k.end <= start && k.kind === 'count').at(-1);
    if (!before || kept.some((k) => start < k.end && k.start < end) || dates.some((d) => start < d.end && d.start < end)) continue;
    if (/\b(?:near|of|than|from|to|by|on|at|in)\s+$/.test(lower.slice(Math.max(0, start - 8), start))) continue;
    const value = readNumber(m[2]!);
    if (value === null || /^(19|20)\d\d$/.test(m[2]!)) continue;
    const text = m[0].trim();
    out.push({ kind: 'count', unit: before.unit, start, end: start + text.length, text, ofTotal: /\b(?:others?|more)$/.test(text), count: { value, approx: approxOf(m[1]), text }, share: null, days: null });
  }
  return out;
}

/** A number written next to a unit noun that cannot be a count: negative, fractional, or ambiguous. */
export interface BadNumber {
  start: number;
  end: number;
  text: string;
  reason: string;
}

const ANY_NOUN = UNIT_NOUNS.map(([, noun]) => noun).join('|');
const NOUN_AHEAD = `(?=\\s+(?:${FILLER}\\s+){0,3}(?:${ANY_NOUN})\\b)`;
const BAD_NUMBERS: Array<[RegExp, (m: RegExpMatchArray) => string | null]> = [
  [new RegExp(`(?<![\\w.,])(?:-|\u2212|minus\\s+|negative\\s+)\\d[\\d,.]*${NOUN_AHEAD}`, 'g'), () => 'a negative number of strikes is not a count'],
  [
    new RegExp(`(?<![\\w.,])(\\d+)\\.(\\d+)${NOUN_AHEAD}`, 'g'),
    (m) => (/^\d{1,3}$/.test(m[1]!) && /^\d{3}$/.test(m[2]!)
      ? `ambiguous: "${m[0]}" is ${Number(m[1]) * 1000 + Number(m[2])} with a dot between thousands, or ${Number(m[0])} with a decimal point`
      : 'not a whole number: strikes are counted in whole numbers'),
  ],
  [new RegExp(`(?<![\\w.,])\\d+,\\d{1,2}(?!\\d)${NOUN_AHEAD}`, 'g'), () => 'a decimal comma or a misplaced thousands separator: not a whole number of strikes'],
  [new RegExp(`(?<![\\w.,])\\d{1,3}(?:,\\d{3})*,\\d{4,}${NOUN_AHEAD}`, 'g'), () => 'thousands separators in the wrong places'],
];

/** Numbers before a strike noun (or another unit's) that are not a count anyone could check, with why. */
export function findBadNumbers(lower: string): BadNumber[] {
  const out: BadNumber[] = [];
  for (const [re, why] of BAD_NUMBERS) {
    for (const m of lower.matchAll(re)) {
      const reason = why(m);
      if (reason && !out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], reason });
    }
  }
  return out.sort((a, b) => a.start - b.start);
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
