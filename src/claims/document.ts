import { checkClaim, type CheckDeps, type CheckResult } from './check.js';
import { extractClaims } from './extract.js';

/** The answer for one claim of a document, with the line its sentence starts on. */
export type DocumentCheck = CheckResult & { line: number };

/**
 * Checks every numeric claim of a Markdown document in order. A sentence that names no place is read
 * about the place of the previous checked claim, and a date without a year takes the year of the previous
 * claim's window when that window lies within one year; both inferences are stated in the answer.
 */
export async function checkDocument(markdown: string, deps: CheckDeps): Promise<DocumentCheck[]> {
  const out: DocumentCheck[] = [];
  let contextPlace = deps.contextPlace;
  let contextYear = deps.contextYear;
  for (const { line, sentence } of extractClaims(markdown)) {
    const result = await checkClaim(sentence, {
      ...deps,
      ...(contextPlace ? { contextPlace } : {}),
      ...(contextYear !== undefined ? { contextYear } : {}),
    });
    out.push({ ...result, line });
    const place = result.place;
    if (place?.kind === 'place' && place.key) contextPlace = { key: place.key, name: place.name, aliases: place.aliases };
    const w = result.window;
    if (w && result.verdict !== 'unparseable' && w.from.slice(0, 4) === w.to.slice(0, 4)) contextYear = Number(w.from.slice(0, 4));
  }
  return out;
}
