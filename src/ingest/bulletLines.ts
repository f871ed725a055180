import { COUNT, STRIKE_WORD, findCountPhrases, parseStrikeCount } from './countPhrases.js';
import { tooManyDigits } from './countShape.js';
import { cleanPlace } from './placePhrases.js';
import type { StrikeDraft } from './strikeClauses.js';
import { parseTargets } from './targets.js';

/**
 * The everyday line, read in one pass: "- Near Tadmur, one airstrike destroyed …". Bullets, a
 * missing comma, a comma after the count and a trailing asterisk on the name are all allowed.
 */
const BULLET_LINE = new RegExp(
  String.raw`^[\s\-–—*•·]*(?:[o§Øü➢▪]\s+|v(?=Near\s))?Near\s+([A-Z\u00C0-\u00DE](?:[^,;•]*?[^\s,;•])?)(?:\s*,\s*|\s+)(${COUNT})\s*,?\s+${STRIKE_WORD}\b,?\s+([a-z][^;•]*)$`,
);
// anything that needs the full reader: a second sentence or glued place, or a qualified place name
const SECOND_SENTENCE = /[.!?:]\s+["“(]?[A-Z]/;
const GLUED_PLACE = /(?<!\s)\s{2,}(?:[-–—*]+\s*|[o§Øü➢▪]\s+|v(?=Near\s))?(?:Near|In|On)\s/;
const ENGAGEMENTS_FIRST = /^(?:consisting\s+of|in)\s+\S+\s+engagements?\b/i;
const QUALIFIED = /\s(?:in|near|of|at|on)\s|\s(?:Syria|Iraq)$/;
const STRIKE_STEM = /s(?:trik|tik|trk|rik)/i;

/**
 * Reads a line holding exactly one "Near <place>, <count> (air)strikes <effects>" statement.
 * Returns null for anything else (glued lines, prose, qualified names), which the full
 * statement reader then handles; never returns a wrong record for a line it declines.
 */
export function readBulletLine(text: string): StrikeDraft | null {
  const m = BULLET_LINE.exec(text);
  if (m === null) return null;
  const [, placeWritten = '', countText = '', effectsRaw = ''] = m;
  let end = effectsRaw.length;
  for (let c = effectsRaw.charCodeAt(end - 1); c === 46 || c === 32 || c === 9; c = effectsRaw.charCodeAt(end - 1)) end -= 1;
  const effectsWritten = effectsRaw.slice(0, end);
  const wrapped = /\s\s/.test(effectsWritten);
  if (QUALIFIED.test(placeWritten) || SECOND_SENTENCE.test(effectsWritten) || (wrapped && GLUED_PLACE.test(effectsWritten))) return null;
  if (ENGAGEMENTS_FIRST.test(effectsWritten)) return null;
  // "…, while near Kisik, three strikes destroyed …": a second count is a second record, not part of the effects
  if (STRIKE_STEM.test(effectsWritten) && findCountPhrases(effectsWritten).length > 0) return null;
  const strikes = parseStrikeCount(countText);
  // the full reader lists a count of ten digits as not parsed, with its reason
  if (strikes === null || tooManyDigits(countText)) return null;
  const effects = wrapped ? effectsWritten.replace(/\s+/g, ' ') : effectsWritten;
  return {
    placeText: cleanPlace(placeWritten),
    relation: 'near',
    strikes,
    effects,
    targets: parseTargets(effects),
    country: null,
    engagements: null,
    dayText: null,
  };
}
