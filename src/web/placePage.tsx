import * as Plot from '@observablehq/plot';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { chartSvg, dailyChartText, daysWithoutRelease, longWindow, plotChart } from '../charts/index.js';
import { getJson, query } from './api.js';
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

/** A place's page: its names, where it is, who held it when, the strikes per period, streaks and analyses. */
export function PlacePage({ name }: { name: string }) {
  const [data, setData] = useState<PlacePagePayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [analyses, setAnalyses] = useState<Analysis[] | null>(null);
  useEffect(() => {
    setData(null);
    setError(null);
    document.documentElement.removeAttribute('data-place-ready');
    getJson<PlacePagePayload>(`/api/places/${encodeURIComponent(name)}`).then(
      (body) => {
        setData(body);
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
  }, [name]);

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
          <p><strong>{data.strikes.toLocaleString('en')}</strong> strikes in {data.records.toLocaleString('en')} records{data.window ? ` · ${data.window.from}..${data.window.to}` : ''}</p>
          <p>
            <a href={`/explore${query({ near: place.name })}`}>Explore these strikes</a> · <a href={`/explore${query({ near: place.name, radius_km: 25 })}`}>within 25 km</a> ·{' '}
            <a href={`/check${query({ sentence: `strikes near ${place.name} in 2016` })}`}>check a claim</a>
          </p>
        </div>
      </div>
      <div class="chart-head"><h2>Control and strikes</h2><ChartDownloads chart={() => { const chart = document.querySelector('.control-chart > *'); return chart ? chartSvg(chart) : null; }} name={`${place.name}-control`} /></div>
      {data.control.periods.length === 0 ? <p class="muted">No control periods recorded for this place; the bars are the strikes per day.</p> : null}
      <ControlChart data={data} />
      <div class="place-tables">
        <div>
          <h2>Strikes per control period</h2>
          <table data-testid="periods">
            <thead><tr><th>Held by</th><th>From</th><th>To</th><th class="num">Strikes</th></tr></thead>
            <tbody>
              {data.periods.map((p) => (
                <tr>
                  <td>{p.period ? <span class="swatch" style={{ background: holderColor(p.period.holder) }} /> : null}{p.period?.holder ?? 'no period recorded'}</td>
                  <td>{p.window.from}</td><td>{p.window.to}</td><td class="num">{p.strikes}</td>
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
