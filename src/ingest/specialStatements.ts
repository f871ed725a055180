import type { ParsedRelease, SpecialStatement, StructuralLine } from './types.js';
import { findCountPhrases, mentionsStrike } from './countPhrases.js';
import { findPlaceIn } from './placePhrases.js';
import { countriesIn } from './sections.js';
import { datingOf } from './strikeDays.js';
import { splitStatements } from './statements.js';

/**
 * Reads a release that lists no strikes and states no totals, but tells of strikes at a place ("On Thursday,
 * Dec. 15, Coalition aircraft … destroyed 14 ISIL tanks … captured near Palmyra, Syria."), as a special
 * statement: its day and place are kept, its lines are the statement's, and none of it is a strike record, so
 * it is never added to the daily counts that may already hold the same strikes. Returns null for any other
 * release.
 */
export function specialStatementOf(release: ParsedRelease): ParsedRelease | null {
  if (release.strikes.length > 0 || release.totals.length > 0 || release.reportDate === null) return null;
  // a line whose count was refused ("2.5 airstrikes", "-5 airstrikes") is a strike line not parsed, never a statement
  const refusedLines = new Set(release.unparsed.filter((u) => findCountPhrases(u.rawLine).some((p) => p.problem !== null)).map((u) => u.lineNo));
  const refused = release.unparsed.filter((u) => refusedLines.has(u.lineNo));
  const others = release.unparsed.filter((u) => !refusedLines.has(u.lineNo));
  let statement: SpecialStatement | null = null;
  for (const line of others) {
    for (const sentence of splitStatements(line.rawLine)) {
      const place = findPlaceIn(sentence);
      if (place === null || !mentionsStrike(sentence)) continue;
      const dating = datingOf(sentence, release.reportDate);
      statement = {
        date: dating?.to ?? release.reportDate,
        dateBasis: dating?.basis ?? 'assumed',
        country: place.country ?? countriesIn(sentence)[0] ?? '',
        placeText: place.placeText,
        summary: sentence.replace(/\s+/g, ' ').trim(),
        lineNo: line.lineNo,
      };
      break;
    }
    if (statement !== null) break;
  }
  if (statement === null) return null;
  const statementLines: StructuralLine[] = [...new Set(others.map((u) => u.lineNo))].map((lineNo) => ({ lineNo, kind: 'statement' }));
  return {
    ...release,
    kind: 'statement',
    statements: [statement],
    unparsed: refused,
    structural: [...release.structural, ...statementLines].sort((a, b) => a.lineNo - b.lineNo),
  };
}
