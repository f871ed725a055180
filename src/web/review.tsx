import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, send } from './api.js';
import { addBasemap, textNode } from './basemap.js';
import type { HeldCount, ReviewItem } from './types.js';

const COUNTRY_CODES: Record<string, string> = { Syria: 'SY', Iraq: 'IQ' };

function PinMap({ item, onPin }: { item: ReviewItem; onPin: (lat: number, lon: number) => void }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const start = item.current ?? item.candidates[0]?.place;
    const map = L.map(el.current, { preferCanvas: true }).setView(start ? [start.lat, start.lon] : [34.8, 40.5], start ? 9 : 6);
    addBasemap(map);
    for (const c of item.candidates) L.circleMarker([c.place.lat, c.place.lon], { radius: 5, color: '#555' }).bindTooltip(() => textNode(c.place.name)).addTo(map);
    let pin: L.CircleMarker | null = null;
    map.on('click', (event: L.LeafletMouseEvent) => {
      pin?.remove();
      pin = L.circleMarker(event.latlng, { radius: 7, color: '#8c1d18', fillColor: '#d2452f', fillOpacity: 0.9 }).addTo(map);
      onPin(Number(event.latlng.lat.toFixed(5)), Number(event.latlng.lng.toFixed(5)));
    });
    return () => map.remove();
  }, [item.placeText]);
  return <div class="pin-map" ref={el} />;
}

function ReviewRow({ item, onSettled }: { item: ReviewItem; onSettled: (message: string) => void }) {
  const [pinning, setPinning] = useState(false);
  const [point, setPoint] = useState<{ lat: number; lon: number } | null>(null);
  const [country, setCountry] = useState(COUNTRY_CODES[item.country] ?? item.current?.countryCode ?? '');
  const [error, setError] = useState<string | null>(null);
  // typed coordinates, for readers without a mouse; a click on the map fills the same fields
  const [typed, setTyped] = useState({ lat: '', lon: '' });
  const setCoordinate = (key: 'lat' | 'lon', text: string) => {
    const next = { ...typed, [key]: text };
    setTyped(next);
    const lat = Number(next.lat);
    const lon = Number(next.lon);
    const valid = next.lat.trim() !== '' && next.lon.trim() !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    setPoint(valid ? { lat, lon } : null);
  };
  const act = async (promise: Promise<unknown>, message: string) => {
    setError(null);
    try {
      await promise;
      onSettled(message);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <li class="review-item">
      <h3>{item.placeText} <span class="muted">({item.country}) · {item.status} · {item.records} records, {item.strikes} strikes · {item.firstDate}..{item.lastDate}</span></h3>
      {item.current ? <p>Current guess: {item.current.name} ({item.current.countryCode} {item.current.lat.toFixed(3)}, {item.current.lon.toFixed(3)})</p> : null}
      <ul class="candidates">
        {item.candidates.map((c) => (
          <li>
            <button type="button" class="small" onClick={() => act(send('POST', '/api/places/alias', { name: item.placeText, placeKey: c.place.key }), `"${item.placeText}" is now a name of ${c.place.name}`)}>This one</button>{' '}
            {c.place.name} ({c.place.countryCode} {c.place.lat.toFixed(3)}, {c.place.lon.toFixed(3)}) <span class="muted">score {c.score.toFixed(2)} · {c.place.key}</span>
          </li>
        ))}
        {item.candidates.length === 0 ? <li class="muted">No gazetteer candidate.</li> : null}
      </ul>
      <button type="button" class="small" onClick={() => setPinning(!pinning)}>{pinning ? 'Cancel pin' : 'Pin a point on the map'}</button>
      {pinning ? (
        <div class="pin">
          <PinMap item={item} onPin={(lat, lon) => { setPoint({ lat, lon }); setTyped({ lat: String(lat), lon: String(lon) }); }} />
          <p>
            {point ? `Pin at ${point.lat}, ${point.lon}` : 'Click the map where the place lies, or type its coordinates.'}{' '}
            <label>Latitude <input type="number" step="any" min="-90" max="90" value={typed.lat} onInput={(e) => setCoordinate('lat', (e.currentTarget as HTMLInputElement).value)} /></label>{' '}
            <label>Longitude <input type="number" step="any" min="-180" max="180" value={typed.lon} onInput={(e) => setCoordinate('lon', (e.currentTarget as HTMLInputElement).value)} /></label>{' '}
            <label>Country code <input value={country} size={3} maxLength={2} onInput={(e) => setCountry((e.currentTarget as HTMLInputElement).value.toUpperCase())} /></label>{' '}
            <button type="button" disabled={!point || country.length !== 2} onClick={() => point && act(send('POST', '/api/places/pin', { name: item.placeText, lat: point.lat, lon: point.lon, countryCode: country }), `"${item.placeText}" pinned at ${point.lat}, ${point.lon}`)}>Save pin</button>
          </p>
        </div>
      ) : null}
      {error ? <p class="problem" role="alert">{error}</p> : null}
    </li>
  );
}

/** Lines held because their count is above the review limit: an editor reads the line and accepts its count. */
function HeldCounts({ onAccepted }: { onAccepted: (message: string) => void }) {
  const [held, setHeld] = useState<HeldCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    getJson<HeldCount[]>('/api/review/counts').then(setHeld, (e: Error) => setError(e.message));
  };
  useEffect(load, []);
  const accept = async (h: HeldCount) => {
    setError(null);
    try {
      await send('POST', `/api/review/counts/${h.id}/accept`);
      onAccepted(`${h.placeText}, ${h.strikes.toLocaleString('en-US')} strikes on ${h.date}: accepted; it counts from now on`);
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (held === null || (held.length === 0 && error === null)) return null;
  return (
    <section class="held-counts">
      <h2>Counts held for review</h2>
      <p class="muted">A line claiming more than 200 strikes is kept as written but left out of every count until an editor checks it against the release.</p>
      {error ? <p class="problem" role="alert">{error}</p> : null}
      <ul class="review-list">
        {held.map((h) => (
          <li class="review-item" key={h.id}>
            <h3>{h.placeText} <span class="muted">({h.country}) · {h.strikes.toLocaleString('en-US')} strikes · {h.date}</span></h3>
            <p><q>{h.rawLine}</q> <span class="muted">{h.source}</span></p>
            <button type="button" class="small" onClick={() => accept(h)}>Accept this count</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The review queue: counts held for review, and names the ledger could not settle (an editor picks a gazetteer match or pins a point). */
export function ReviewQueue() {
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = () => {
    getJson<ReviewItem[]>('/api/review').catch(() => getJson<ReviewItem[]>('/api/places/review')).then(setItems, (e: Error) => setError(e.message));
  };
  useEffect(load, []);
  return (
    <section class="review">
      <h1>Places to review</h1>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      {error ? <p class="problem" role="alert">{error}</p> : null}
      <HeldCounts onAccepted={setNotice} />
      {items === null ? <p>loading…</p> : items.length === 0 ? <p>Nothing to review: every place name is settled.</p> : (
        <ul class="review-list">{items.map((item) => <ReviewRow key={`${item.placeText}|${item.country}`} item={item} onSettled={(m) => { setNotice(m); load(); }} />)}</ul>
      )}
    </section>
  );
}
