/**
 * The only place that holds a MapLibre map. It receives plain WGS84 GeoJSON and emits plain events
 * (`{ parcelId }`); it skips setData when the data object has not changed.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection } from 'geojson';
import { NorthArrowControl } from './north-arrow';
import { BASEMAP_SOURCE, buildStyle, LAYER_IDS, OSM_RASTER_SOURCE } from './style';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's workers while React renders and the data loads, not when the map is constructed.
maplibregl.prewarm();

export interface ParcelMapOptions {
  container: HTMLElement;
  labels: { northArrow: string; northLetter: string };
  /** Locale of numbers drawn on the map, e.g. 'vi-VN'. */
  numberLocale: string;
  onParcelClick: (parcelId: string | null) => void;
  onBasemapError: () => void;
}

type Bounds = [[number, number], [number, number]];

/** What browser tests read (docs/TEAM-CONTRACTS.md). */
export interface ParcelMapTestHook {
  parcelsDrawn: boolean;
  renderedParcelIds(): string[];
  screenPointOf(lng: number, lat: number): { x: number; y: number };
}

declare global {
  interface Window {
    __phanloMap?: ParcelMapTestHook;
  }
}

export class ParcelMap {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, unknown>();
  private basemapOn = false;
  private parcelsDrawn = false;

  constructor(private readonly options: ParcelMapOptions) {
    this.map = new maplibregl.Map({
      container: options.container,
      style: buildStyle(options.numberLocale),
      center: [106.3932, 20.848],
      zoom: 16,
      attributionControl: { compact: true },
      dragRotate: true,
      touchPitch: false,
      pitchWithRotate: false,
      maxZoom: 21,
      cooperativeGestures: false,
      // Labels appear at once: a planning map is read, not watched; it also lets `idle` come sooner.
      fadeDuration: 0,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new NorthArrowControl(options.labels.northArrow, options.labels.northLetter), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 160 }), 'bottom-left');

    this.map.on('load', () => {
      performance.mark('phanlo:map-loaded');
      this.loaded = true;
      for (const run of this.pending.splice(0)) run();
    });
    this.map.on('click', (event) => {
      const hits = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.parcelsFill] });
      const id = hits[0]?.properties?.id;
      this.options.onParcelClick(typeof id === 'string' ? id : null);
    });
    this.map.on('mouseenter', LAYER_IDS.parcelsFill, () => { this.map.getCanvas().style.cursor = 'pointer'; });
    this.map.on('mouseleave', LAYER_IDS.parcelsFill, () => { this.map.getCanvas().style.cursor = ''; });
    this.map.on('error', (event) => {
      // Only the opt-in base map can fail for lack of network; our own data is inline.
      if ((event as { sourceId?: string }).sourceId === BASEMAP_SOURCE) this.options.onBasemapError();
    });
    this.installTestHook();
  }

  private whenLoaded(run: () => void): void {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  private setSourceData(sourceId: string, data: FeatureCollection): void {
    if (this.lastData.get(sourceId) === data) return;
    this.lastData.set(sourceId, data);
    this.whenLoaded(() => {
      (this.map.getSource(sourceId) as maplibregl.GeoJSONSource).setData(data);
      if (sourceId === 'parcels') this.markParcelsDrawnWhenRendered(data.features.length > 0);
    });
  }

  /**
   * The parcels count as drawn at the first frame rendered once their source has loaded: the fills
   * and outlines are on screen then; labels may still be placed in the frames that follow.
   */
  private markParcelsDrawnWhenRendered(hasParcels: boolean): void {
    this.parcelsDrawn = false;
    if (!hasParcels) return;
    performance.mark('phanlo:parcels-set');
    const onRender = () => {
      if (!this.map.isSourceLoaded('parcels')) return;
      this.map.off('render', onRender);
      performance.mark('phanlo:parcels-drawn');
      this.parcelsDrawn = true;
    };
    this.map.on('render', onRender);
  }


  setParcels(data: FeatureCollection): void { this.setSourceData('parcels', data); }
  setZone(data: FeatureCollection): void { this.setSourceData('zone', data); }
  setContext(data: FeatureCollection): void { this.setSourceData('context', data); }

  setSelectedParcel(id: string | null): void {
    this.whenLoaded(() => this.map.setFilter(LAYER_IDS.parcelsSelected, ['==', ['get', 'id'], id ?? '']));
  }

  /** Fits the view to WGS84 bounds, padded so the side panel does not hide the zone. */
  fitBounds(bounds: Bounds, options: { animate?: boolean; padding?: number; maxZoom?: number } = {}): void {
    this.whenLoaded(() =>
      this.map.fitBounds(bounds, { padding: options.padding ?? 48, animate: options.animate ?? false, maxZoom: options.maxZoom ?? 19 }),
    );
  }

  /** Shows or hides the opt-in online base map. */
  setBasemap(enabled: boolean): void {
    if (enabled === this.basemapOn) return;
    this.basemapOn = enabled;
    this.whenLoaded(() => {
      if (enabled) {
        if (!this.map.getSource(BASEMAP_SOURCE)) this.map.addSource(BASEMAP_SOURCE, OSM_RASTER_SOURCE);
        this.map.addLayer({ id: LAYER_IDS.basemap, type: 'raster', source: BASEMAP_SOURCE, paint: { 'raster-opacity': 0.85 } }, 'village-fill');
      } else {
        if (this.map.getLayer(LAYER_IDS.basemap)) this.map.removeLayer(LAYER_IDS.basemap);
        if (this.map.getSource(BASEMAP_SOURCE)) this.map.removeSource(BASEMAP_SOURCE);
      }
    });
  }

  /** Recomputes the canvas size after the container changed size (panels opening). */
  resize(): void { this.map.resize(); }

  destroy(): void {
    if (window.__phanloMap && this.ownsTestHook) delete window.__phanloMap;
    this.map.remove();
  }

  private ownsTestHook = false;

  private installTestHook(): void {
    this.ownsTestHook = true;
    const hook: ParcelMapTestHook = {
      parcelsDrawn: false,
      renderedParcelIds: () => {
        const features = this.map.queryRenderedFeatures({ layers: [LAYER_IDS.parcelsFill] });
        return [...new Set(features.map((f) => String(f.properties?.id)))].sort();
      },
      screenPointOf: (lng: number, lat: number) => {
        const point = this.map.project([lng, lat]);
        const rect = this.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
    };
    Object.defineProperty(hook, 'parcelsDrawn', { get: () => this.parcelsDrawn });
    window.__phanloMap = hook;
  }

}
