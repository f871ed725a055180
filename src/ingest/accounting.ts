import type { ParsedRelease } from './types.js';

/** How a release's lines are accounted for; every list is empty for a well-formed parse. */
export interface LineAccounting {
  /** Lines (1..lineCount) that are neither a strike line, a structural line nor an unparsed line. */
  missing: number[];
  /** Lines filed as structural and also as strike or unparsed lines. */
  doubled: number[];
}

/**
 * Checks that every physical line of a text or HTML release ends up somewhere, and in one kind of
 * place only: structural, or holding strikes and/or unparsed sentences. HTML may put two elements
 * of different kinds on one source line, so `doubled` is meaningful for text only; CSV releases
 * hold only their own day's rows, so `missing` is not checked for them.
 */
export function lineAccounting(release: ParsedRelease): LineAccounting {
  const content = new Set<number>();
  for (const s of release.strikes) content.add(s.lineNo);
  for (const u of release.unparsed) content.add(u.lineNo);
  const structural = new Set<number>();
  const doubled = new Set<number>();
  for (const s of release.structural) {
    if (content.has(s.lineNo) || structural.has(s.lineNo)) doubled.add(s.lineNo);
    structural.add(s.lineNo);
  }
  const missing: number[] = [];
  if (release.format !== 'csv') {
    for (let line = 1; line <= release.lineCount; line += 1) {
      if (!content.has(line) && !structural.has(line)) missing.push(line);
    }
  }
  return { missing, doubled: [...doubled].sort((a, b) => a - b) };
}
