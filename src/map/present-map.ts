/**
 * The household view's map (#/present/<code>): the zone's layout with one plot shown large, its edge
 * lengths, envelope, front road, neighbours and the entrance. No editing: pan and pinch only, which
 * MapLibre gives with touch alone. It receives plain WGS84 GeoJSON and fits the view to the plot.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS, SOURCE_IDS } from './map-ids';
import { NorthArrowControl } from './north-arrow';
import { buildStyle, dataLayers, sourceSpecification } from './style';
import { LAYOUT_LAYER_IDS, LAYOUT_SOURCE, layoutBaseLayers, layoutTopLayers } from './layout-layers';
import { PRESENT_LABEL_SOURCE, PRESENT_LAYER_IDS, presentLayers } from './present-layers';
import { testHooksRequested } from './test-hook';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The cadastral layers are left out: the household sees the plan, not the old rice fields. */
const LEFT_OUT = new Set<string>([LAYER_IDS.parcelsFill, LAYER_IDS.parcelsLine, LAYER_IDS.parcelsSelected, LAYER_IDS.parcelsLabel]);

export type WgsBounds = readonly [readonly [number, number], readonly [number, number]];

export interface PresentSceneData {
  readonly code: string;
  /** Zone outline, public road, edge facing homes, entrance (role properties). */
  readonly zone: FeatureCollection;
  /** Roads, canals and the village around the zone. */
  readonly context: FeatureCollection;
  /** The layout (kind properties); the shown plot and its envelope carry `focus: true`. */
  readonly layout: FeatureCollection;
  /** Label points (kind edge | road | neighbour | focus | entrance; text, angle). */
  readonly labels: FeatureCollection;
  readonly bounds: WgsBounds;
}

export interface PresentMapTestHook {
  /** The code of the plot whose scene has been rendered, or null before. */
  readonly drawnCode: string | null;
  /** Texts of the labels drawn in view, by kind. */
  renderedLabels(kind: 'edge' | 'road' | 'neighbour' | 'focus' | 'entrance'): string[];
  renderedFocusCount(): number;
}

declare global {
  interface Window { __phanloPresentMap?: PresentMapTestHook }
}

export interface PresentMapOptions {
  readonly container: HTMLElement;
  readonly labels: { readonly northArrow: string; readonly northLetter: string };
  readonly numberLocale: string;
}

export class PresentMap {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private pending: PresentSceneData | null = null;
  private drawnCode: string | null = null;
  private shownCode: string | null = null;

  constructor(options: PresentMapOptions) {
    const style = buildStyle();
    for (const id of [SOURCE_IDS.zone, SOURCE_IDS.zoneHoles, SOURCE_IDS.context]) style.sources[id] = sourceSpecification(id, EMPTY);
    style.sources[LAYOUT_SOURCE] = { type: 'geojson', data: EMPTY as never };
    style.sources[PRESENT_LABEL_SOURCE] = { type: 'geojson', data: EMPTY as never };
    const base = dataLayers(options.numberLocale).filter((layer) => !LEFT_OUT.has(layer.id));
    const zoneIndex = base.findIndex((layer) => layer.id === LAYER_IDS.zoneFill);
    base.splice(zoneIndex, 0, ...layoutBaseLayers().filter((layer) => layer.id !== LAYOUT_LAYER_IDS.buildable));
    const top = layoutTopLayers(options.numberLocale).filter((layer) => layer.id === LAYOUT_LAYER_IDS.accessRoad);
    style.layers.push(...base, ...top, ...presentLayers());

    this.map = new maplibregl.Map({
      container: options.container, style, center: [106.3932, 20.848], zoom: 17,
      attributionControl: false, touchPitch: false, pitchWithRotate: false, dragRotate: false, maxZoom: 21, fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NorthArrowControl(options.labels.northArrow, options.labels.northLetter), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 200 }), 'bottom-left');
    this.map.on('load', () => {
      this.loaded = true;
      if (this.pending) this.apply(this.pending);
    });
    if (testHooksRequested()) this.installTestHook();
  }

  setScene(scene: PresentSceneData): void {
    if (!this.loaded) {
      this.pending = scene;
      return;
    }
    this.apply(scene);
  }

  private apply(scene: PresentSceneData): void {
    const first = this.shownCode === null;
    const switching = !first && this.shownCode !== scene.code;
    this.shownCode = scene.code;
    if (first || switching) this.drawnCode = null;
    (this.map.getSource(SOURCE_IDS.zone) as maplibregl.GeoJSONSource).setData(scene.zone);
    (this.map.getSource(SOURCE_IDS.context) as maplibregl.GeoJSONSource).setData(scene.context);
    (this.map.getSource(LAYOUT_SOURCE) as maplibregl.GeoJSONSource).setData(scene.layout);
    (this.map.getSource(PRESENT_LABEL_SOURCE) as maplibregl.GeoJSONSource).setData(scene.labels);
    const canvas = this.map.getCanvas();
    const padding = Math.max(40, Math.min(canvas.clientWidth, canvas.clientHeight) * 0.26);
    // A new plot is brought into view; new labels for the same plot (trades, language) leave the view as the official set it.
    if (first || switching) this.map.fitBounds(scene.bounds as [[number, number], [number, number]], { padding, maxZoom: 20, animate: switching, duration: 500 });
    const code = scene.code;
    const onIdle = () => {
      if (this.shownCode === code) this.drawnCode = code;
    };
    this.map.once('idle', onIdle);
  }

  resize(): void { this.map.resize(); }

  destroy(): void {
    if (window.__phanloPresentMap === this.hook) delete window.__phanloPresentMap;
    this.map.remove();
  }

  private hook: PresentMapTestHook | null = null;

  private installTestHook(): void {
    const map = this.map;
    const owner = () => this.drawnCode;
    const hook: PresentMapTestHook = {
      get drawnCode() { return owner(); },
      renderedLabels: (kind) => [...new Set(map.queryRenderedFeatures({ layers: [
        kind === 'edge' ? PRESENT_LAYER_IDS.edgeLabel : kind === 'road' ? PRESENT_LAYER_IDS.roadLabel
          : kind === 'neighbour' ? PRESENT_LAYER_IDS.neighbourLabel : kind === 'focus' ? PRESENT_LAYER_IDS.focusLabel : PRESENT_LAYER_IDS.entranceLabel,
      ] }).map((f) => String(f.properties?.text)))],
      renderedFocusCount: () => map.queryRenderedFeatures({ layers: [PRESENT_LAYER_IDS.focusFill] }).length,
    };
    this.hook = hook;
    window.__phanloPresentMap = hook;
  }
}
