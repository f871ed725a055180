import { parse } from 'csv-parse/sync';
import { z } from 'zod';
// Day arithmetic comes from its leaf module: analysis/index also carries store-backed reports.
import { isDay } from '../analysis/days.js';
import { closeTimeline } from './timeline.js';
import type { ControlEvent, ControlEventKind, ControlPeriod, ControlProblem } from './types.js';

/** Columns every control file has; `to`, `note` and `source` may be left empty. */
export const CONTROL_COLUMNS = ['place', 'holder', 'from', 'to', 'note', 'source'] as const;
const REQUIRED = ['place', 'holder', 'from'] as const;
const EVENT_KINDS = ['capture', 'recapture', 'offensive', 'other'] as const;

const day = z
  .string()
  .trim()
  .refine((s) => isDay(s), { error: (issue) => `"${String(issue.input)}" is not a calendar day in the form YYYY-MM-DD` });

const Row = z
  .object({
    place: z.string().trim().min(1, { error: 'place is empty' }),
    holder: z.string().trim(),
    from: day,
    to: z.union([z.literal(''), day]),
    note: z.string().trim(),
    source: z.string().trim(),
    event: z.string().trim(),
    kind: z.union([z.literal(''), z.enum(EVENT_KINDS, { error: `kind must be one of ${EVENT_KINDS.join(', ')}` })]),
  })
  .refine((r) => r.to === '' || r.to >= r.from, { error: (issue) => endsBeforeStart(issue.input), path: ['to'] })
  .refine((r) => r.event !== '' || r.holder !== '', { error: 'holder is empty (a period needs a holder)', path: ['holder'] });

export interface ControlCsv {
  periods: ControlPeriod[];
  events: ControlEvent[];
  problems: ControlProblem[];
}

export interface ControlCsvOptions {
  /** Turns the place as written into a place key; returning null reports "unknown place". Default: keep the name. */
  placeKey?: (name: string) => string | null;
}

/**
 * Reads a control file with the header `place,holder,from,to,note,source`. An empty `to` ends the
 * period the day before the place's next period starts (or leaves it open). Two optional columns turn a
 * row into a named event instead: `event` (its name, e.g. "pro-regime offensive") and `kind`
 * (capture, recapture, offensive, other). Lines starting with `#` are comments. Bad rows are reported
 * as `file:line: reason` and left out; good rows are kept.
 */
export function parseControlCsv(text: string, sourceUri: string, options: ControlCsvOptions = {}): ControlCsv {
  const problems: ControlProblem[] = [];
  const report = (line: number | null, reason: string) =>
    problems.push({ source: sourceUri, line, reason, message: `${sourceUri}${line === null ? '' : `:${line}`}: ${reason}` });

  let rows: Array<{ info: { lines: number }; record: string[] }>;
  try {
    rows = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, comment: '#', comment_no_infix: true, bom: true }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    report(e.lines ?? null, `not readable as CSV: ${e.message ?? String(error)}`);
    return { periods: [], events: [], problems };
  }
  const [header, ...body] = rows;
  if (!header) {
    report(null, `empty file: expected the header ${CONTROL_COLUMNS.join(',')}`);
    return { periods: [], events: [], problems };
  }
  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    report(header.info.lines, `header lacks ${missing.join(', ')} (expected ${CONTROL_COLUMNS.join(',')})`);
    return { periods: [], events: [], problems };
  }

  const periods: ControlPeriod[] = [];
  const lineOf = new Map<ControlPeriod, number>();
  const events: ControlEvent[] = [];
  for (const { info, record } of body) {
    const cell = (name: string) => record[names.indexOf(name)] ?? '';
    const parsed = Row.safeParse(Object.fromEntries([...CONTROL_COLUMNS, 'event', 'kind'].map((c) => [c, cell(c)])));
    if (!parsed.success) {
      report(info.lines, parsed.error.issues.map((i) => i.message).join('; '));
      continue;
    }
    const r = parsed.data;
    const placeKey = options.placeKey ? options.placeKey(r.place) : r.place;
    if (placeKey === null) {
      report(info.lines, `unknown place "${r.place}"`);
      continue;
    }
    if (r.event !== '') {
      const kind: ControlEventKind = r.kind === '' ? 'other' : r.kind;
      events.push({ placeKey, name: r.event, kind, from: r.from, to: r.to === '' ? null : r.to, note: r.note, source: r.source, ...(r.holder ? { holder: r.holder } : {}) });
      continue;
    }
    const period: ControlPeriod = { placeKey, holder: r.holder, from: r.from, to: r.to === '' ? null : r.to, note: r.note, source: r.source };
    periods.push(period);
    lineOf.set(period, info.lines);
  }
  const timeline = closeTimeline(periods, (p) => lineOf.get(p) ?? null);
  for (const p of timeline.problems) report(p.line, p.reason);
  return { periods: timeline.periods, events, problems };
}

function endsBeforeStart(input: unknown): string {
  const r = input as { from?: string; to?: string };
  return `to (${r.to}) is before from (${r.from})`;
}
