/**
 * A set of numbers between two bounds, each bound open or closed; `hi` may be Infinity.
 * Used both for what a claim accepts ("about 80" → [72, 88]) and for what the record allows
 * (a count over a window with missing days is at least what was found: [found, ∞)).
 */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export function closed(lo: number, hi: number): Interval {
  return { lo, hi, loOpen: false, hiOpen: false };
}

export function exactly(x: number): Interval {
  return closed(x, x);
}

export function atLeast(x: number): Interval {
  return { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
}

export function isEmpty(iv: Interval): boolean {
  return iv.lo > iv.hi || (iv.lo === iv.hi && (iv.loOpen || iv.hiOpen));
}

export function within(x: number, iv: Interval): boolean {
  const aboveLo = iv.loOpen ? x > iv.lo : x >= iv.lo;
  const belowHi = iv.hiOpen ? x < iv.hi : x <= iv.hi;
  return aboveLo && belowHi;
}

/** True when every number of `inner` lies in `outer` (an empty `inner` is a subset of anything). */
export function isSubset(inner: Interval, outer: Interval): boolean {
  if (isEmpty(inner)) return true;
  const loOk = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}

export function overlap(a: Interval, b: Interval): Interval {
  const [lo, loOpen] = a.lo > b.lo ? [a.lo, a.loOpen] : b.lo > a.lo ? [b.lo, b.loOpen] : [a.lo, a.loOpen || b.loOpen];
  const [hi, hiOpen] = a.hi < b.hi ? [a.hi, a.hiOpen] : b.hi < a.hi ? [b.hi, b.hiOpen] : [a.hi, a.hiOpen || b.hiOpen];
  return { lo, hi, loOpen, hiOpen };
}

export function disjoint(a: Interval, b: Interval): boolean {
  return isEmpty(overlap(a, b));
}

/** `[72, 88]`, `(0.5, 1]`, `≥ 8`: for answers. */
export function formatInterval(iv: Interval, digits = 3): string {
  const f = (x: number) => String(Number.isInteger(x) ? x : Number(x.toFixed(digits)));
  if (iv.hi === Infinity) return `${iv.loOpen ? '>' : '≥'} ${f(iv.lo)}`;
  if (iv.lo === iv.hi && !iv.loOpen && !iv.hiOpen) return f(iv.lo);
  return `${iv.loOpen ? '(' : '['}${f(iv.lo)}, ${f(iv.hi)}${iv.hiOpen ? ')' : ']'}`;
}
