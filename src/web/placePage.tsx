import * as Plot from '@observablehq/plot';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { chartSvg, dailyChartText, daysWithoutRelease, longWindow, plotChart } from '../charts/index.js';
import { getJson, query } from './api.js';
import { navigate } from './router.js';
import { addBasemap, textNode } from './basemap.js';
import { ChartDownloads } from './chartDownload.js';
import { ChartSummary } from './chartSummary.js';
import { dayTime, nextDay } from './explore/model.js';
import { controlBands, holderColor, strikeBars } from './explore/timeline.js';
import type { Analysis, PlacePagePayload } from './types.js';

function ControlChart({ data }: { data: PlacePagePayload }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current || !data.window) return;
    const window = data.window;
    const bars = data.series.filter((p) => (p.strikes ?? 0) > 0).map((p) => ({ day: new Date(dayTime(p.day)), strikes: p.strikes ?? 0 }));
    const bands = controlBands(data.control.periods, window);
    const holders = [...new Set(bands.map((b) => b.holder))];
    const chart = plotChart({
      width: Math.max(320, el.current.clientWidth || 800),
      height: 200,
      marginLeft: 44,
      x: { type: 'utc', domain: [new Date(dayTime(window.from)), new Date(dayTime(nextDay(window.to)))] },
      y: { label: 'strikes/day', grid: true },
      color: { domain: holders, range: holders.map(holderColor), legend: holders.length > 0 },
      marks: [
        Plot.rect(bands, { x1: 'x1', x2: 'x2', fill: 'holder', fillOpacity: 0.3, title: (b: { holder: string }) => `held by ${b.holder}` }),
        ...strikeBars(bars),
        Plot.ruleY([0]),
      ],
    }, `Strikes per day near ${data.place.name}, ${longWindow(window)}, shaded by who held it`);
    el.current.replaceChildren(chart);
  }, [data]);
  const text = data.window ? dailyChartText(`Strikes per day near ${data.place.name}`, data.window, data.series.map((p) => ({ day: p.day, strikes: p.strikes ?? 0 })), daysWithoutRelease(data.series)) : null;
  return (
    <>
      <div class="control-chart" ref={el} data-testid="control-chart" />
      <ChartSummary text={text} />
    </>
  );
}

function SmallMap({ lat, lon, name }: { lat: number; lon: number; name: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = L.map(el.current, { preferCanvas: true, zoomControl: false, attributionControl: true }).setView([lat, lon], 7);
    addBasemap(map);
    L.circleMarker([lat, lon], { radius: 7, color: '#8c1d18', fillColor: '#d2452f', fillOpacity: 0.8 }).bindTooltip(() => textNode(name)).addTo(map);
    return () => map.remove();
  }, [lat, lon, name]);
  return <div class="small-map" ref={el} />;
}

/** Where each period and event of the chart comes from, built in or the ledger's own, and the built-in ones replaced. */
function ControlSources({ data }: { data: PlacePagePayload }) {
  const { periods, events, overridden } = data.control;
  if (!periods.length && !events.length) return null;
  const row = (item: { holder?: string; from: string; to: string | null; source: string; builtIn?: boolean }, label: string) => (
    <tr><td>{label}</td><td>{item.from}</td><td>{item.to ?? '(open)'}</td><td>{item.source || '—'}</td><td>{item.builtIn ? 'built in' : 'this ledger'}</td></tr>
  );
  return (
    <details class="control-sources" data-testid="control-sources">
      <summary>Sources of the control periods and events</summary>
      <table>
        <thead><tr><th>Period or event</th><th>From</th><th>To</th><th>Source</th><th>From where</th></tr></thead>
        <tbody>
          {periods.map((p) => row(p, `held by ${p.holder}`))}
          {events.map((e) => row(e, e.name))}
        </tbody>
      </table>
      {overridden.periods.length || overridden.events.length ? (
        <>
          <p class="muted">Built in, replaced by this ledger's own for the same days:</p>
          <table>
            <tbody>
              {overridden.periods.map((p) => row(p, `held by ${p.holder}`))}
              {overridden.events.map((e) => row(e, e.name))}
            </tbody>
          </table>
        </>
      ) : null}
    </details>
  );
}

/** What a place page's link may carry besides the place: a window of the record, a radius and the dating. */
const VIEW_KEYS = ['from', 'to', 'radius_km', 'dated_by'] as const;
type PlaceView = Partial<Record<(typeof VIEW_KEYS)[number], string>>;

function viewOf(url: URL): PlaceView {
  const view: PlaceView = {};
  for (const key of VIEW_KEYS) {
    const value = url.searchParams.get(key);
    if (value) view[key] = value;
  }
  return view;
}

/**
 * A place's page: its names, where it is, who held it when, the strikes per period, streaks and analyses.
 * The window and radius live in the link (`/places/palmyra?from=2015-05-20&to=2016-03-27&radius_km=25`).
 */
export function PlacePage({ name, url }: { name: string; url: URL }) {
  const view = viewOf(url);
  const viewKey = VIEW_KEYS.map((k) => view[k] ?? '').join('|');
  const datedBy = view.dated_by === 'reported' ? 'reported' : 'strike';
  const [data, setData] = useState<PlacePagePayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [analyses, setAnalyses] = useState<Analysis[] | null>(null);
  useEffect(() => {
    setData(null);
    setError(null);
    document.documentElement.removeAttribute('data-place-ready');
    getJson<PlacePagePayload>(`/api/places/${encodeURIComponent(name)}${query(view)}`).then(
      (body) => {
        setData(body);
        document.title = `${body.place.name} · AirLedger`;
        requestAnimationFrame(() => document.documentElement.setAttribute('data-place-ready', String(performance.now())));
        getJson<Analysis[] | { analyses: Analysis[] }>(`/api/analyses${query({ place: body.place.key })}`).then(
          (list) => {
            const all = Array.isArray(list) ? list : list.analyses;
            const names = new Set(body.names.map((n) => n.toLowerCase()).concat(body.place.key.toLowerCase()));
            setAnalyses(all.filter((a) => [...(a.places ?? []), ...(a.tags ?? [])].some((t) => names.has(String(t).toLowerCase()))));
          },
          () => setAnalyses([]),
        );
      },
      (e: Error) => setError(e.message),
    );
  }, [name, viewKey]);

  const setView = (next: PlaceView) => navigate(`/places/${encodeURIComponent(name)}${query(next)}`);
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: PlaceView = {};
    for (const key of VIEW_KEYS) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next[key] = value;
    }
    setView(next);
  };

  if (error) return <section><h1>{name}</h1><p class="problem" role="alert">{error}</p></section>;
  if (!data) return <p>loading…</p>;
  const { place } = data;
  const aliases = data.names.filter((n) => n !== place.name);
  return (
    <section class="place-page">
      <h1>{place.name}</h1>
      <p class="names" data-testid="names">
        {aliases.length ? <>Also written: {aliases.join(', ')}</> : 'No other names known.'}
        {' · '}{place.countryCode} {place.lat.toFixed(3)}, {place.lon.toFixed(3)} · <code>{place.key}</code>
      </p>
      <div class="place-top">
        <SmallMap lat={place.lat} lon={place.lon} name={place.name} />
        <div class="place-facts">
          <p data-testid="place-total" data-from={data.window?.from} data-to={data.window?.to}>
            <strong>{data.strikes.toLocaleString('en')}</strong> strikes in {data.records.toLocaleString('en')} records
            {data.radiusKm !== null ? ` within ${data.radiusKm} km` : ''}{data.window ? ` · ${data.window.from}..${data.window.to}` : ''}
          </p>
          <p data-testid="dating">
            Counted by {datedBy === 'strike' ? 'strike day (the day the strikes happened)' : 'release day (the day each release was issued)'} ·{' '}
            <a href={`/places/${encodeURIComponent(name)}${query({ ...view, dated_by: datedBy === 'strike' ? 'reported' : undefined })}`}>by {datedBy === 'strike' ? 'release' : 'strike'} day instead</a>
          </p>
          <form class="filters" onSubmit={submit} aria-label="window">
            {view.dated_by ? <input type="hidden" name="dated_by" value={view.dated_by} /> : null}
            <label>From <input name="from" type="date" value={view.from ?? ''} /></label>
            <label>To <input name="to" type="date" value={view.to ?? ''} /></label>
            <label>Radius km <input name="radius_km" type="number" min="0" max="500" step="1" value={view.radius_km ?? ''} style={{ width: '5em' }} /></label>
            <button type="submit">Show</button>
            {viewKey.replace(/\|/g, '') ? <a href={`/places/${encodeURIComponent(name)}`}>whole record</a> : null}
          </form>
          <p>
            <a href={`/explore${query({ near: place.name, from: view.from, to: view.to, radius_km: view.radius_km, dated_by: view.dated_by })}`}>Explore these strikes</a> · <a href={`/explore${query({ near: place.name, radius_km: 25, dated_by: view.dated_by })}`}>within 25 km</a> ·{' '}
            <a href={`/check${query({ q: `strikes near ${place.name} in 2016` })}`}>check a claim</a>
          </p>
        </div>
      </div>
      <div class="chart-head"><h2>Control and strikes</h2><ChartDownloads chart={() => { const chart = document.querySelector('.control-chart > *'); return chart ? chartSvg(chart) : null; }} name={`${place.name}-control`} /></div>
      {data.control.periods.length === 0 ? <p class="muted">No control periods recorded for this place; the bars are the strikes per day.</p> : null}
      <ControlChart data={data} />
      <ControlSources data={data} />
      <div class="place-tables">
        <div>
          <h2>Strikes per control period</h2>
          <table data-testid="periods">
            <thead><tr><th>Held by</th><th>From</th><th>To</th><th class="num">Strikes</th></tr></thead>
            <tbody>
              {data.periods.map((p) => (
                <tr>
                  <td>{p.period ? <span class="swatch" style={{ background: holderColor(p.period.holder) }} /> : null}{p.period?.holder ?? 'no period recorded'}</td>
                  <td><a href={`/places/${encodeURIComponent(name)}${query({ ...view, from: p.window.from, to: p.window.to })}`}>{p.window.from}</a></td><td>{p.window.to}</td><td class="num">{p.strikes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h2>Longest streaks</h2>
          {data.streaks.length ? (
            <table data-testid="streaks">
              <thead><tr><th>From</th><th>To</th><th class="num">Days</th><th class="num">Strikes</th></tr></thead>
              <tbody>{data.streaks.map((s) => <tr><td>{s.from}</td><td>{s.to}</td><td class="num">{s.days}</td><td class="num">{s.strikes}</td></tr>)}</tbody>
            </table>
          ) : <p class="muted">No run of strike days.</p>}
          <p class="muted">A day without a release ends a run.</p>
        </div>
      </div>
      <h2>Analyses about {place.name}</h2>
      {analyses === null ? <p class="muted">loading…</p> : analyses.length ? (
        <ul>{analyses.map((a) => <li><a href={`/analyses/${encodeURIComponent(a.slug)}`}>{a.title}</a></li>)}</ul>
      ) : <p class="muted">No published analysis is tagged with this place yet.</p>}
    </section>
  );
}
