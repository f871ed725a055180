import type { ParsedRelease, ParsedStrike, StatedTotal } from './types.js';
import { countriesIn } from './sections.js';

/** A total the release states, next to what its own lines add up to for the same days and section. */
export interface TotalCheck extends StatedTotal {
  /** Strikes of the release's lines dated in `from..to` under the section (every section for ''). */
  lineStrikes: number;
  /** Their engagements, when every one of those lines states its own; else null. */
  lineEngagements: number | null;
  /** The stated strikes equal the lines', and so do the engagements when both are known. */
  agrees: boolean;
}

/** The country a record's section names ("Tikrit, Iraq" → "Iraq"); the section itself when it names none. */
export function sectionCountry(section: string): string {
  const named = countriesIn(section);
  return named[named.length - 1] ?? section;
}

/**
 * Compares every total a release states with the sum of its lines for the same days and section. A mismatch
 * is reported, never corrected: the release may have miscounted, or a line may not have been read.
 */
export function reconcileTotals(release: Pick<ParsedRelease, 'totals' | 'strikes'>): TotalCheck[] {
  return release.totals.map((total) => {
    const lines = release.strikes.filter((s) => inScope(s, total));
    const lineStrikes = lines.reduce((n, s) => n + s.strikes, 0);
    const lineEngagements = lines.length > 0 && lines.every((s) => s.engagements !== null)
      ? lines.reduce((n, s) => n + (s.engagements ?? 0), 0)
      : null;
    const engagementsAgree = total.engagements === null || lineEngagements === null || total.engagements === lineEngagements;
    return { ...total, lineStrikes, lineEngagements, agrees: total.strikes === lineStrikes && engagementsAgree };
  });
}

function inScope(strike: ParsedStrike, total: StatedTotal): boolean {
  if (strike.date < total.from || strike.date > total.to) return false;
  return total.section === '' || sectionCountry(strike.country) === total.section;
}
