import { COUNT } from './countPhrases.js';

/**
 * How releases define a strike: these sentences count strikes ("is one strike", "define a strike as
 * one or more…") without stating any, so they are recognised before strikes are read.
 */
const DEFINITION: readonly RegExp[] = [
  /\bdefines? a strike\b|\bas defined (?:by|in) the\b|\brefers to one or more kinetic\b|\bmeans one or more kinetic\b/i,
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
  /\bassessments (?:of results )?are based on\b/i,
  /\bcontinued? to (?:attack|strike)\b/i,
  /\bdetails (?:of|on) (?:the |yesterday['’]s |today['’]s )?(?:latest |following |most recent |recent )?strikes\b/i,
  /^for immediate release$|^from an? .{0,80}\bnews release$|^CJTF-?OIR$|^(?:press release|news)\s*\|/i,
  /^(?:source|retrieved from|copied from|published|date)\s*:/i,
  /^video (?:footage|of)\b|\bcan be (?:found|viewed) at\b/i,
  /^other recent strikes$|^part of operation inherent resolve$/i,
  /\bsecurity forces are leading\b|\bfight to rid\b/i,
  // the chrome of the Defense Department's sites, when a page is saved as text
  /^an official website of the united states government$|^here['’]s how you know$|\.mil website\b|\bshare sensitive information only\b|^home\s*:\s*newsroom\b/i,
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

/** A note saying where the text was copied from ("Source: https://…"): never read for strikes or days. */
export function isSourceNote(sentence: string): boolean {
  return /^(?:source|retrieved from|copied from)\s*:/i.test(sentence);
}

/** True for "There were no reported strikes in Iraq on March 13" and its variants. */
export function isNoStrikes(sentence: string): boolean {
  return /\bthere (?:were|was) no (?:reported |other )?(?:air)?strikes?\b|\bno (?:air)?strikes (?:were |was )?(?:conducted|reported)\b/i.test(sentence);
}

/** The sentence that opens a release and says when its strikes were ("… continued to attack … yesterday"). */
export function isOpening(sentence: string): boolean {
  return /\bcontinued? to (?:attack|strike|pursue)\b|\breported details of\b/i.test(sentence);
}

/**
 * "Officials also provided details today on 40 other recent strikes …": strikes of earlier days, each dated
 * on its own line; the sentence states no total of any one day.
 */
export function isOtherRecent(sentence: string): boolean {
  return /\bother recent strikes\b|\bunavailable (?:in time|at the time)\b/i.test(sentence);
}

/** True for a sentence that moves the following strikes to another day ("previously unreported"). */
export function isLateReport(sentence: string): boolean {
  return /\b(?:previously unreported|not previously reported|closed within the last 24 hours)\b/i.test(sentence)
    || /^additional(?:ly)?,?\s+on\s+/i.test(sentence);
}
