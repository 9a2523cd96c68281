/**
 * The only place that holds a MapLibre map. It receives plain WGS84 GeoJSON and emits plain events
 * (`{ parcelId }`); it skips setData when the data object has not changed. The view comes from the
 * data (`fitBounds`), never from a place written here.
 */
import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { FrameGate } from './frame-gate';
import { LAYER_IDS, SOURCE_IDS } from './map-ids';
import { createPhanloMap } from './create-map';
import { parcelLabelPoints, zoneHoles } from './parcel-labels';
import { buildStyle, dataLayers, OSM_RASTER_SOURCE, sourceSpecification } from './style';
import { installTestHook, type ParcelMapTestHook } from './test-hook';
import { sharedProgramConstant } from './shared-programs';

// Start the map's workers while React renders and the data loads, not when the map is constructed.
maplibregl.prewarm();

/** Runs `work` when the page has a moment (soon in any case). */
const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
};

export type Wgs84Bounds = [[number, number], [number, number]];

/** What the map writes on itself, in the reader's language. */
export interface ParcelMapTexts {
  labels: { northArrow: string; northLetter: string };
  /** Locale of numbers drawn on the map, e.g. 'vi-VN'. */
  numberLocale: string;
}

/** What the map tells its screen. */
export interface ParcelMapEvents {
  onParcelClick: (parcelId: string | null) => void;
  onBasemapError: () => void;
}

export interface ParcelMapOptions extends ParcelMapTexts, ParcelMapEvents {
  container: HTMLElement;
  /** Where to look first, when the data is already known (a remount); otherwise fitBounds later. */
  initialBounds?: Wgs84Bounds | null;
  /**
   * Started before its screen (parcel-map-early.ts), in a hidden element: it draws nothing, and its
   * parcels do not count as drawn, until `attach` says it is on screen.
   */
  detached?: boolean;
}

export interface FitOptions { animate?: boolean; padding?: number; maxZoom?: number }
const DEFAULT_FIT = { padding: 48, maxZoom: 19 };

export class ParcelMap {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, unknown>();
  private basemapOn = false;
  /** Every data layer in drawing order; each is added with the first data of its source. */
  private readonly layers: maplibregl.LayerSpecification[];
  private selectedId: string | null = null;
  private parcelsDrawn = false;
  private readonly removeTestHook: () => void;
  private readonly frames: FrameGate;
  private events: ParcelMapEvents;
  private attached: boolean;
  /** A detached map's container was made for it (parcel-map-early.ts) and goes with it. */
  private readonly ownContainer: HTMLElement | null;

  constructor(options: ParcelMapOptions) {
    this.events = { onParcelClick: options.onParcelClick, onBasemapError: options.onBasemapError };
    this.attached = !options.detached;
    this.ownContainer = options.detached ? options.container : null;
    this.layers = dataLayers(options.numberLocale);
    const bounds = options.initialBounds ?? undefined;
    this.map = createPhanloMap({
      container: options.container,
      style: buildStyle(),
      labels: options.labels,
      maxZoom: 21,
      // No data yet: the whole world at zoom 0 (nothing of ours is drawn) until fitBounds.
      map: { ...(bounds ? { bounds, fitBoundsOptions: DEFAULT_FIT } : {}), dragRotate: true, cooperativeGestures: false },
    });
    // No frame before the parcels are there: a frame of the empty background costs as much as one with
    // the data on software WebGL, and blocks this thread while the data is read (frame-gate.ts).
    this.frames = new FrameGate(this.map);
    this.frames.holdUntilReleased(3000);
    if (options.detached) this.frames.holdWhileDetached();

    // Data goes in as soon as the style is there ('style.load'), not at 'load', which waits for a
    // first frame with every (still empty) source loaded: one worker round trip and a frame sooner.
    const styleLoaded = () => {
      if (this.loaded) return;
      performance.mark('phanlo:style-loaded');
      this.loaded = true;
      for (const run of this.pending.splice(0)) run();
    };
    this.map.once('style.load', styleLoaded);
    this.map.once('load', () => {
      performance.mark('phanlo:map-loaded');
      styleLoaded();
    });
    this.map.on('click', (event) => {
      if (!this.map.getLayer(LAYER_IDS.parcelsFill)) return;
      const hits = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.parcelsFill] });
      const id = hits[0]?.properties?.id;
      this.events.onParcelClick(typeof id === 'string' ? id : null);
    });
    this.map.on('mouseenter', LAYER_IDS.parcelsFill, () => { this.map.getCanvas().style.cursor = 'pointer'; });
    this.map.on('mouseleave', LAYER_IDS.parcelsFill, () => { this.map.getCanvas().style.cursor = ''; });
    this.map.on('error', (event) => {
      // Only the opt-in base map can fail for lack of network; our own data is inline.
      if ((event as { sourceId?: string }).sourceId === SOURCE_IDS.basemap) this.events.onBasemapError();
    });
    this.removeTestHook = installTestHook(this.testHook());
    performance.mark('phanlo:map-created');
  }

  /**
   * A map started detached is on screen now (its container moved into the screen's): it takes the
   * screen's events, its real size, and draws from the next frame on.
   */
  attach(events: ParcelMapEvents): void {
    this.events = events;
    if (this.attached) return;
    this.attached = true;
    this.map.resize();
    this.frames.attach();
  }

  private whenLoaded(run: () => void): void {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  /**
   * Sets a source's data once per data object (React may hand the same object again). The parcels
   * are what the map is for: frames wait for their tiles (frame-gate.ts).
   */
  private setSourceData(sourceId: string, data: FeatureCollection, afterSet?: () => void): void {
    if (this.lastData.get(sourceId) === data) return;
    this.lastData.set(sourceId, data);
    this.whenLoaded(() => {
      const source = this.map.getSource(sourceId) as maplibregl.GeoJSONSource | undefined;
      const gated = sourceId === SOURCE_IDS.parcels;
      if (source) {
        if (gated) this.frames.holdUntilLoaded(sourceId);
        source.setData(data);
      } else if (gated && data.features.length === 0) {
        // Nothing to draw yet (the data is still being read): the source comes with the parcels.
      } else {
        if (gated) this.frames.holdNewSourceUntilLoaded(sourceId);
        this.addSourceWithLayers(sourceId, data);
      }
      afterSet?.();
    });
  }

  /** A source's first data: the source, then its layers, each under the next one already on the map. */
  private addSourceWithLayers(sourceId: string, data: FeatureCollection): void {
    this.map.addSource(sourceId, sourceSpecification(sourceId, data));
    this.addMissingLayers();
  }

  /**
   * Text waits for the first frame of the parcels: a label layer makes its source's tiles wait for
   * glyphs drawn on this thread (TinySDF) and for symbol placement, which would hold the first frame.
   */
  private labelsAllowed = false;

  private allowLabels(): void {
    if (this.labelsAllowed) return;
    this.labelsAllowed = true;
    this.addMissingLayers(); // the road names
  }

  /** Adds every layer whose source is on the map and which is not yet, each under the next one there. */
  private addMissingLayers(): void {
    this.layers.forEach((layer, i) => {
      if (!('source' in layer) || !this.map.getSource(layer.source) || this.map.getLayer(layer.id)) return;
      if (layer.type === 'symbol' && !this.labelsAllowed) return;
      const above = this.layers.slice(i + 1).find((l) => this.map.getLayer(l.id));
      const spec = layer.id === LAYER_IDS.parcelsSelected ? { ...layer, filter: this.selectedFilter() } : layer;
      this.map.addLayer(spec as maplibregl.LayerSpecification, above?.id);
    });
  }

  private selectedFilter(): maplibregl.FilterSpecification {
    return ['==', ['get', 'id'], this.selectedId ?? ''];
  }

  /**
   * The parcels count as drawn at the first frame rendered once their source has loaded: the fills
   * and outlines are on screen then. Labels have a source of their own and may come a frame later.
   */
  private markParcelsDrawnWhenRendered(data: FeatureCollection): void {
    this.parcelsDrawn = false;
    this.stopWaitingForParcels?.();
    if (data.features.length === 0) {
      this.allowLabels();
      this.setSourceData(SOURCE_IDS.parcelLabels, parcelLabelPoints(data));
      return;
    }
    performance.mark('phanlo:parcels-set');
    const onRender = () => {
      // A frame of a detached map draws nothing (frame-gate.ts): the parcels are not on screen yet.
      if (!this.attached || !this.map.isSourceLoaded(SOURCE_IDS.parcels)) return;
      this.stopWaitingForParcels?.();
      performance.mark('phanlo:parcels-drawn');
      this.parcelsDrawn = true;
      // The labels once the parcels are on screen, when the page is idle: placing them (polylabel),
      // their glyphs (drawn on this thread) and symbol layout would otherwise hold the fills back.
      whenIdle(() => {
        this.allowLabels();
        if (this.lastData.get(SOURCE_IDS.parcels) === data) this.setSourceData(SOURCE_IDS.parcelLabels, parcelLabelPoints(data));
      });
    };
    this.map.on('render', onRender);
    this.stopWaitingForParcels = () => {
      this.map.off('render', onRender);
      this.stopWaitingForParcels = null;
    };
  }

  private stopWaitingForParcels: (() => void) | null = null;

  setParcels(data: FeatureCollection): void {
    this.setSourceData(SOURCE_IDS.parcels, data, () => this.markParcelsDrawnWhenRendered(data));
  }

  setZone(data: FeatureCollection): void {
    if (this.lastData.get(SOURCE_IDS.zone) === data) return;
    this.setSourceData(SOURCE_IDS.zone, data);
    this.setSourceData(SOURCE_IDS.zoneHoles, zoneHoles(data));
  }

  setContext(data: FeatureCollection): void { this.setSourceData(SOURCE_IDS.context, data); }

  setSelectedParcel(id: string | null): void {
    this.selectedId = id;
    this.whenLoaded(() => {
      if (this.map.getLayer(LAYER_IDS.parcelsSelected)) this.map.setFilter(LAYER_IDS.parcelsSelected, this.selectedFilter());
    });
  }

  /** Fits the view to WGS84 bounds, padded so the side panel does not hide the zone. */
  fitBounds(bounds: Wgs84Bounds, options: FitOptions = {}): void {
    // Not deferred to `load`: the view is known before the style is, so the first tiles are the right ones.
    this.map.fitBounds(bounds, {
      padding: options.padding ?? DEFAULT_FIT.padding, animate: options.animate ?? false, maxZoom: options.maxZoom ?? DEFAULT_FIT.maxZoom,
    });
  }

  /** Shows or hides the opt-in online base map. */
  setBasemap(enabled: boolean): void {
    if (enabled === this.basemapOn) return;
    this.basemapOn = enabled;
    this.whenLoaded(() => {
      if (enabled) {
        if (!this.map.getSource(SOURCE_IDS.basemap)) this.map.addSource(SOURCE_IDS.basemap, OSM_RASTER_SOURCE);
        // Under everything we draw: just over the background.
        const lowest = this.layers.find((l) => this.map.getLayer(l.id));
        this.map.addLayer({ id: LAYER_IDS.basemap, type: 'raster', source: SOURCE_IDS.basemap, paint: { 'raster-opacity': 0.85 } }, lowest?.id);
      } else {
        if (this.map.getLayer(LAYER_IDS.basemap)) this.map.removeLayer(LAYER_IDS.basemap);
        if (this.map.getSource(SOURCE_IDS.basemap)) this.map.removeSource(SOURCE_IDS.basemap);
      }
    });
  }

  /** Recomputes the canvas size after the container changed size (panels opening). */
  resize(): void { this.map.resize(); }

  destroy(): void {
    this.removeTestHook();
    this.frames.dispose();
    this.map.remove();
    this.ownContainer?.remove();
  }

  private testHook(): ParcelMapTestHook {
    const map = this.map;
    const hook: ParcelMapTestHook = {
      get parcelsDrawn() { return false; },
      renderedParcelIds: () => {
        if (!map.getLayer(LAYER_IDS.parcelsFill)) return [];
        const features = map.queryRenderedFeatures({ layers: [LAYER_IDS.parcelsFill] });
        return [...new Set(features.map((f) => String(f.properties?.id)))].sort();
      },
      renderedLabels: () => (map.getLayer(LAYER_IDS.parcelsLabel) ? map.queryRenderedFeatures({ layers: [LAYER_IDS.parcelsLabel] }) : [])
        .map((f) => ({ id: String(f.properties?.id), label: String(f.properties?.label) })),
      screenPointOf: (lng: number, lat: number) => {
        const point = map.project([lng, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
      jumpTo: (lng: number, lat: number, zoom: number) => new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lng, lat], zoom });
        map.triggerRepaint();
      }),
      renderedCount: (layerId: string) => (map.getLayer(layerId) ? map.queryRenderedFeatures({ layers: [layerId] }).length : 0),
      paintProperty: (layerId: string, property: string) => sharedProgramConstant(map.getPaintProperty(layerId, property as never)),
    };
    Object.defineProperty(hook, 'parcelsDrawn', { get: () => this.parcelsDrawn });
    return hook;
  }
}
