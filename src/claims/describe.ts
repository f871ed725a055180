import { formatInterval, fractionValue } from '../analysis/index.js';
import { acceptedCount } from './tolerance.js';
import { describeWindow } from './windowing.js';
import type { Approx, ClaimedNumber, ClaimedShare, ReadPart } from './types.js';

const APPROX_WORDS: Record<Approx, string> = {
  exact: 'exactly',
  about: 'about',
  nearly: 'nearly',
  'at-least': 'at least',
  'at-most': 'at most',
  'more-than': 'more than',
  'fewer-than': 'fewer than',
};

/** "8 strikes (exact: 8)", "about 80 strikes (accepted: [72, 88])". */
export function describeNumber(n: ClaimedNumber, unit = 'strikes'): string {
  const accepted = formatInterval(acceptedCount(n));
  const noun = n.value === 1 ? unit.replace(/s$/, '') : unit;
  return `${n.approx === 'exact' ? '' : `${APPROX_WORDS[n.approx]} `}${n.value} ${noun} ("${n.text.trim()}"; accepted: ${accepted})`;
}

/** "a third (1/3 = 33.3%, exact)". */
export function describeShare(s: ClaimedShare): string {
  const pct = Number((fractionValue(s.fraction) * 100).toFixed(1));
  return `"${s.text}" = ${s.fraction.num}/${s.fraction.den} (${pct}%${s.approx === 'exact' ? '' : `, ${APPROX_WORDS[s.approx]}`})`;
}

/** One line per claim for the interpretation. */
export function describeClaim(c: ReadPart): string {
  const notes = c.notes.length ? `; ${c.notes.join('; ')}` : '';
  switch (c.kind) {
    case 'count':
      return `claim: ${describeNumber(c.claimed, c.unit.value)} in ${describeWindow(c.window.value)}${notes}`;
    case 'share':
      return `claim: ${describeShare(c.claimedShare)} of the window's strikes fell in ${describeWindow(c.subWindow)}${c.subEventName ? ` ("${c.subEventName}")` : ''}${notes}`;
    case 'streak':
      return `claim: ${c.strikes ? describeNumber(c.strikes) : 'strikes'} over ${c.days} consecutive days, each with at least one strike, within ${describeWindow(c.window.value)}${notes}`;
  }
}
