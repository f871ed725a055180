import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { addBasemap } from '../basemap.js';
import type { PlaceAggregate } from '../types.js';

/** Circle radius in pixels for a strike count: area grows with the count. */
export function radiusFor(strikes: number, max: number): number {
  if (strikes <= 0) return 0;
  return 3 + 22 * Math.sqrt(strikes / Math.max(max, 1));
}

/** Keys that move focus between the places' buttons, and by how many places. */
const ROVING_KEYS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };

/**
 * The explore map: one circle per place, sized by its strikes in the current window. Circles are made once
 * per payload; a window change only resizes them (canvas renderer), which keeps a brush move cheap. Over
 * each circle lies a transparent button naming the place and its strikes: Tab reaches one of them, the
 * arrow keys move among them, Enter or Space opens the place. The mouse passes through them to the circles.
 */
export class StrikeMap {
  private readonly map: L.Map;
  private readonly layer = L.layerGroup();
  private circles: L.CircleMarker[] = [];
  private buttons: L.Marker[] = [];
  /** The place button last focused: the one Tab returns to (roving focus, so Tab leaves the map in one step). */
  private current = -1;
  private places: PlaceAggregate[] = [];
  private strikes: Float64Array = new Float64Array(0);

  constructor(element: HTMLElement, private readonly onOpenPlace: (name: string) => void) {
    this.map = L.map(element, { preferCanvas: true, zoomSnap: 0.25, worldCopyJump: true }).setView([34.8, 40.5], 6);
    addBasemap(this.map);
    this.layer.addTo(this.map);
  }

  /** Replaces the circles with the payload's places (sizes come with `update`). */
  setPlaces(places: PlaceAggregate[], fit: boolean): void {
    this.layer.clearLayers();
    this.current = -1;
    this.places = places;
    this.circles = places.map((place, i) => {
      const circle = L.circleMarker([place.lat, place.lon], { radius: 0, color: '#8c1d18', weight: 1, fillColor: '#d2452f', fillOpacity: 0.55 });
      circle.bindTooltip(() => this.tooltip(i), { direction: 'top' });
      circle.on('click', () => this.onOpenPlace(place.name));
      circle.addTo(this.layer);
      return circle;
    });
    this.buttons = places.map((place, i) => {
      const button = L.marker([place.lat, place.lon], { icon: L.divIcon({ className: 'place-button', iconSize: [0, 0] }), interactive: false, keyboard: true });
      button.addTo(this.layer);
      const el = button.getElement()!;
      el.addEventListener('keydown', (event) => {
        const step = ROVING_KEYS[event.key];
        if (step !== undefined) {
          event.preventDefault();
          event.stopPropagation();
          this.focusButton(i, step);
          return;
        }
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        this.onOpenPlace(place.name);
      });
      el.addEventListener('focus', () => {
        this.current = i;
        this.circles[i]?.openTooltip();
      });
      el.addEventListener('blur', () => this.circles[i]?.closeTooltip());
      return button;
    });
    if (fit && places.length === 1) this.map.setView([places[0]!.lat, places[0]!.lon], 8, { animate: false });
    else if (fit && places.length) {
      const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 9, animate: false });
    }
  }

  /** Resizes the circles to the window's strikes per place (indexes of `setPlaces`). */
  update(strikes: Float64Array): void {
    this.strikes = strikes;
    let max = 0;
    for (const n of strikes) if (n > max) max = n;
    const tabbable = this.rovingIndex(strikes);
    for (let i = 0; i < this.circles.length; i++) {
      const n = strikes[i] ?? 0;
      const circle = this.circles[i]!;
      const radius = radiusFor(n, max);
      circle.setRadius(radius);
      circle.setStyle({ opacity: n > 0 ? 1 : 0, fillOpacity: n > 0 ? 0.55 : 0 });
      const el = this.buttons[i]?.getElement();
      if (el) {
        el.style.display = n > 0 ? '' : 'none';
        el.tabIndex = i === tabbable ? 0 : -1;
        const size = `${Math.round(radius * 2)}px`;
        el.style.width = size;
        el.style.height = size;
        el.style.marginLeft = el.style.marginTop = `${-Math.round(radius)}px`;
        el.setAttribute('aria-label', `${this.places[i]?.name ?? ''}: ${n} strike${n === 1 ? '' : 's'} in the window; opens the place page`);
      }
    }
  }

  /** The button Tab lands on: the one last focused if its place still has strikes, else the first that has. */
  private rovingIndex(strikes: Float64Array): number {
    if (this.current >= 0 && (strikes[this.current] ?? 0) > 0) return this.current;
    return strikes.findIndex((n) => n > 0);
  }

  /** Moves focus `step` places along (Home and End: to the first and last), skipping places without strikes. */
  private focusButton(from: number, step: number): void {
    const shown = this.buttons.map((_, i) => i).filter((i) => (this.strikes[i] ?? 0) > 0);
    if (shown.length === 0) return;
    const at = shown.indexOf(from);
    const next = step === -Infinity ? shown[0]! : step === Infinity ? shown[shown.length - 1]! : shown[(at + step + shown.length) % shown.length]!;
    for (const i of [from, next]) {
      const el = this.buttons[i]?.getElement();
      if (el) el.tabIndex = i === next ? 0 : -1;
    }
    this.current = next;
    this.buttons[next]?.getElement()?.focus();
  }

  private tooltip(i: number): HTMLElement {
    const el = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = this.places[i]?.name ?? '';
    el.append(name, document.createElement('br'), `${this.strikes[i] ?? 0} strikes in the window · click (or Enter) for the place page`);
    return el;
  }

  /** Places with strikes in the window, as the map shows them (for tests and screen readers). */
  visibleCount(): number {
    let n = 0;
    for (const s of this.strikes) if (s > 0) n++;
    return n;
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  remove(): void {
    this.map.remove();
  }
}
