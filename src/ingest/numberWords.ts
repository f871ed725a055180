const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Every word that can appear inside a number phrase; lets callers find where one ends. */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'dozen'];

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/**
 * Reads a cardinal number written in digits ("17", "1,024") or words ("twenty-three",
 * "a hundred and two", "a dozen", "a couple of", "a single"), zero to 999 in words.
 * Returns null when the text is not exactly one number.
 */
export function parseNumberWords(s: string): number | null {
  const text = s.trim().toLowerCase();
  if (text === '') return null;
  const single = text === 'a' || text === 'an' ? 1 : UNITS[text] ?? TENS[text];
  if (single !== undefined) return single;
  if (DIGITS.test(text)) return Number(text.replace(/,/g, ''));

  if (/^-|-$|--/.test(text)) return null;
  const tokens = text.split(/[\s-]+/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  if (tokens[tokens.length - 1] === 'of' && tokens[tokens.length - 2] === 'couple') tokens.pop();

  if (tokens[0] === 'a' || tokens[0] === 'an') {
    const rest = tokens.slice(1);
    if (rest.length === 0) return 1;
    if (rest.length === 1 && rest[0] === 'single') return 1;
    if (rest.length === 1 && rest[0] === 'dozen') return 12;
    if (rest.length === 1 && rest[0] === 'couple') return 2;
    if (rest[0] === 'hundred') return wordsBelowThousand(['one', ...rest]);
    return null;
  }
  if (tokens.length === 2 && tokens[1] === 'dozen') {
    const n = wordsBelowThousand(tokens.slice(0, 1));
    return n === null ? null : n * 12;
  }
  return wordsBelowThousand(tokens);
}

/** [unit hundred [and]] [tens [unit] | unit | teen]; every token must be used. */
function wordsBelowThousand(tokens: readonly string[]): number | null {
  let i = 0;
  let value = 0;
  let sawHundred = false;
  const first = tokens[0];
  if (first !== undefined && tokens[1] === 'hundred') {
    const u = UNITS[first];
    if (u === undefined || u < 1 || u > 9) return null;
    value = u * 100;
    sawHundred = true;
    i = 2;
    if (tokens[i] === 'and') {
      if (i + 1 >= tokens.length) return null;
      i += 1;
    }
  }
  const word = tokens[i];
  if (word === undefined) return sawHundred ? value : null;

  const tens = TENS[word];
  if (tens !== undefined) {
    value += tens;
    i += 1;
    const unitWord = tokens[i];
    if (unitWord !== undefined) {
      const unit = UNITS[unitWord];
      if (unit === undefined || unit < 1 || unit > 9) return null;
      value += unit;
      i += 1;
    }
  } else {
    const unit = UNITS[word];
    if (unit === undefined || (unit === 0 && sawHundred)) return null;
    value += unit;
    i += 1;
  }
  return i === tokens.length ? value : null;
}
