/**
 * Field mode's map: the cadastral style (parcels, zone, context) and the approved layout's layers,
 * reused from style.ts and layout-layers.ts, with the position, its accuracy circle, the stake-out line
 * and the chosen plot's corners on top (field-layers.ts). Plain WGS84 GeoJSON in; it emits only "the
 * user moved the map" (so follow mode can stop). Follow mode and heading rotation are driven from outside.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection } from 'geojson';
import { FIELD_SOURCES, fieldLayers } from './field-layers';
import { LAYER_IDS, SOURCE_IDS } from './map-ids';
import { NorthArrowControl } from './north-arrow';
import { cadastralStyleWithEmptySources } from './style';
import { LAYOUT_LAYER_IDS, LAYOUT_SOURCE, layoutBaseLayers, layoutTopLayers } from './layout-layers';
import { testHooksRequested } from './test-hook';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface FieldMapOptions {
  readonly container: HTMLElement;
  readonly labels: { readonly northArrow: string; readonly northLetter: string };
  readonly numberLocale: string;
}

/** What browser tests read (installed only when tests ask, as every map's hook). */
export interface FieldMapTestHook {
  readonly layoutDrawn: boolean;
  readonly positionVersion: number;
  readonly bearing: number;
  center(): [number, number];
  renderedPlotCodes(): string[];
  screenPointOf(lng: number, lat: number): { x: number; y: number };
}

declare global {
  interface Window { __phanloFieldMap?: FieldMapTestHook }
}

export class MapLibreFieldMap {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, FeatureCollection>();
  private readonly userMoveListeners = new Set<() => void>();
  private layoutDrawn = false;
  private positionVersion = 0;
  private hook: FieldMapTestHook | null = null;

  constructor(options: FieldMapOptions) {
    const style = cadastralStyleWithEmptySources(options.numberLocale);
    style.sources[LAYOUT_SOURCE] = { type: 'geojson', data: EMPTY as never };
    for (const id of Object.values(FIELD_SOURCES)) style.sources[id] = { type: 'geojson', data: EMPTY as never };
    const zoneIndex = style.layers.findIndex((layer) => layer.id === LAYER_IDS.zoneFill);
    style.layers.splice(zoneIndex, 0, ...layoutBaseLayers());
    style.layers.push(...layoutTopLayers(options.numberLocale), ...fieldLayers());
    for (const layer of style.layers) {
      // Parcels faint under the plan, their numbers hidden: the plot boundaries are what is staked out.
      if (layer.id === LAYER_IDS.parcelsFill && layer.type === 'fill') layer.paint = { ...layer.paint, 'fill-opacity': 0.3 };
      if (layer.id === LAYER_IDS.parcelsLabel) layer.layout = { ...layer.layout, visibility: 'none' };
      // Plot boundaries strong enough to read in sunlight.
      if (layer.id === LAYOUT_LAYER_IDS.plotLine && layer.type === 'line') layer.paint = { ...layer.paint, 'line-color': '#000000', 'line-width': 2 };
    }
    this.map = new maplibregl.Map({
      container: options.container, style, center: [106.3932, 20.848], zoom: 17,
      attributionControl: { compact: true }, touchPitch: false, pitchWithRotate: false, maxZoom: 22, fadeDuration: 0,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
    this.map.addControl(new NorthArrowControl(options.labels.northArrow, options.labels.northLetter), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
    this.map.on('load', () => {
      this.loaded = true;
      for (const run of this.pending.splice(0)) run();
    });
    // A drag or pinch by the user (not our own easeTo) ends follow mode.
    const byUser = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) for (const listener of this.userMoveListeners) listener();
    };
    this.map.on('dragstart', byUser);
    this.map.on('zoomstart', byUser);
    this.installTestHook();
  }

  private whenLoaded(run: () => void): void {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  private setSourceData(sourceId: string, data: FeatureCollection, onSet?: () => void): void {
    if (this.lastData.get(sourceId) === data) return;
    this.lastData.set(sourceId, data);
    this.whenLoaded(() => {
      (this.map.getSource(sourceId) as maplibregl.GeoJSONSource).setData(data);
      onSet?.();
    });
  }

  setSite(site: { parcels: FeatureCollection; zone: FeatureCollection; context: FeatureCollection }): void {
    this.setSourceData(SOURCE_IDS.parcels, site.parcels);
    this.setSourceData(SOURCE_IDS.zone, site.zone);
    this.setSourceData(SOURCE_IDS.context, site.context);
  }

  setLayout(layout: FeatureCollection): void {
    if (this.lastData.get(LAYOUT_SOURCE) === layout) return;
    this.layoutDrawn = false;
    this.setSourceData(LAYOUT_SOURCE, layout, () => {
      const onRender = () => {
        if (!this.map.isSourceLoaded(LAYOUT_SOURCE)) return;
        this.map.off('render', onRender);
        this.layoutDrawn = true;
      };
      this.map.on('render', onRender);
      this.map.triggerRepaint();
    });
  }

  /** The dot and accuracy circle (features `kind: 'dot' | 'accuracy'`, `poor`), or empty. */
  setPosition(data: FeatureCollection): void {
    this.positionVersion++;
    this.setSourceData(FIELD_SOURCES.position, data);
  }

  setCorners(data: FeatureCollection): void { this.setSourceData(FIELD_SOURCES.corners, data); }
  setTarget(data: FeatureCollection): void { this.setSourceData(FIELD_SOURCES.target, data); }
  /** Recorded checks: points (`kind`) and workshop outlines. */
  setChecks(data: FeatureCollection): void { this.setSourceData(FIELD_SOURCES.checks, data); }

  /** Centres on a position, keeping the zoom (at least 18, close enough to see a corner). */
  centreOn(lngLat: readonly [number, number], options: { animate?: boolean } = {}): void {
    this.whenLoaded(() => this.map.easeTo({ center: [lngLat[0], lngLat[1]], zoom: Math.max(this.map.getZoom(), 18), duration: options.animate === false ? 0 : 300 }));
  }

  fitBounds(bounds: [[number, number], [number, number]]): void {
    this.whenLoaded(() => this.map.fitBounds(bounds, { padding: 30, animate: false, maxZoom: 19 }));
  }

  /** Turns the map so that `bearingDeg` (true north, clockwise) points up; 0 = north up. */
  setBearing(bearingDeg: number): void {
    this.whenLoaded(() => this.map.rotateTo(bearingDeg, { duration: 0 }));
  }

  onUserMove(listener: () => void): () => void {
    this.userMoveListeners.add(listener);
    return () => this.userMoveListeners.delete(listener);
  }

  resize(): void { this.map.resize(); }

  destroy(): void {
    if (this.hook && window.__phanloFieldMap === this.hook) delete window.__phanloFieldMap;
    this.userMoveListeners.clear();
    this.map.remove();
  }

  private installTestHook(): void {
    if (!testHooksRequested()) return;
    const hook = {
      center: () => { const c = this.map.getCenter(); return [c.lng, c.lat] as [number, number]; },
      renderedPlotCodes: () => [...new Set(this.map.queryRenderedFeatures({ layers: [LAYOUT_LAYER_IDS.plotFill] }).map((f) => String(f.properties?.code)))].sort(),
      screenPointOf: (lng: number, lat: number) => {
        const point = this.map.project([lng, lat]);
        const rect = this.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
    } as FieldMapTestHook;
    Object.defineProperty(hook, 'layoutDrawn', { get: () => this.layoutDrawn });
    Object.defineProperty(hook, 'positionVersion', { get: () => this.positionVersion });
    Object.defineProperty(hook, 'bearing', { get: () => this.map.getBearing() });
    this.hook = hook;
    window.__phanloFieldMap = hook;
  }
}
