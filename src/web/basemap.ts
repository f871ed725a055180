import L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

// An offline basemap from Natural Earth (world-atlas): land, borders and a few city labels; tiles only when
// the user gives a tile URL in the settings.

export const TILE_URL_KEY = 'airledger.tileUrl';

const CITIES: Array<[string, number, number]> = [
  ['Damascus', 33.513, 36.292],
  ['Baghdad', 33.315, 44.366],
  ['Aleppo', 36.202, 37.134],
  ['Mosul', 36.34, 43.13],
  ['Raqqa', 35.95, 39.01],
  ['Deir ez-Zor', 35.336, 40.141],
  ['Palmyra', 34.56, 38.268],
  ['Homs', 34.733, 36.716],
  ['Ramadi', 33.42, 43.3],
  ['Kirkuk', 35.468, 44.392],
];

/** Adds the basemap to `map`: tiles from the saved URL when there is one, else land, borders and labels. */
export function addBasemap(map: L.Map): void {
  const tileUrl = localStorage.getItem(TILE_URL_KEY);
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: 'tiles: see settings' }).addTo(map);
  } else {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
    L.geoJSON(feature(topology, topology.objects.land), {
      style: { color: '#c9c2b0', weight: 0, fillColor: '#f1ede3', fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    L.geoJSON(mesh(topology, topology.objects.countries, (a, b) => a !== b), {
      style: { color: '#9c9280', weight: 1, dashArray: '3 3', fill: false },
      interactive: false,
    }).addTo(map);
  }
  const labels = L.layerGroup();
  for (const [name, lat, lon] of CITIES) {
    const el = document.createElement('span');
    el.textContent = name;
    L.marker([lat, lon], { icon: L.divIcon({ className: 'city-label', html: el, iconSize: undefined }), interactive: false, keyboard: false }).addTo(labels);
  }
  labels.addTo(map);
  map.attributionControl.addAttribution('Natural Earth');
}

/** Tooltip content as text: Leaflet writes a string tooltip as HTML, so names from the ledger go in as a node. */
export function textNode(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}
