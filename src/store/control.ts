import { stringify } from 'csv-stringify/sync';
import { closeTimeline, parseControlCsv, type ControlEvent, type ControlPeriod, type ControlProblem } from '../control/index.js';
import type { Database } from './db.js';
import { periodsFor } from './controlTimeline.js';

export { controlTimeline } from './controlTimeline.js';

/** A period to add by hand, with the place already turned into its key. */
export interface ControlPeriodInput {
  placeKey: string;
  holder: string;
  from: string;
  to?: string;
  note?: string;
  source?: string;
}

/** What an import or an addition did: rows written, or the problems that stopped it (nothing written then). */
export type ControlWrite =
  | { ok: true; periods: number; events: number }
  | { ok: false; problems: ControlProblem[] };

/**
 * Reads a control CSV (see `parseControlCsv`) and stores all of its periods and events in one transaction,
 * or none of them when any row has a problem or a period overlaps one the ledger holds. A period for a
 * place and start day already stored is replaced, and an event already stored (same place, name and start)
 * is kept once, so importing a file again changes nothing. `placeKey` turns a place name into its key.
 */
export async function importControlCsv(
  db: Database,
  text: string,
  sourceUri: string,
  placeKey: (name: string) => string | null,
): Promise<ControlWrite> {
  const parsed = parseControlCsv(text, sourceUri, { placeKey });
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  return writeControl(db, parsed.periods, parsed.events, sourceUri);
}

/** Adds one period, validated as a CSV row would be; refuses it (writing nothing) when it overlaps a stored one. */
export async function addControlPeriod(db: Database, input: ControlPeriodInput, sourceUri = 'control add'): Promise<ControlWrite> {
  const csv = stringify([
    ['place', 'holder', 'from', 'to', 'note', 'source'],
    [input.placeKey, input.holder, input.from, input.to ?? '', input.note ?? '', input.source ?? ''],
  ]);
  const parsed = parseControlCsv(csv, sourceUri);
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, line: null, message: `${sourceUri}: ${p.reason}` })) };
  return writeControl(db, parsed.periods, [], sourceUri);
}

async function writeControl(db: Database, periods: ControlPeriod[], events: ControlEvent[], sourceUri: string): Promise<ControlWrite> {
  return db.transaction(async (tx) => {
    const keys = [...new Set(periods.map((p) => p.placeKey))];
    const stored = keys.length ? await periodsFor(tx, keys) : [];
    const replaced = (p: ControlPeriod) => periods.some((n) => n.placeKey === p.placeKey && n.from === p.from);
    const problems = overlapsOf([...stored.filter((p) => !replaced(p)), ...periods], sourceUri);
    if (problems.length > 0) return { ok: false, problems } satisfies ControlWrite;
    for (const p of periods) {
      await tx.query(
        `INSERT INTO control_periods (place_key, holder, from_day, to_day, note, source) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (place_key, from_day) DO UPDATE SET holder = EXCLUDED.holder, to_day = EXCLUDED.to_day,
           note = EXCLUDED.note, source = EXCLUDED.source`,
        [p.placeKey, p.holder, p.from, p.to, p.note, p.source],
      );
    }
    for (const e of events) {
      await tx.query(
        `INSERT INTO control_events (place_key, name, kind, from_day, to_day, holder, note, source)
         SELECT $1, $2, $3, $4::date, $5::date, $6, $7, $8
         WHERE NOT EXISTS (SELECT 1 FROM control_events WHERE place_key = $1 AND name = $2 AND from_day = $4::date)`,
        [e.placeKey, e.name, e.kind, e.from, e.to, e.holder ?? null, e.note, e.source],
      );
    }
    return { ok: true, periods: periods.length, events: events.length } satisfies ControlWrite;
  });
}

/** Periods that run into the next one of their place, as problems naming `sourceUri`. */
function overlapsOf(periods: ControlPeriod[], sourceUri: string): ControlProblem[] {
  return closeTimeline(periods).problems.map((p) => ({ ...p, source: sourceUri, line: null, message: `${sourceUri}: ${p.reason}` }));
}

