/**
 * Name normalisation for matching transliterated Arabic and Kurdish place names.
 * `foldName` removes what never distinguishes two places (case, diacritics, ayn/hamza marks,
 * punctuation, the Arabic article); `skeletonOf` goes further and merges transliteration variants.
 */

/** Marks that transliterate ayn and hamza (and the apostrophes typed in their place): dropped without a space. */
const APOSTROPHES = /['`´ʹʻʼʽʾʿˈˊˋ‘’‚‛′″]/gu;

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const LETTER_MAP: Record<string, string> = {
  ı: 'i', ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ħ: 'h', ŧ: 't', ŋ: 'n', ſ: 's',
};
const MAPPED_LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'gu');

/**
 * The Arabic definite article as written in English transliterations, including sun-letter
 * assimilations ("ar-Raqqah", "as-Sukhnah", "ez-Zor"). Dropped when it is a separate word before another word.
 */
const ARTICLES = new Set([
  'al', 'el', 'il', 'ul',
  'ar', 'er', 'as', 'es', 'ad', 'ed', 'an', 'en', 'at', 'et', 'az', 'ez',
  'ash', 'esh', 'ath', 'eth', 'adh', 'edh',
]);

/**
 * Normalisation key for a place name: lower case, no diacritics, no ayn/hamza marks or apostrophes,
 * other punctuation as spaces, Arabic articles dropped, single spaces.
 * "Dayr az-Zawr" → "dayr zawr", "Tall ‘Afar" → "tall afar", "Mar’a" → "mara". Idempotent.
 * A name made only of articles keeps its last word ("Al" → "al").
 */
export function foldName(name: string): string {
  const plain = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(MAPPED_LETTERS, (ch) => LETTER_MAP[ch] ?? ch)
    .replace(APOSTROPHES, '')
    .replace(/\u0640/gu, '') // Arabic tatweel: a stretching stroke, not a letter
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (plain === '') return '';
  const words = plain.split(' ');
  const kept = words.filter((w, i) => i === words.length - 1 || !ARTICLES.has(w));
  return kept.join(' ');
}

/** `foldName` without spaces: the key of the exact-name index, so "Ar Rut bah" meets "Ar Rutbah". */
export function compactKey(name: string): string {
  return foldName(name).replaceAll(' ', '');
}

/** Whole words that are spelled many ways and mean the same ("tall", "tell", "tal" = hill). */
const WORD_VARIANTS: Record<string, string> = {
  tall: 'tal', tell: 'tal', tel: 'tal',
  deir: 'dayr', dair: 'dayr', deyr: 'dayr', dier: 'dayr', der: 'dayr', dir: 'dayr',
  ain: 'ayn', ein: 'ayn', ayin: 'ayn', aen: 'ayn', ayoun: 'uyun', oyoun: 'uyun',
  albu: 'abu', abou: 'abu', bu: 'abu',
  jebel: 'jabal', jabel: 'jabal', jbel: 'jabal',
  umm: 'um', om: 'um',
};

/** Digraphs and letters that transliterate the same Arabic sound (order matters: digraphs first). */
const SOUND_RULES: Array<[RegExp, string]> = [
  [/kh/g, 'h'], [/gh/g, 'g'], [/sh/g, 's'], [/ch/g, 's'], [/th/g, 't'], [/dh/g, 'z'], [/ph/g, 'f'],
  [/ou/g, 'u'], [/oo/g, 'u'], [/ee/g, 'i'],
  [/q/g, 'k'], [/g/g, 'k'], [/c/g, 'k'], [/x/g, 'ks'],
  [/(?<=.)w/g, 'u'], [/(?<=.)y/g, 'i'], [/e/g, 'i'], [/o/g, 'u'],
];

/**
 * Coarse key that merges transliteration variants: "Deir ez-Zor" and "Dayr az Zawr" → "drzr",
 * "Huwayjah" and "Hawija" → "hja", "Tadmor" and "Tadmur" → "tdmr". Vowels go except a first and a last
 * one. Not reversible; many names share one skeleton, so a skeleton match is only trusted when one
 * place in the country stands out.
 */
export function skeletonOf(name: string): string {
  const folded = foldName(name);
  if (folded === '') return '';
  let s = folded
    .split(' ')
    .map((w) => WORD_VARIANTS[w] ?? w)
    .join('');
  for (const [pattern, replacement] of SOUND_RULES) s = s.replace(pattern, replacement);
  s = s.replace(/([aiu])h$/u, '$1'); // final ta marbuta: "Raqqah" = "Raqqa"
  s = s.replace(/(.)\1+/gu, '$1');
  if (s.length <= 1) return s.replace(/[aeiou]/u, 'a');
  const first = s.slice(0, 1).replace(/[aeiou]/u, 'a'); // "Erbil", "Irbil", "Arbil"
  const last = s.slice(-1);
  // a final vowel is kept: it tells "Baghdadi" (of Baghdad) from "Baghdad"
  return first + s.slice(1, -1).replace(/[aeiou]/g, '') + last;
}
