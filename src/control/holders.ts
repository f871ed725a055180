/** A holder reduced to the side it stands for, so "ISIL" and "IS", "regime" and "government" compare equal. */
export type HolderFamily = 'is' | 'government' | string;

const IS_NAMES = new Set(['is', 'isil', 'isis', 'daesh', 'da’esh', "da'esh", 'islamic state', 'the islamic state']);
const GOVERNMENT_NAMES = new Set([
  'government',
  'regime',
  'pro-regime',
  'pro regime',
  'pro-government',
  'pro government',
  'syrian government',
  'syrian regime',
  'saa',
  'syrian army',
  'syrian arab army',
  'regime coalition',
  'pro-regime forces',
  'government forces',
  'regime forces',
]);

/** `'is'` for IS under any of its names, `'government'` for the Syrian government side, else the name folded. */
export function holderFamily(holder: string): HolderFamily {
  const folded = holder.trim().toLowerCase().replace(/\s+/g, ' ');
  if (IS_NAMES.has(folded)) return 'is';
  if (GOVERNMENT_NAMES.has(folded)) return 'government';
  return folded;
}

/** True for IS (the hostile holder whose arrival is "the fall" of a place). */
export function isHostileHolder(holder: string): boolean {
  return holderFamily(holder) === 'is';
}

export function sameHolder(a: string, b: string): boolean {
  return holderFamily(a) === holderFamily(b);
}
