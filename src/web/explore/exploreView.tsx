import { useEffect, useRef, useState } from 'preact/hooks';
import { dailyChartText, type ChartText } from '../../charts/index.js';
import { getJson, query } from '../api.js';
import { ChartDownloads } from '../chartDownload.js';
import { ChartSummary } from '../chartSummary.js';
import { navigate } from '../router.js';
import type { ExplorePayload, StrikeRecord, Window } from '../types.js';
import { StrikeMap } from './map.js';
import { ExploreModel, gapsOf } from './model.js';
import { RecordTable } from './table.js';
import { Timeline } from './timeline.js';

export interface ExploreFilters {
  country: string;
  near: string;
  radius_km: string;
  target: string;
  from: string;
  to: string;
  /** '' or 'strike': by the day the strikes happened; 'reported': by the release's day. */
  dated_by: string;
}

const FILTER_KEYS: Array<keyof ExploreFilters> = ['country', 'near', 'radius_km', 'target', 'from', 'to', 'dated_by'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The brushed window a link carries (`brush_from`, `brush_to`), or null. */
function brushOf(url: URL): Window | null {
  const from = url.searchParams.get('brush_from') ?? '';
  const to = url.searchParams.get('brush_to') ?? '';
  return DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : null;
}

/** The address bar follows the brush without a history entry per move, so the view can be shared as a link. */
let brushUrlTimer: ReturnType<typeof setTimeout> | undefined;
function keepBrushInUrl(window: Window | null): void {
  clearTimeout(brushUrlTimer);
  brushUrlTimer = setTimeout(() => {
    const url = new URL(location.href);
    if (!url.pathname.startsWith('/explore') && url.pathname !== '/') return;
    if (window) {
      url.searchParams.set('brush_from', window.from);
      url.searchParams.set('brush_to', window.to);
    } else {
      url.searchParams.delete('brush_from');
      url.searchParams.delete('brush_to');
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }, 150);
}

function filtersOf(url: URL): ExploreFilters {
  const f = {} as ExploreFilters;
  for (const key of FILTER_KEYS) f[key] = url.searchParams.get(key) ?? '';
  return f;
}

declare global {
  interface Window {
    __airledgerReady?: number;
    __airledgerRedrawMs?: number;
    __airledger?: { brush(from: string, to: string): number; visiblePlaces(): number };
  }
}

/** The explore view: map, timeline and table over one payload, kept in sync by the timeline's brush. */
export function ExploreView({ url }: { url: URL }) {
  const filters = filtersOf(url);
  const key = FILTER_KEYS.map((k) => filters[k]).join('|');
  const mapEl = useRef<HTMLDivElement>(null);
  const timelineEl = useRef<HTMLDivElement>(null);
  const tableEl = useRef<HTMLDivElement>(null);
  const summaryEl = useRef<HTMLParagraphElement>(null);
  const csvLink = useRef<HTMLAnchorElement>(null);
  const geojsonLink = useRef<HTMLAnchorElement>(null);
  const parts = useRef<{ map: StrikeMap; timeline: Timeline; table: RecordTable; model: ExploreModel | null } | null>(null);
  const [payload, setPayload] = useState<ExplorePayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [chartText, setChartText] = useState<ChartText | null>(null);

  const apply = (window: Window | null): number => {
    const started = performance.now();
    const p = parts.current;
    if (!p?.model || !p.model.payload.window) return 0;
    const w = window ?? p.model.payload.window;
    keepBrushInUrl(window);
    const s = p.model.summarize(w);
    p.map.update(s.placeStrikes);
    p.table.setRange(s.offset, s.count);
    if (summaryEl.current) {
      const dating = p.model.payload.datedBy === 'reported' ? 'by release day' : 'by strike day';
      summaryEl.current.textContent = `${s.strikes.toLocaleString('en')} strikes in ${s.count.toLocaleString('en')} records · ${w.from}..${w.to} · ${dating} · ${s.releaseDays} of ${s.totalDays} days have a release${window ? ' · brushed (double-click the timeline, or press Escape on it, to clear)' : ''}`;
      summaryEl.current.dataset.records = String(s.count);
      summaryEl.current.dataset.from = w.from;
      summaryEl.current.dataset.to = w.to;
    }
    // the downloads follow the view: its filters and the brushed window
    const view = { ...filtersOf(new URL(location.href)), from: w.from, to: w.to };
    if (csvLink.current) csvLink.current.href = `/api/strikes${query({ ...view, format: 'csv' })}`;
    if (geojsonLink.current) geojsonLink.current.href = `/api/strikes${query({ ...view, format: 'geojson' })}`;
    const ms = performance.now() - started;
    globalThis.window.__airledgerRedrawMs = ms;
    return ms;
  };

  useEffect(() => {
    const fetchPage = async (offset: number, limit: number): Promise<StrikeRecord[]> => {
      const model = parts.current?.model;
      if (!model) return [];
      const { day, skip } = model.locate(offset);
      const f = filtersOf(new URL(location.href));
      const body = await getJson<{ records: StrikeRecord[] }>(`/api/explore/records${query({ ...f, from: model.payload.window?.from, to: model.payload.window?.to, start: day, skip, limit })}`);
      return body.records;
    };
    parts.current = {
      map: new StrikeMap(mapEl.current!, (name) => navigate(`/places/${encodeURIComponent(name)}`)),
      timeline: new Timeline(timelineEl.current!, (w) => apply(w)),
      table: new RecordTable(tableEl.current!, fetchPage),
      model: null,
    };
    globalThis.window.__airledger = {
      brush: (from, to) => {
        parts.current?.timeline.setBrush({ from, to });
        return apply({ from, to });
      },
      visiblePlaces: () => parts.current?.map.visibleCount() ?? 0,
    };
    return () => {
      parts.current?.map.remove();
      parts.current = null;
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    document.documentElement.removeAttribute('data-ready');
    getJson<ExplorePayload>(`/api/explore${query({ ...filters })}`, controller.signal).then(
      (body) => {
        const p = parts.current;
        if (!p) return;
        const model = new ExploreModel(body);
        p.model = model;
        p.map.setPlaces(body.places, true);
        p.table.reset(body.records);
        if (body.window) {
          const gaps = gapsOf(body.window, body.releaseDays);
          p.timeline.render({ window: body.window, days: model.days, dayStrikes: model.dayStrikes, gaps, periods: body.control?.periods ?? [] });
          const where = body.place ? ` ${body.radiusKm !== null ? `within ${body.radiusKm} km of` : 'near'} ${body.place.name}` : body.countryCode ? ` in ${body.countryCode}` : '';
          setChartText(dailyChartText(`Strikes per day${where}`, body.window, model.days.map((day, i) => ({ day, strikes: model.dayStrikes[i] ?? 0 })), gaps));
        } else {
          setChartText(null);
        }
        // a shared link brings its brushed window back, kept inside the data's window
        const linked = brushOf(new URL(location.href));
        const brush = linked && body.window ? { from: linked.from < body.window.from ? body.window.from : linked.from, to: linked.to > body.window.to ? body.window.to : linked.to } : null;
        if (brush && brush.from <= brush.to) {
          p.timeline.setBrush(brush);
          apply(brush);
        } else apply(null);
        setPayload(body);
        document.title = body.place ? `${body.place.name} · Explore · AirLedger` : 'Explore · AirLedger';
        setLoading(false);
        requestAnimationFrame(() => {
          globalThis.window.__airledgerReady = performance.now();
          document.documentElement.dataset.ready = '1';
        });
      },
      (e: Error) => {
        if (controller.signal.aborted) return;
        setError(e.message);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key]);

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    for (const k of FILTER_KEYS) next[k] = String(form.get(k) ?? '').trim();
    navigate(`/explore${query(next)}`);
  };

  return (
    <section class="explore">
      <form class="filters" onSubmit={submit} aria-label="filters">
        <label>Country
          <select name="country" value={filters.country}>
            <option value="">all</option>
            <option value="SY">Syria</option>
            <option value="IQ">Iraq</option>
          </select>
        </label>
        <label>Place <input name="near" placeholder="Palmyra, Tadmur…" value={filters.near} size={14} /></label>
        <label>Radius km <input name="radius_km" type="number" min="0" max="500" step="1" value={filters.radius_km} style={{ width: '5em' }} /></label>
        <label>Target
          <select name="target" value={filters.target}>
            <option value="">any</option>
            {(payload?.targets ?? []).map((t) => <option value={t.target}>{t.target} ({t.records})</option>)}
            {filters.target && !payload?.targets.some((t) => t.target === filters.target) ? <option value={filters.target}>{filters.target}</option> : null}
          </select>
        </label>
        <label>From <input name="from" type="date" value={filters.from} /></label>
        <label>To <input name="to" type="date" value={filters.to} /></label>
        <label title="the day the strikes happened, or the day the release reporting them was issued">Dated by
          <select name="dated_by" value={filters.dated_by}>
            <option value="">strike day</option>
            <option value="reported">release day</option>
          </select>
        </label>
        <button type="submit">Apply</button>
        {key.replace(/\|/g, '') ? <a href="/explore">clear</a> : null}
      </form>
      {error ? <p class="problem" role="alert">{error}</p> : null}
      <p class="summary" ref={summaryEl} aria-live="polite">{loading ? 'loading…' : ''}</p>
      <p class="downloads">Download these records: <a ref={csvLink} href="/api/strikes?format=csv" download="strikes.csv">CSV</a> · <a ref={geojsonLink} href="/api/strikes?format=geojson" download="strikes.geojson">GeoJSON</a></p>
      {payload?.place ? (
        <p class="place-line">
          {payload.radiusKm !== null ? `every place within ${payload.radiusKm} km of ` : ''}
          <a href={`/places/${encodeURIComponent(payload.place.name)}`}>{payload.place.name}</a> ({payload.place.countryCode} {payload.place.lat.toFixed(3)}, {payload.place.lon.toFixed(3)})
          {payload.control?.periods.length ? ' · timeline shaded by who held it' : ''}
        </p>
      ) : null}
      <div class="explore-grid">
        <div class="map" ref={mapEl} data-testid="map" />
        <div class="timeline-box">
          <div class="chart-head"><h2>Strikes per day</h2><ChartDownloads chart={() => parts.current?.timeline.chart ?? null} name="strikes-per-day" /></div>
          <div class="timeline" ref={timelineEl} data-testid="timeline" />
          <ChartSummary text={chartText} />
        </div>
      </div>
      <div class="records" ref={tableEl} data-testid="records" />
    </section>
  );
}
