/**
 * How every phanlo map is made: MapLibre's worker wired for the built app, the options all our maps
 * share (no pitch, labels without fading, a compact attribution) and the same controls in the same
 * corners (zoom buttons, the north arrow, a metric scale bar). The parcels map uses it. Not yet the
 * maps of lazily loaded screens (field-map.ts, plan-map.ts, …): imported from one of them, this module
 * made the bundler cut the first load into 14 chunks (+3 kB gzip, 500 kB budget) — to be looked at
 * with the bundler's chunk options before they share it.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { NorthArrowControl } from './north-arrow';

maplibregl.setWorkerUrl(workerUrl);

export interface PhanloMapOptions {
  readonly container: HTMLElement;
  readonly style: maplibregl.StyleSpecification;
  /** The north arrow's title and letter, in the reader's language. */
  readonly labels: { readonly northArrow: string; readonly northLetter: string };
  readonly maxZoom: number;
  /** The zoom buttons' compass (field mode turns the map with the heading). */
  readonly compass?: boolean;
  /** The scale bar's longest width, px. */
  readonly scaleMaxWidth?: number;
  /** Any other MapLibre option (the first view, gestures), over the shared ones. */
  readonly map?: Partial<maplibregl.MapOptions>;
}

export function createPhanloMap(options: PhanloMapOptions): maplibregl.Map {
  const map = new maplibregl.Map({
    container: options.container,
    style: options.style,
    attributionControl: { compact: true },
    touchPitch: false,
    pitchWithRotate: false,
    maxZoom: options.maxZoom,
    // Labels appear at once: a planning map is read, not watched; it also lets `idle` come sooner.
    fadeDuration: 0,
    ...options.map,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: options.compass ?? false, visualizePitch: false }), 'top-right');
  map.addControl(new NorthArrowControl(options.labels.northArrow, options.labels.northLetter), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: options.scaleMaxWidth ?? 160 }), 'bottom-left');
  return map;
}
