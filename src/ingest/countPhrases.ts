import { MONTH } from './dates.js';
import { countProblem } from './countShape.js';
import { parseNumberWords } from './numberWords.js';

const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety';
const ORDINAL = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const BELOW_HUNDRED = String.raw`(?:(?:${TENS})(?:[\s-]+(?:${UNIT}))?|${TEEN}|${UNIT})`;

// "fives strikes": a plural typo of a number word, read as the number
const PLURAL_TYPO = 'twos|threes|fours|fives|sixes|sevens|eights|nines';

/** A strike count as releases write it: digits, number words, "an", "another", "a third". */
export const COUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:an?|${UNIT})\s+hundred(?:\s+(?:and\s+)?${BELOW_HUNDRED})?|(?:${PLURAL_TYPO})(?=\s)|${BELOW_HUNDRED}|an?\s+(?:single|dozen|couple\s+of|${ORDINAL})|another|an?)`;

const FILLER = String.raw`(?:(?:additional|more|separate|other|single|successful|U\.S\.|coalition|precision)\s+)*`;
/** "strike", "airstrikes" and the misspellings the releases carry ("airstike"). */
export const STRIKE_WORD = String.raw`(?:air[\s-]?)?(?:strikes?|stikes?|strkes?|srikes?|striks?)`;

const ORDINAL_ONE = new RegExp(`^an? (?:${ORDINAL})$`);

/** "one airstrike", "17 airstrikes", "an airstrike," "a U.S. airstrike", "another strike", "six Aug. 7 strikes". */
const COUNT_PHRASE = new RegExp(String.raw`\b(${COUNT})(?:\s*,)?\s+(?:(${MONTH}\s*\d{1,2})\s+)?${FILLER}${STRIKE_WORD}\b(?:\s*,)?`, 'gi');

export interface CountPhrase {
  /** Offset of the count word in the searched text. */
  index: number;
  /** Offset just after the phrase (and any comma that follows it). */
  end: number;
  countText: string;
  /** Parsed count, or null when the words do not make a positive number or the count is refused. */
  strikes: number | null;
  /** A day written inside the phrase ("an Aug. 6 strike"), as written; null when none. */
  dayText: string | null;
  /** Why the count is not a plain number of strikes ("-5", "2.5", "1/2", ten digits): see countShape.ts. */
  problem: string | null;
}

/**
 * Reads how many strikes a count phrase names: "an", "one", "17", "twenty-three",
 * "a hundred and two", "another" and "a third" (one more strike) all work.
 * Returns null when the words are not a count of at least one.
 */
export function parseStrikeCount(words: string): number | null {
  const text = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'another') return 1;
  if (new RegExp(`^(?:${PLURAL_TYPO})$`).test(text)) return parseStrikeCount(text === 'sixes' ? 'six' : text.slice(0, -1));
  if (ORDINAL_ONE.test(text)) return 1;
  const n = parseNumberWords(text);
  return n !== null && n >= 1 && Number.isInteger(n) ? n : null;
}

/** Every "N (air)strikes" phrase in the text, in order. */
export function findCountPhrases(text: string): CountPhrase[] {
  const found: CountPhrase[] = [];
  COUNT_PHRASE.lastIndex = 0;
  for (let m = COUNT_PHRASE.exec(text); m !== null; m = COUNT_PHRASE.exec(text)) {
    const countText = m[1] ?? '';
    const problem = countProblem(text.slice(Math.max(0, m.index - 24), m.index), countText);
    found.push({
      index: m.index, end: m.index + m[0].length, countText, strikes: problem ? null : parseStrikeCount(countText), dayText: m[2] ?? null, problem,
    });
  }
  return found;
}

const MENTIONS_STRIKE = new RegExp(
  String.raw`${STRIKE_WORD}\b|\b(?:str?uck|destroy(?:ed|ing)|damag(?:ed|ing)|engag(?:ed|ing)|suppress(?:ed|ing)|denied|denying|cratered)\b`,
  'i',
);

/** True when the text talks about strikes or their effects, so failing to read it must be reported. */
export function mentionsStrike(text: string): boolean {
  return MENTIONS_STRIKE.test(text);
}

const ENGAGEMENTS = new RegExp(String.raw`(?:\s*,)?\s*\b(?:consisting\s+of|in)\s+(${COUNT})\s+engagements?\b(?:\s*,)?`, 'i');

/**
 * The engagements a clause states ("consisting of three engagements", "in 21 engagements") and the clause
 * without them; engagements is null when it states none.
 */
export function takeEngagements(text: string): { engagements: number | null; rest: string } {
  const m = ENGAGEMENTS.exec(text);
  if (m === null) return { engagements: null, rest: text };
  const count = (m[1] ?? '').toLowerCase().trim();
  const engagements = count === 'an' || count === 'a' ? 1 : parseNumberWords(count);
  return { engagements, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/^\s+/, ' ') };
}
