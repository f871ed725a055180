import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dailyChartText, longWindow, plotChart } from '../charts/index.js';
import { send } from './api.js';
import { ChartDownloads } from './chartDownload.js';
import { ChartSummary } from './chartSummary.js';
import { addDays, daysBetween, dayTime, nextDay } from './explore/model.js';
import { strikeBars } from './explore/timeline.js';
import type { CheckResult } from './types.js';

const EXAMPLES = [
  'The coalition carried out 8 strikes near Palmyra between its fall in May 2015 and its recapture in March 2016.',
  'Between 19 and 27 February 2017 there were 23 strikes near Palmyra.',
];

function foundText(result: CheckResult): string {
  const f = result.found;
  if (!f) return '—';
  if (f.kind === 'count') return `${String(f.value)} strikes`;
  if (f.kind === 'share') return `${String(f.inside)} of ${String(f.total)}`;
  if (f.kind === 'streak') return `${String(f.strike_days)} strike days, ${String(f.strikes)} strikes`;
  return JSON.stringify(f);
}

function chartTitle(result: CheckResult): string {
  if (!result.place || result.place.kind === 'anywhere') return 'Strikes per day';
  if (result.place.kind === 'country') return `Strikes per day in ${result.place.name}`;
  return `Strikes per day ${result.radius_km !== null ? `within ${result.radius_km} km of` : 'near'} ${result.place.name}`;
}

function WindowChart({ result }: { result: CheckResult }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current || !result.window) return;
    const totals = new Map<string, number>();
    for (const r of result.records) totals.set(r.date, (totals.get(r.date) ?? 0) + r.strikes);
    const bars = [...totals].map(([day, strikes]) => ({ day: new Date(dayTime(day)), strikes }));
    const gaps = (result.coverage?.missing_ranges ?? []).map((g) => ({ x1: new Date(dayTime(g.from)), x2: new Date(dayTime(nextDay(g.to))) }));
    // a short window is shown with a week either side, shaded as the window, so its bars keep a day's width
    const pad = daysBetween(result.window.from, result.window.to) < 14 ? 7 : 0;
    const inWindow = pad ? [{ x1: new Date(dayTime(result.window.from)), x2: new Date(dayTime(nextDay(result.window.to))) }] : [];
    const chart = plotChart({
      width: Math.max(320, el.current.clientWidth || 700),
      height: 160,
      marginLeft: 40,
      x: { type: 'utc', domain: [new Date(dayTime(addDays(result.window.from, -pad))), new Date(dayTime(nextDay(addDays(result.window.to, pad))))] },
      y: { label: 'strikes/day', grid: true },
      marks: [
        Plot.rect(inWindow, { x1: 'x1', x2: 'x2', fill: '#1f5f8b', fillOpacity: 0.1 }),
        Plot.rect(gaps, { x1: 'x1', x2: 'x2', fill: '#000', fillOpacity: 0.08, title: () => 'no release' }),
        ...strikeBars(bars),
        Plot.ruleY([0]),
      ],
    }, `${chartTitle(result)}, ${longWindow(result.window)}`);
    el.current.replaceChildren(chart);
  }, [result]);
  if (!result.window) return null;
  const totals = new Map<string, number>();
  for (const r of result.records) totals.set(r.date, (totals.get(r.date) ?? 0) + r.strikes);
  const text = dailyChartText(chartTitle(result), result.window, [...totals].map(([day, strikes]) => ({ day, strikes })), result.coverage?.missing_ranges ?? []);
  return (
    <>
      <div class="window-chart" ref={el} />
      <ChartSummary text={text} />
    </>
  );
}

/** The claim checker: a sentence in, a verdict card out, with the records that make the count. */
export function Checker({ initial }: { initial: string }) {
  const [sentence, setSentence] = useState(initial || EXAMPLES[0]!);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async (event?: Event) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await send<CheckResult>('POST', '/api/check', { sentence }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initial) void check();
  }, []);
  return (
    <section class="checker">
      <h1>Check a claim</h1>
      <form onSubmit={check}>
        <label for="sentence">A sentence with a number of strikes, a place and a time</label>
        <textarea id="sentence" name="sentence" rows={3} value={sentence} onInput={(e) => setSentence((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="row">
          <button type="submit" disabled={busy}>{busy ? 'Checking…' : 'Check'}</button>
          <span class="muted">Examples: {EXAMPLES.map((text, i) => <button type="button" class="link" onClick={() => setSentence(text)}>{i + 1}</button>)}</span>
        </div>
      </form>
      {error ? <p class="problem" role="alert">{error}</p> : null}
      {result ? (
        <article class={`verdict-card verdict-${result.verdict}`} data-testid="verdict">
          <header>
            <span class="verdict-badge">{result.verdict.replace(/-/g, ' ')}</span>
            <p class="message">{result.message}</p>
          </header>
          {result.interpretation.length ? (
            <>
              <h3>Read as</h3>
              <ul class="interpretation">{result.interpretation.map((line) => <li>{line}</li>)}</ul>
            </>
          ) : null}
          <dl class="figures">
            <div><dt>Claimed</dt><dd>{result.claimed ? `${result.claimed.text} (accepted: ${result.claimed.accepted})` : '—'}</dd></div>
            <div><dt>Found</dt><dd data-testid="found">{foundText(result)}</dd></div>
            <div><dt>Window</dt><dd>{result.window ? `${result.window.from}..${result.window.to}` : '—'}</dd></div>
            <div><dt>Place</dt><dd>{result.place ? `${result.place.name}${result.place.aliases.length ? ` (${result.place.aliases.join(', ')})` : ''}${result.radius_km !== null ? `, within ${result.radius_km} km` : ''}` : '—'}</dd></div>
            <div><dt>Coverage</dt><dd>{result.coverage ? `${result.coverage.covered_days} of ${result.coverage.total_days} days have a release${result.coverage.missing_ranges.length ? `; ${result.coverage.missing_ranges.length} gaps` : ''}` : '—'}</dd></div>
          </dl>
          {result.problems.length ? <ul class="problems">{result.problems.map((p) => <li>{p}</li>)}</ul> : null}
          {result.window ? (
            <>
              <div class="chart-head"><h3>The window</h3><ChartDownloads chart={() => document.querySelector('.window-chart svg')} name="claim-window" /></div>
              <WindowChart result={result} />
            </>
          ) : null}
          {result.parts.length > 1 ? (
            <>
              <h3>Each claim</h3>
              <ul>{result.parts.map((p) => <li><strong>{p.verdict}</strong>: {p.text}</li>)}</ul>
            </>
          ) : null}
          <h3>Contributing records ({result.records.length})</h3>
          <table class="contrib">
            <thead><tr><th>Date</th><th>Place as written</th><th class="num">Strikes</th><th>Source</th></tr></thead>
            <tbody>{result.records.slice(0, 500).map((r) => <tr><td>{r.date}</td><td>{r.place}</td><td class="num">{r.strikes}</td><td class="source">{r.source}</td></tr>)}</tbody>
          </table>
          {result.records.length > 500 ? <p class="muted">and {result.records.length - 500} more</p> : null}
        </article>
      ) : null}
    </section>
  );
}
