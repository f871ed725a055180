import { addDays, daysBetween, type Day } from '../analysis/days.js';
import type { Window } from '../analysis/windows.js';

/** What a reader who cannot see a chart gets instead: a sentence, and a table with the same numbers. */
export interface ChartText {
  summary: string;
  columns: string[];
  rows: string[][];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2015-05-20` → "20 May 2015". */
export function longDay(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A window in words: "20 May 2015 – 27 March 2016", or one day. */
export function longWindow(window: Window): string {
  return window.from === window.to ? longDay(window.from) : `${longDay(window.from)} – ${longDay(window.to)}`;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const span = (w: Window) => (w.from === w.to ? w.from : `${w.from}..${w.to}`);

/**
 * The text of a chart of strikes per day: "Strikes per day near Palmyra, 20 May 2015 – 27 March 2016: 9
 * strikes on 9 days; no release on 55 days". Its table lists the strike days and the spans without a
 * release, in order; a day with a release and no strike is the zero the summary implies.
 */
export function dailyChartText(title: string, window: Window, strikeDays: ReadonlyArray<{ day: Day; strikes: number }>, gaps: readonly Window[]): ChartText {
  const days = strikeDays.filter((d) => d.strikes > 0 && d.day >= window.from && d.day <= window.to);
  const strikes = days.reduce((n, d) => n + d.strikes, 0);
  const missing = gaps.reduce((n, g) => n + daysBetween(g.from, g.to), 0);
  const rows = [
    ...days.map((d) => ({ from: d.day, cells: [d.day, String(d.strikes)] })),
    ...gaps.map((g) => ({ from: g.from, cells: [span(g), `no release (${plural(daysBetween(g.from, g.to), 'day')})`] })),
  ].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    summary: `${title}, ${longWindow(window)}: ${plural(strikes, 'strike')} on ${plural(days.length, 'day')}; ${missing ? `no release on ${plural(missing, 'day')}` : 'every day has a release'}`,
    columns: ['Day', 'Strikes'],
    rows: rows.map((r) => r.cells),
  };
}

/** Runs of consecutive days without a release (`strikes: null`) in a daily series sorted by day. */
export function daysWithoutRelease(points: ReadonlyArray<{ day: Day; strikes: number | null }>): Window[] {
  const runs: Window[] = [];
  for (const p of points) {
    if (p.strikes !== null) continue;
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 1) === p.day) last.to = p.day;
    else runs.push({ from: p.day, to: p.day });
  }
  return runs;
}

/** A week's or month's bar: its days, its strikes and how many of its days have a release. */
export interface ChartBucket {
  from: Day;
  to: Day;
  strikes: number;
  coveredDays: number;
  totalDays: number;
}

/** The text of a chart of strikes per week or month: "…: 3 strikes in 2 of 9 weeks; no release on 12 days". */
export function bucketChartText(title: string, window: Window, unit: 'week' | 'month', buckets: readonly ChartBucket[]): ChartText {
  const strikes = buckets.reduce((n, b) => n + b.strikes, 0);
  const withStrikes = buckets.filter((b) => b.strikes > 0).length;
  const missing = buckets.reduce((n, b) => n + b.totalDays - b.coveredDays, 0);
  return {
    summary: `${title}, ${longWindow(window)}: ${plural(strikes, 'strike')} in ${withStrikes} of ${plural(buckets.length, unit)}; ${missing ? `no release on ${plural(missing, 'day')}` : 'every day has a release'}`,
    columns: [unit === 'week' ? 'Week' : 'Month', 'Strikes', 'Days with a release'],
    rows: buckets.map((b) => [span(b), String(b.strikes), `${b.coveredDays} of ${b.totalDays}`]),
  };
}

/** Who held a place when, in one sentence: "Who held Palmyra: IS 20 May 2015 – 26 March 2016; government from 27 March 2016". */
export function controlChartText(title: string, periods: ReadonlyArray<{ holder: string; from: Day; to: Day | null; note?: string; source?: string }>): ChartText {
  const spell = (p: { holder: string; from: Day; to: Day | null }) => `${p.holder} ${p.to ? longWindow({ from: p.from, to: p.to }) : `from ${longDay(p.from)}`}`;
  return {
    summary: periods.length ? `${title}: ${periods.map(spell).join('; ')}` : `${title}: no period of control recorded`,
    columns: ['Held by', 'From', 'To', 'Note', 'Source'],
    rows: periods.map((p) => [p.holder, p.from, p.to ?? 'open', p.note ?? '', p.source ?? '']),
  };
}
