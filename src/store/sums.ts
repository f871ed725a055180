/**
 * Sums of counts in SQL, as 64-bit integers, so that no query on stored data overflows: a 32-bit sum fails
 * ("integer out of range") as soon as a place's counts pass 2,147,483,647, and takes every page that shows
 * it down. int8 and numeric come back as JS numbers on both backends (see the type parsers in db.ts), exact
 * up to 2^53: that many strikes would take 9 million records of the largest count a line may carry.
 */

/** `sum(column)::bigint`: the strikes of the matching records (null when none match, as `sum` gives). */
export const strikeSum = (column = 'r.strikes'): string => `sum(${column})::bigint`;

/**
 * The summed counts of targets `t` (a record's `targets` elements); a target without a number counts one.
 * numeric, because a target's count is stored as the release wrote it, whatever its size.
 */
export const targetCountSum = (target = 't'): string => `sum(coalesce((${target}->>'count')::numeric, 1))`;
