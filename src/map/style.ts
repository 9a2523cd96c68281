/**
 * The inline MapLibre style: our own layers only, no network. No `glyphs` URL: MapLibre then draws
 * label glyphs locally with the browser's fonts (TinySDF), so Vietnamese text needs no font server.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER_IDS, SOURCE_IDS } from './map-ids';
import { MAP_PALETTE as C } from './map-palette';
import { perFeatureColour } from './shared-programs';

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
 * Cadastral labels: "tờ/thửa" (or the parcel number alone when one sheet is shown), and from zoom
 * 17.5 its area below it, as a cadastral sheet writes "số thửa / diện tích" — in the user's number
 * format (1.250,3 in Vietnamese). See parcel-labels.ts for where and what.
 */
function parcelLabel(locale: string): unknown {
  return ['step', ['zoom'],
    ['get', 'label'],
    17.5, ['case', ['==', ['typeof', ['get', 'areaM2']], 'number'],
      ['format',
        ['get', 'label'], { 'font-scale': 1 },
        '\n', {},
        ['number-format', ['get', 'areaM2'], { locale, 'min-fraction-digits': 1, 'max-fraction-digits': 1 }], { 'font-scale': 0.8 },
      ],
      ['get', 'label']],
  ];
}

/**
 * The style the map starts with: the background only. Each GeoJSON source comes with its data
 * (`sourceSpecification`) and brings its layers (`dataLayers`, in drawing order): sources created
 * empty cost the map's single worker a load and a round of empty tiles each before the data.
 */
export function buildStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'phanlo cadastral',
    sources: {},
    layers: [{ id: LAYER_IDS.background, type: 'background', paint: { 'background-color': C.background } }],
  };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The whole cadastral style at once, its sources empty until the data comes: for maps built before
 * their data and which place layers of their own between ours (field mode; the planner's map can use
 * it too). The parcels map does not: it adds each source with its data (see buildStyle).
 */
export function cadastralStyleWithEmptySources(numberLocale: string): StyleSpecification {
  const style = buildStyle();
  for (const sourceId of [SOURCE_IDS.parcels, SOURCE_IDS.parcelLabels, SOURCE_IDS.zone, SOURCE_IDS.zoneHoles, SOURCE_IDS.context]) {
    style.sources[sourceId] = sourceSpecification(sourceId, EMPTY);
  }
  style.layers.push(...dataLayers(numberLocale));
  return style;
}

/** A GeoJSON source holding `data` (parcels keep their id as the feature id, for the selection). */
export function sourceSpecification(sourceId: string, data: FeatureCollection): GeoJSONSourceSpecification {
  return sourceId === SOURCE_IDS.parcels ? { type: 'geojson', data, promoteId: 'id' } : { type: 'geojson', data };
}

/** Every layer over the background, bottom to top; `numberLocale` formats numbers drawn ('vi-VN', 'en-US'). */
export function dataLayers(numberLocale = 'vi-VN'): LayerSpecification[] {
  return [
    {
      id: LAYER_IDS.canalFill, type: 'fill', source: SOURCE_IDS.context,
      filter: ['all', ['==', ['get', 'kind'], 'canal'], ['==', ['geometry-type'], 'Polygon']],
      paint: { 'fill-color': perFeatureColour(C.canalFill) }, // one program with the other fills (shared-programs.ts)
    },
    {
      id: LAYER_IDS.parcelsFill, type: 'fill', source: SOURCE_IDS.parcels,
      // No antialiased outline pass: parcels-line draws the edges. One shader program and one draw of
      // every tile fewer per frame (a program costs tens of ms to compile on software WebGL).
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': C.parcelFillOpacity, 'fill-antialias': false },
    },
    {
      id: LAYER_IDS.parcelsLine, type: 'line', source: SOURCE_IDS.parcels,
      paint: { 'line-color': C.parcelOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.3, 18, 1.2] },
    },
    {
      id: LAYER_IDS.canalLine, type: 'line', source: SOURCE_IDS.context,
      filter: ['all', ['==', ['get', 'kind'], 'canal'], ['==', ['geometry-type'], 'LineString']],
      paint: { 'line-color': C.canal, 'line-width': groundWidth(['coalesce', ['get', 'widthM'], 4]) as never },
    },
    {
      id: LAYER_IDS.roadLine, type: 'line', source: SOURCE_IDS.context, filter: ['==', ['get', 'kind'], 'road'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.road, 'line-width': groundWidth(['coalesce', ['get', 'widthM'], 6]) as never },
    },
    {
      // The village is drawn by its edge, over the parcels: its houses are the pink ONT parcels.
      id: LAYER_IDS.villageLine, type: 'line', source: SOURCE_IDS.context, filter: ['==', ['get', 'kind'], 'village'],
      paint: { 'line-color': C.village, 'line-width': 2, 'line-dasharray': [1, 1.5] },
    },
    {
      id: LAYER_IDS.zoneFill, type: 'fill', source: SOURCE_IDS.zone, filter: ['==', ['get', 'role'], 'zone'],
      paint: { 'fill-color': perFeatureColour(C.zone), 'fill-opacity': C.zoneFillOpacity, 'fill-antialias': false }, // zone-line draws its rings
    },
    {
      id: LAYER_IDS.zoneHoleFill, type: 'fill', source: SOURCE_IDS.zoneHoles,
      paint: { 'fill-color': perFeatureColour(C.keptFree), 'fill-opacity': C.keptFreeOpacity, 'fill-antialias': false }, // zone-line draws the holes' rings
    },
    {
      id: LAYER_IDS.residentialEdge, type: 'line', source: SOURCE_IDS.zone, filter: ['==', ['get', 'role'], 'residential'],
      paint: { 'line-color': C.residentialEdge, 'line-width': 5, 'line-opacity': C.residentialEdgeOpacity },
    },
    {
      id: LAYER_IDS.separationEdge, type: 'line', source: SOURCE_IDS.zone, filter: ['==', ['get', 'role'], 'separation'],
      paint: { 'line-color': C.separationEdge, 'line-width': 8, 'line-opacity': 0.85 },
    },
    {
      id: LAYER_IDS.zoneLine, type: 'line', source: SOURCE_IDS.zone, filter: ['==', ['get', 'role'], 'zone'],
      paint: { 'line-color': C.zone, 'line-width': 3, 'line-dasharray': [3, 1.5] },
    },
    {
      id: LAYER_IDS.parcelsSelected, type: 'line', source: SOURCE_IDS.parcels,
      filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': C.selected, 'line-width': 4 },
    },
    {
      id: LAYER_IDS.parcelsLabel, type: 'symbol', source: SOURCE_IDS.parcelLabels, minzoom: 16.2,
      layout: {
        'text-field': parcelLabel(numberLocale) as never,
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 16, 10, 19, 15],
        'text-allow-overlap': false,
      },
      paint: { 'text-color': C.labelText, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: LAYER_IDS.roadLabel, type: 'symbol', source: SOURCE_IDS.context, filter: ['==', ['get', 'kind'], 'road'], minzoom: 15,
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12 },
      paint: { 'text-color': '#4a4038', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ] as LayerSpecification[];
}

/** The opt-in OpenStreetMap raster source: only added when the user turns it on. */
export const OSM_RASTER_SOURCE = {
  type: 'raster' as const,
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: '© OpenStreetMap contributors',
};
