import type { Sourced } from './types.js';

/** Who a sentence says struck, who reports it, and whether it says the strikes did not happen. */
export interface ActorReading {
  /** The coalition, with where that came from; null when the sentence is about someone else's strikes. */
  actor: Sourced<string> | null;
  /** Why the sentence is not a claim about the coalition's declared strikes, one line each. */
  problems: string[];
  /** Offsets of reporting clauses ("…, the task force said on Wednesday"): not the actor, not the claim. */
  reporting: Array<[number, number]>;
}

// Reporting clauses: who says it, not who struck.
const TRAILING_REPORT = /,\s*(?:(?:the|a|an|its|in\s+a)\s+)?[^,;]{0,90}?\b(?:said|says|added|announced|reported|stated|told|noted|according\s+to)\b[^;]*$/g;
const LEADING_REPORT = /^(?:in\s+a\s+statement[^,]{0,40},\s*)?(?:the\s+|a\s+)?[^,;]{0,60}?\b(?:said|says|announced|reported|stated)\b(?:\s+(?:in\s+a\s+statement|on\s+\w+|\w+day))*(?:\s+that\b|,)?/;
const ACCORDING = /\baccording\s+to\s+[^,;]+/g;

const MONITORS = /\b(syrian\s+observatory(?:\s+for\s+human\s+rights)?|sohr|airwars|monitoring\s+group|(?:a|the)\s+monitor|activists|raqqa\s+is\s+being\s+slaughtered\s+silently|rbss|local\s+sources)\b/;
const MONITOR_NAMES: Record<string, string> = { syrian: 'the Syrian Observatory for Human Rights', sohr: 'the Syrian Observatory for Human Rights', airwars: 'Airwars', monitoring: 'a monitoring group', a: 'a monitor', the: 'a monitor', activists: 'activists', raqqa: 'Raqqa is Being Slaughtered Silently', rbss: 'Raqqa is Being Slaughtered Silently', local: 'local sources' };
const OTHER_AIR_FORCES: Array<[RegExp, string]> = [
  [/\b(russia|russian|russians|moscow|kremlin)\b/, 'Russia'],
  [/(?<!iraqi\s)\b(?:syrian|regime|assad|government)(?:'s)?\s+(?:war\s?planes|aircraft|jets|planes|helicopters|air\s+force|forces|army|troops|military)\b|\bthe\s+regime\b|\bassad(?:ist)?s?\b|\bdamascus\b/, 'the Syrian government'],
  [/\bturkish\s+(?:war\s?planes|jets|aircraft|forces|army|military|air\s+force|drones|artillery)\b|\b(?:turkey|ankara)\b(?=\s+(?:has\s+|had\s+)?(?:carried|launched|conducted|struck|hit|bombed|flew|staged|shelled))/, 'Turkey'],
  [/\biraqi\s+(?:air\s+force|jets|aircraft|war\s?planes|planes|f-16s|helicopters)\b/, 'the Iraqi air force'],
  [/\b(?:iranian|israeli)\s+(?:war\s?planes|jets|aircraft|forces|military|air\s+force|drones)\b|\b(?:iran|israel)\b(?=\s+(?:has\s+|had\s+)?(?:carried|launched|conducted|struck|hit|bombed|flew|staged))/, 'another state'],
];
// One member of the coalition: the ledger holds the coalition's strikes, not each nation's.
const MEMBERS = /\b(britain|british|u\.k\.|royal\s+air\s+force|raf|france|french|canada|canadian|canada's|australia|australian|jordan|jordanian|saudi(?:\s+arabia)?|emirati|uae|bahrain|belgium|belgian|denmark|danish|netherlands|dutch)\b/;
const US_FORCES = /\b(?:u\.?s\.?|american|united\s+states)\s+(?:[a-z-]+,?\s+(?:and\s+)?){0,4}?(?:forces|aircraft|war\s?planes|jets|planes|fighters|bombers|air\s+force|navy|marines|pilots|drones)\b|\bu\.?s\.?\s+military\b(?!\s+(?:said|statement|says|officials))/;
const COALITION = /\b(coalition|cjtf(?:-oir)?|combined\s+joint\s+task\s+force|task\s+force|oir|operation\s+inherent\s+resolve|u\.?s\.?-led|us-led|allies|allied|partner\s+nations?|partners|(?:u\.?s\.?|united\s+states)\s+and\s+(?:its\s+)?(?:coalition|partner|allied|allies|partners))\b/;
const US_SHORTHAND = /\b(?:the\s+u\.?s\.?|the\s+united\s+states|washington|the\s+americans)\b/;
const NEGATION = /\b(?:(?:did|does|do|has|have|had|was|were|is|are|would|will|could)\s*(?:not|n['’]t)|never|nor|it\s+is\s+(?:false|untrue|not\s+true)\s+that|(?:denied|denies|deny)\s+(?:that|having|it|they|carrying|conducting|launching))\b/;

/**
 * Reads the actor of a sentence's strikes: the coalition (named, or "the U.S." read as the coalition), or
 * someone whose strikes the ledger does not hold (Russia, the Syrian government, one coalition member,
 * U.S. forces alone), and refuses negated claims and counts a monitoring group gives. `masked` is the
 * lower-cased sentence with its time phrases (events included) blanked, so that "the regime coalition
 * retaking it" or "the Assadist conquest" are dates, not actors.
 */
export function readActor(masked: string): ActorReading {
  const reporting: Array<[number, number]> = [];
  for (const re of [TRAILING_REPORT, ACCORDING]) for (const m of masked.matchAll(re)) reporting.push([m.index, m.index + m[0].length]);
  const lead = LEADING_REPORT.exec(masked);
  if (lead && /\b(said|says|announced|reported|stated)\b/.test(lead[0])) reporting.push([0, lead[0].length]);
  const reporters = reporting.map(([a, b]) => masked.slice(a, b)).join(' ');
  let body = masked;
  for (const [a, b] of reporting) body = body.slice(0, a) + ' '.repeat(b - a) + body.slice(b);

  const problems: string[] = [];
  const negated = NEGATION.exec(body);
  if (negated) problems.push(`negated ("${negated[0].trim()}"): the checker reads plain claims of strikes that happened, not denials`);
  const monitor = MONITORS.exec(reporters) ?? MONITORS.exec(body);
  if (monitor) problems.push(`the count is by ${MONITOR_NAMES[monitor[1]!.split(/\s+/)[0]!] ?? `"${monitor[1]}"`}, not the coalition's declared strikes`);
  for (const [re, who] of OTHER_AIR_FORCES) {
    const m = re.exec(body);
    if (m) problems.push(`not a claim about the coalition's declared strikes: "${m[0].trim()}" (${who})`);
  }
  const coalition = COALITION.exec(body);
  const member = MEMBERS.exec(body);
  const usForces = US_FORCES.exec(body);
  const joined = member && new RegExp(`\\b(?:u\\.?s\\.?|united\\s+states|american|coalition)\\s+and\\s+${member[0]}\\b|\\b${member[0]}\\s+and\\s+(?:u\\.?s\\.?|american|coalition)\\b`).test(body);
  if (member && !joined) problems.push(`a claim about one coalition member ("${member[0]}"): the ledger holds the coalition's strikes, not each nation's`);
  if (usForces && !(coalition && coalition.index < usForces.index + usForces[0].length + 24 && usForces.index < coalition.index + coalition[0].length + 24)) {
    problems.push(`a claim about U.S. forces alone ("${usForces[0].trim()}"): the ledger holds the coalition's strikes and does not say which nation flew them`);
  }
  if (problems.length > 0) return { actor: null, problems, reporting };

  if (coalition) return { actor: { value: 'the coalition', origin: 'sentence', note: `actor: the coalition, from "${coalition[0]}"` }, problems, reporting };
  const us = US_SHORTHAND.exec(body);
  if (us) return { actor: { value: 'the coalition', origin: 'sentence', note: `actor: "${us[0]}" read as the coalition (its releases do not say which nation struck)` }, problems, reporting };
  const reporter = COALITION.exec(reporters) ?? /\b(centcom|central\s+command|pentagon|u\.?s\.?\s+military|military)\b/.exec(reporters);
  if (reporter) return { actor: { value: 'the coalition', origin: 'sentence', note: `actor: the coalition, whose strikes "${reporter[0]}" reports` }, problems, reporting };
  return { actor: { value: 'the coalition', origin: 'default', note: 'actor: none named; read as the coalition, whose declared strikes are all the ledger holds' }, problems, reporting };
}
