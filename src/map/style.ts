/**
 * The inline MapLibre style: our own layers only, no network. No `glyphs` URL: MapLibre then draws
 * label glyphs locally with the browser's fonts (TinySDF), so Vietnamese text needs no font server.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const EMPTY_COLLECTION = { type: 'FeatureCollection', features: [] } as const;

export const LAYER_IDS = {
  parcelsFill: 'parcels-fill',
  parcelsLine: 'parcels-line',
  parcelsSelected: 'parcels-selected',
  parcelsLabel: 'parcels-label',
  zoneFill: 'zone-fill',
  zoneLine: 'zone-line',
  accessRoad: 'access-road',
  residentialEdge: 'residential-edge',
  basemap: 'osm-basemap',
} as const;

export const BASEMAP_SOURCE = 'osm';

const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];

/**
 * A line as wide on screen as `widthM` metres on the ground at Đồng Dọc's latitude (~20.85° N),
 * where a web-mercator pixel at zoom z covers 146 300 / 2^z m. Exponential base 2 keeps it exact.
 */
function groundWidth(widthM: unknown): unknown {
  const metresPerPixelAtZoom0 = 146_300;
  return ['interpolate', ['exponential', 2], ['zoom'],
    10, ['max', 1, ['*', widthM, 2 ** 10 / metresPerPixelAtZoom0]],
    22, ['*', widthM, 2 ** 22 / metresPerPixelAtZoom0]];
}

/**
 * Cadastral labels: the parcel number, and from zoom 17.5 its area below it, as a cadastral sheet
 * writes "số thửa / diện tích" — in the user's number format (1.250,3 in Vietnamese).
 */
function parcelLabel(locale: string): unknown {
  return ['step', ['zoom'],
    ['to-string', ['get', 'parcelNo']],
    17.5, ['format',
      ['to-string', ['get', 'parcelNo']], { 'font-scale': 1 },
      '\n', {},
      ['number-format', ['get', 'areaM2'], { locale, 'min-fraction-digits': 1, 'max-fraction-digits': 1 }], { 'font-scale': 0.8 },
    ]];
}

/** The style; `numberLocale` formats numbers drawn on the map ('vi-VN' or 'en-US'). */
export function buildStyle(numberLocale = 'vi-VN'): StyleSpecification {
  return {
    version: 8,
    name: 'phanlo cadastral',
    sources: {
      context: { type: 'geojson', data: EMPTY_COLLECTION as never },
      parcels: { type: 'geojson', data: EMPTY_COLLECTION as never, promoteId: 'id' },
      zone: { type: 'geojson', data: EMPTY_COLLECTION as never },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef0e6' } },
      {
        id: 'village-fill', type: 'fill', source: 'context', filter: ['==', ['get', 'kind'], 'village'],
        paint: { 'fill-color': '#f3d9d2', 'fill-opacity': 0.7 },
      },
      {
        id: 'canal-fill', type: 'fill', source: 'context',
        filter: ['all', ['==', ['get', 'kind'], 'canal'], ['==', ['geometry-type'], 'Polygon']],
        paint: { 'fill-color': '#9cc8e6' },
      },
      {
        id: LAYER_IDS.parcelsFill, type: 'fill', source: 'parcels',
        paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.85 },
      },
      {
        id: LAYER_IDS.parcelsLine, type: 'line', source: 'parcels',
        paint: { 'line-color': '#6b5b4b', 'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.3, 18, 1.2] },
      },
      {
        id: 'canal-line', type: 'line', source: 'context',
        filter: ['all', ['==', ['get', 'kind'], 'canal'], ['==', ['geometry-type'], 'LineString']],
        paint: { 'line-color': '#3d8fc6', 'line-width': groundWidth(['coalesce', ['get', 'widthM'], 4]) as never },
      },
      {
        id: 'road-line', type: 'line', source: 'context', filter: ['==', ['get', 'kind'], 'road'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#b9b2a6', 'line-width': groundWidth(['coalesce', ['get', 'widthM'], 6]) as never },
      },
      {
        id: LAYER_IDS.zoneFill, type: 'fill', source: 'zone', filter: ['==', ['get', 'role'], 'zone'],
        paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.06 },
      },
      {
        id: LAYER_IDS.residentialEdge, type: 'line', source: 'zone', filter: ['==', ['get', 'role'], 'residential'],
        paint: { 'line-color': '#d35400', 'line-width': 5, 'line-opacity': 0.55 },
      },
      {
        id: LAYER_IDS.zoneLine, type: 'line', source: 'zone', filter: ['==', ['get', 'role'], 'zone'],
        paint: { 'line-color': '#c0392b', 'line-width': 3, 'line-dasharray': [3, 1.5] },
      },
      {
        id: LAYER_IDS.parcelsSelected, type: 'line', source: 'parcels',
        filter: ['==', ['get', 'id'], ''],
        paint: { 'line-color': '#1f4fd1', 'line-width': 4 },
      },
      {
        id: LAYER_IDS.parcelsLabel, type: 'symbol', source: 'parcels', minzoom: 16.2,
        layout: {
          'text-field': parcelLabel(numberLocale) as never,
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 16, 10, 19, 15],
          'text-allow-overlap': false,
        },
        paint: { 'text-color': '#3b2f24', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: 'road-label', type: 'symbol', source: 'context', filter: ['==', ['get', 'kind'], 'road'], minzoom: 15,
        layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12 },
        paint: { 'text-color': '#4a4038', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}

/** The opt-in OpenStreetMap raster source: only added when the user turns it on. */
export const OSM_RASTER_SOURCE = {
  type: 'raster' as const,
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: '© OpenStreetMap contributors',
};
