/**
 * Edit distance for typo tolerance: optimal string alignment (Damerau-Levenshtein where an adjacent
 * transposition counts as one edit, "Mahkmur" → "Makhmur"). Returns `max + 1` as soon as the distance
 * is known to exceed `max`, which keeps a scan over a country's names cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > rows[0].length) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, curr] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prevPrev[j - 2]! + 1);
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[n]!;
}

/** Three reusable rows for `editDistance`, grown when a longer name comes along. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Shortest compact name (letters, no spaces) that may be matched by edit distance at all. */
export const MIN_FUZZY_LENGTH = 4;
/** Most edits `similarity` forgives (names longer than 7 letters). */
export const MAX_TYPO_EDITS = 2;

/**
 * Similarity in 0..1 between two compact folded names: 1 - edits / longer length, with typo budgets
 * by length (1 edit up to 7 letters, 2 beyond) and a 0.1 penalty when one name merely extends the other
 * ("Baghdadi" is "of Baghdad", not a typo of it). Returns 0 when either name is too short to compare.
 */
export function similarity(query: string, name: string): number {
  if (query === name) return 1;
  if (query.length < MIN_FUZZY_LENGTH || name.length < MIN_FUZZY_LENGTH) return 0;
  const budget = Math.max(query.length, name.length) <= 7 ? 1 : MAX_TYPO_EDITS;
  const d = editDistance(query, name, budget);
  if (d > budget) return 0;
  let score = 1 - d / Math.max(query.length, name.length);
  if (query.startsWith(name) || name.startsWith(query)) score -= 0.1;
  return score;
}

/** Which letters a compact name uses, one bit each (other characters share five bits): a cheap typo prefilter. */
export function letterMask(compact: string): number {
  let mask = 0;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 5));
  }
  return mask;
}

/**
 * True when two names whose letter masks differ like this cannot be within `edits` edits: each edit
 * adds or removes at most two letters from the set of letters used.
 */
export function masksTooFar(a: number, b: number, edits: number): boolean {
  let x = a ^ b;
  let bits = 0;
  while (x !== 0) {
    x &= x - 1;
    bits++;
  }
  return bits > 2 * edits;
}
