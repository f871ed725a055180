import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { CountReport } from '../analysis/index.js';
import { bucketChartText, dailyChartText, daysWithoutRelease, plotChart, type ChartText } from '../charts/index.js';
import type { ControlEvent, ControlPeriod } from '../control/index.js';

// Charts are drawn on the server into a DOM of their own: published pages need no script.
const newDocument = () => parseHTML('<html><body></body></html>').document as unknown as Document;

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
const dayAfter = (day: string) => new Date(dateOf(day).getTime() + 86_400_000);

/** A bar per day, week or month of a count's series; bars of buckets missing releases are paler. Null without a series. */
export function strikesChartSvg(report: CountReport, title: string): string | null {
  const series = report.series;
  if (!series) return null;
  const bars = series.unit === 'day'
    ? series.points.map((p) => ({ from: p.day, to: p.day, strikes: p.strikes ?? 0, covered: p.strikes === null ? 0 : 1, days: 1 }))
    : series.buckets.map((b) => ({ from: b.window.from, to: b.window.to, strikes: b.strikes, covered: b.coveredDays, days: b.totalDays }));
  const rows = bars.map((b) => ({
    x1: dateOf(b.from),
    x2: dayAfter(b.to),
    strikes: b.strikes,
    coverage: b.covered === b.days ? 'every day has a release' : b.covered === 0 ? 'no release' : 'some days without a release',
    title: `${b.from === b.to ? b.from : `${b.from}..${b.to}`}: ${b.strikes} strikes; ${b.covered} of ${b.days} days have a release`,
  }));
  const svg = plotChart({
    document: newDocument(),
    width: 640,
    height: 240,
    marginLeft: 40,
    x: { type: 'utc', label: null },
    y: { label: `strikes per ${series.unit}`, grid: true },
    color: { domain: ['every day has a release', 'some days without a release', 'no release'], range: ['#3b6ea5', '#9db8d6', '#dddddd'], legend: false },
    marks: [
      Plot.rectY(rows, { x1: 'x1', x2: 'x2', y: 'strikes', fill: 'coverage', title: 'title', inset: 0.5 }),
      Plot.ruleY([0]),
    ],
  }, title);
  return svg.outerHTML;
}

/** The summary and table of `strikesChartSvg`'s chart: the same bars, in words and rows. Null without a series. */
export function strikesChartText(report: CountReport, title: string): ChartText | null {
  const series = report.series;
  if (!series) return null;
  if (series.unit !== 'day') {
    return bucketChartText(title, report.window, series.unit, series.buckets.map((b) => ({ ...b.window, strikes: b.strikes, coveredDays: b.coveredDays, totalDays: b.totalDays })));
  }
  return dailyChartText(title, report.window, series.points.map((p) => ({ day: p.day, strikes: p.strikes ?? 0 })), daysWithoutRelease(series.points));
}

/** Bands of who held a place when, with its named events as ticks; open periods run to `until`. */
export function controlBandsSvg(periods: ControlPeriod[], events: ControlEvent[], until: string, title: string): string {
  const rows = periods.map((p) => ({
    x1: dateOf(p.from),
    x2: dayAfter(p.to ?? until),
    holder: p.holder,
    title: `${p.holder}: ${p.from}..${p.to ?? 'open'}${p.note ? ` (${p.note})` : ''}`,
  }));
  const ticks = events.map((e) => ({ x: dateOf(e.from), title: `${e.name}: ${e.from}${e.to ? `..${e.to}` : ''}` }));
  const svg = plotChart({
    document: newDocument(),
    width: 640,
    height: 60 + 28 * new Set(periods.map((p) => p.holder)).size,
    marginLeft: 90,
    x: { type: 'utc', label: null },
    y: { label: null },
    marks: [
      Plot.barX(rows, { x1: 'x1', x2: 'x2', y: 'holder', fill: 'holder', title: 'title' }),
      Plot.tickX(ticks, { x: 'x', stroke: '#222', strokeDasharray: '3,2', title: 'title' }),
    ],
  }, title);
  return svg.outerHTML;
}
