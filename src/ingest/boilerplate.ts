import { COUNT } from './countPhrases.js';

/**
 * How releases define a strike: these sentences count strikes ("is one strike", "define a strike as
 * one or more…") without stating any, so they are recognised before strikes are read.
 */
const DEFINITION: readonly RegExp[] = [
  /\bdefines? a strike\b|\bas defined by the coalition\b|\brefers to one or more kinetic\b/i,
  /\bofficials (?:explained|said)\b|\bis one strike\b|\bdo(?:es)? not report the number\b/i,
  /\bnot classified as a strike\b|\b(?:the|this) list (?:above )?contains\b/i,
];

/** True for a sentence that explains what a strike is; no strike count in it is a strike. */
export function isDefinition(sentence: string): boolean {
  return DEFINITION.some((re) => re.test(sentence));
}

/**
 * Sentences every release repeats that carry no strike of their own: who flew, who took part,
 * how strikes are assessed, where the list ends. Only consulted when a sentence states no strike,
 * so a strike line that also mentions, say, civilian casualties keeps its strike.
 */
const BOILERPLATE: readonly RegExp[] = [
  ...DEFINITION,
  /^to conduct (?:these|the) (?:air)?strikes\b/i,
  /\ball aircraft\b.*\b(?:exited|departed|returned|left)\b/i,
  /\bstrike areas? safely\b/i,
  /\b(?:also )?participated in (?:these|the|this|those)\b/i,
  /\bassessments are based on\b/i,
  /\bcontinued? to attack\b/i,
  /\bdetails of the (?:latest |following )?strikes\b/i,
  /\bstrikes? (?:were|was|are) conducted as part of\b/i,
  /^(?:as )?part of operation inherent resolve\b|\bCJTF-OIR is\b|\bglobal coalition to defeat\b/i,
  /\bnations (?:which|that) have conducted (?:air)?strikes\b|^the following (?:lists|is)\b/i,
  /\bthe destruction of ISI[LS]\b|\bfurther limits?\b.*\b(?:ability|group)\b/i,
  /\bthere (?:were|was) no (?:reported |other )?(?:air)?strikes?\b|\bno (?:air)?strikes were (?:conducted|reported)\b/i,
  /^-?\s*(?:30|###|end)\s*-?$/i,
  // remarks about strikes already listed, not strikes of their own
  /\b(?:under investigation|friendly fire|civilian casualt(?:y|ies)|civilians? (?:were )?(?:injured|killed))\b/i,
  /^(?:for more information|media (?:contact|inquiries)|contact:|public affairs|share this|print this|email this|related links?|posted:?|updated:?)\b/i,
  /^(?:release|news release|press release)\s*(?:no\.?|number|#)/i,
];

/** True when the sentence is standard release text with no strike record in it. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.some((re) => re.test(sentence));
}

const SUMMARY: readonly RegExp[] = [
  new RegExp(String.raw`\bconduct(?:ed|ing)\s+(?:a total of\s+)?${COUNT}\s+(?:more\s+|additional\s+)?(?:air\s?)?strikes\b`, 'i'),
  /\bstrikes? consisting of\b/i,
  /\bengagements? against ISI[LS] targets\b/i,
];

/**
 * True for a release's tally sentence ("On Aug. 20, Coalition military forces conducted 21 strikes
 * consisting of 33 engagements…", "Attack and fighter aircraft conducted 11 strikes in Syria:"),
 * which repeats the strike lines' total and is not itself a strike record.
 */
export function isSummary(sentence: string): boolean {
  return SUMMARY.some((re) => re.test(sentence));
}

/** True for a sentence that moves the following strikes to another day ("previously unreported"). */
export function isLateReport(sentence: string): boolean {
  return /\b(?:previously unreported|not previously reported|closed within the last 24 hours)\b/i.test(sentence)
    || /^additional(?:ly)?,?\s+on\s+/i.test(sentence);
}
