/**
 * Counts the text does not state as a plain number of strikes. The count phrase matcher finds "5 airstrikes"
 * inside "-5 airstrikes", "2.5 airstrikes", "1/2 airstrike" and "2-5 airstrikes"; storing 5 (or 1) would be a
 * number the release never gave, so such a count is refused with its reason and the line listed as not parsed.
 */

/** Most digits a count may have: 999,999,999 still fits the ledger's 32-bit count column, and no release comes near. */
export const MAX_COUNT_DIGITS = 9;

const DASHES = '\\-\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D';
const RANGE = new RegExp(`\\d[${DASHES}]$`);
const MINUS = new RegExp(`(?:^|[^\\p{L}\\p{N}])[${DASHES}]$`, 'u');
const MINUS_WORD = /\b(?:minus|negative)\s+$/i;
const DECIMAL = /(?:\d|^|[\s(])[.,]$/;
const FRACTION = /\d\s*[/\u2044\u2215]$/;
const FRACTION_WORD = /\b(?:half|halves|quarters?|thirds|fourths|fifths|tenths)\s+(?:of\s+)?(?:(?:an?|one|the)\s+)?$/i;
// how a signed, decimal or fractional count was written, for the reason: "-5", "2.5", "1/2", "2-5"
const WRITTEN_BEFORE = new RegExp(`(?:\\d+[.,/\u2044\u2215${DASHES}]|[.${DASHES}])$`);

/** True when a count written in digits has more than MAX_COUNT_DIGITS of them ("1,000,000,000"). */
export function tooManyDigits(countText: string): boolean {
  const digits = countText.replace(/,/g, '');
  return /^\d+$/.test(digits) && digits.replace(/^0+(?=\d)/, '').length > MAX_COUNT_DIGITS;
}

/**
 * Why the count `countText`, written just after `before`, is not a plain count of strikes; null when it is.
 * `before` is the text up to the count (a dozen characters are enough).
 */
export function countProblem(before: string, countText: string): string | null {
  const written = `${WRITTEN_BEFORE.exec(before)?.[0] ?? ''}${countText}`;
  if (RANGE.test(before)) return `the count "${written}" is a range, not a number of strikes`;
  if (MINUS.test(before)) return `the count "${written}" has a minus sign`;
  const minusWord = MINUS_WORD.exec(before);
  if (minusWord) return `the count "${minusWord[0]}${countText}" has a minus sign`;
  if (DECIMAL.test(before)) return `the count "${written}" has a decimal point`;
  if (FRACTION.test(before)) return `the count "${written}" is a fraction`;
  const fractionWord = FRACTION_WORD.exec(before);
  if (fractionWord) return `the count "${fractionWord[0]}${countText}" is a fraction`;
  if (tooManyDigits(countText)) return `the count "${countText}" has more than ${MAX_COUNT_DIGITS} digits`;
  return null;
}
