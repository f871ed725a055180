import type { Day } from './types.js';

/** The first day of the coalition's air campaign against ISIL (the first US strikes in Iraq). */
export const CAMPAIGN_START: Day = '2014-08-08';

/**
 * Why a release's day cannot be right for this campaign: after `today`, or before CAMPAIGN_START. Null when it
 * can. Other campaigns' releases are imported by letting any date through (the caller decides).
 */
export function releaseDateProblem(day: Day, today: Day): string | null {
  if (day > today) return `release dated ${day}, after today (${today})`;
  if (day < CAMPAIGN_START) return `release dated ${day}, before the campaign began (${CAMPAIGN_START})`;
  return null;
}
