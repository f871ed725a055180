import type { PlaceRelation, Target } from './types.js';
import { findCountPhrases, takeEngagements, type CountPhrase } from './countPhrases.js';
import { findPlaceIn, leadCountry, parsePlaceLead, trailingLead, type PlaceRef } from './placePhrases.js';
import { COUNTRY, countryName } from './sections.js';
import { parseTargets } from './targets.js';

/** A strike read from a sentence, before the release's day and section are applied. */
export interface StrikeDraft {
  placeText: string;
  relation: PlaceRelation;
  strikes: number;
  effects: string;
  targets: Target[];
  /** Country written with the place or in the sentence ("near Hajin, Syria"); null to use the section. */
  country: string | null;
  /** Engagements the clause states ("two strikes consisting of three engagements"); null when none. */
  engagements: number | null;
  /** A day written in the count ("an Aug. 6 strike"), as written; null when none. */
  dayText: string | null;
}

export type ClauseResult =
  | { kind: 'strikes'; drafts: StrikeDraft[]; failures: string[] }
  | { kind: 'no-count' };

const CONNECTOR = /^(?:(?:finally|additionally|also|separately|meanwhile|elsewhere|in addition|then|and|while)\s*,?\s+)+/i;
const EFFECTS_LEAD = /^\s*(?:,\s*)?(?:area\b\s*)?(?:and\s+|which\s+|where\s+they\s+|that\s+|to\s+)?/i;
const IN_COUNTRY = new RegExp(String.raw`\bin\s+${COUNTRY}\b\s*,?`, 'gi');
const ACTION_FILLER = /^(?:(?:took place|occurred|were conducted|was conducted|conducted|were|was|also|\d+\s*(?:km|kilometers|miles))(?:\s+|$))*$/i;
// "…conducted a strike against ISIS targets near Shadaddi": whom the strike was against is not what it did
const AGAINST_ENEMY = /\s*\bagainst\s+(?:the\s+)?(?:ISI[LS]|Daesh)(?:\s+(?:targets?|terrorists?|positions?))?\b,?/i;
// a place written without "Near": "-- Huwayjah, a strike engaged …" (the words that open sentences are not places)
const BARE_PLACE = /^([A-Z\u00C0-\u00DE][\p{L}’'-]*(?:\s+(?:(?:al|as|ar|az|ad|an|el|abu)\s+)?[A-Z\u00C0-\u00DE][\p{L}’'-]*){0,3})\s*,\s*$/u;
const NOT_A_PLACE = /^(?:today|yesterday|also|additionally|separately|meanwhile|elsewhere|finally|then|further|furthermore|overall|officials|coalition|however|previously|later|earlier|subsequently)$/i;

/** "Huwayjah, " → the place a bullet names without a relation; null for anything else. */
function barePlace(lead: string): PlaceRef | null {
  const m = BARE_PLACE.exec(lead);
  const name = m?.[1];
  if (name === undefined || NOT_A_PLACE.test(name) || countryName(name) !== null) return null;
  return { placeText: name, relation: 'near', country: null };
}

/** Quotes a sentence for a reason, shortened so a report line stays readable. */
export function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > 90 ? `${t.slice(0, 88).trimEnd()} …` : t}"`;
}

const TRAILING_JOIN = /(?:^|[\s,;:])(?:while|and|but|whereas)$/i;

/** The effects without the words that joined them to the next clause: "destroyed a tank, while" → "destroyed a tank". */
function trimEffects(text: string): string {
  let t = text.replace(/\s+/g, ' ').replace(/(?<![\s.;,:])[\s.;,:]+$/, '');
  for (let m = TRAILING_JOIN.exec(t); m !== null; m = TRAILING_JOIN.exec(t)) t = t.slice(0, m.index).replace(/(?<![\s.;,:])[\s.;,:]+$/, '');
  return t.trim();
}

interface Clause {
  phrase: CountPhrase;
  lead: string;
  body: string;
}

/** Cuts a sentence at each count phrase; a place written just before a later count goes with it. */
function clausesOf(sentence: string, phrases: CountPhrase[]): Clause[] {
  const clauses: Clause[] = [];
  let lead = sentence.slice(0, phrases[0]?.index ?? 0);
  for (let i = 0; i < phrases.length; i += 1) {
    const phrase = phrases[i];
    if (phrase === undefined) continue;
    const next = phrases[i + 1];
    let body = sentence.slice(phrase.end, next?.index ?? sentence.length);
    let nextLead = '';
    if (next !== undefined) {
      // "…, while near Mosul, two strikes…": the place goes with the next count
      const tail = trailingLead(body);
      if (tail !== null) {
        nextLead = tail.lead;
        body = body.slice(0, tail.index);
      }
    }
    clauses.push({ phrase, lead, body });
    lead = nextLead;
  }
  return clauses;
}

/**
 * Reads every strike a sentence states: "Near Tadmur, one airstrike destroyed …",
 * "Two strikes west of Ramadi damaged …, while one strike northeast of Sinjar destroyed …".
 * A clause without a place of its own takes the previous clause's place in the sentence.
 * Returns 'no-count' when the sentence has no "N (air)strikes" phrase at all.
 */
export function parseStrikeSentence(sentence: string): ClauseResult {
  const phrases = findCountPhrases(sentence);
  if (phrases.length === 0) return { kind: 'no-count' };
  const drafts: StrikeDraft[] = [];
  const failures: string[] = [];
  let previous: PlaceRef | null = null;
  for (const [index, clause] of clausesOf(sentence, phrases).entries()) {
    const lead = clause.lead.replace(CONNECTOR, '').trim();
    const { engagements, rest } = takeEngagements(clause.body);
    const body = rest.replace(AGAINST_ENEMY, '');
    const text = `${clause.lead}${sentence.slice(clause.phrase.index, clause.phrase.end)}${clause.body}`;
    if (clause.phrase.problem !== null) {
      failures.push(`${clause.phrase.problem} in ${quote(text)}`);
      continue;
    }
    if (clause.phrase.strikes === null) {
      failures.push(`unreadable strike count "${clause.phrase.countText}" in ${quote(text)}`);
      continue;
    }
    let place: PlaceRef | null = parsePlaceLead(lead) ?? (index === 0 ? barePlace(lead) : null);
    let effects = body;
    if (place === null) {
      const found = findPlaceIn(body);
      if (found !== null) {
        place = found;
        const before = body.slice(0, found.index).replace(IN_COUNTRY, '').trim();
        // "one strike near Kobani destroyed …": the place is not part of what the strike did
        if (ACTION_FILLER.test(before)) effects = body.slice(found.end).replace(EFFECTS_LEAD, '');
      } else if (previous !== null) {
        place = previous;
      }
    }
    if (place === null) {
      failures.push(`no place in ${quote(text)}`);
      continue;
    }
    previous = place;
    const country = place.country ?? leadCountry(lead);
    // "…conducted a strike that engaged …": what the strike did, without the word that joined it
    const written = trimEffects(effects).replace(/^(?:that|which)\s+/i, '');
    drafts.push({
      placeText: place.placeText,
      relation: place.relation,
      strikes: clause.phrase.strikes,
      effects: written,
      targets: parseTargets(written),
      country,
      engagements,
      dayText: clause.phrase.dayText,
    });
  }
  return { kind: 'strikes', drafts, failures };
}
