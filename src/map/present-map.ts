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
  /** Edge labels with their anchor in viewport pixels and their rotation (degrees), and the map canvas's box. */
  edgeLabelsOnScreen(): { labels: { text: string; x: number; y: number; angle: number }[]; pane: { left: number; top: number; right: number; bottom: number } };
}

declare global {
  interface Window { __phanloPresentMap?: PresentMapTestHook }
}

/** Room kept between an edge label and the pane's side, px; more at the bottom, where the scale bar is. */
const EDGE_MARGIN_PX = 6;
const SCALE_BAR_PX = 24;
/** The most the view steps out to show every edge label: to 75 % of the scale they were placed for. */
const MIN_LABEL_SCALE = 0.6;

/**
 * Half the screen box of an edge label (22 px text, ~13 px a character with its halo, 26 px high,
 * as edge-label-placement.ts measures it) rotated by `angleDeg`: [half width, half height], px.
 */
export function edgeLabelHalfExtentPx(text: string, angleDeg: number): [number, number] {
  const halfLength = (text.length * 13) / 2;
  const halfHeight = 13;
  const a = (angleDeg * Math.PI) / 180;
  return [Math.abs(Math.cos(a)) * halfLength + Math.abs(Math.sin(a)) * halfHeight, Math.abs(Math.sin(a)) * halfLength + Math.abs(Math.cos(a)) * halfHeight];
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
    this.lastLabels = scene.labels;
    const canvas = this.map.getCanvas();
    const padding = Math.max(40, Math.min(canvas.clientWidth, canvas.clientHeight) * 0.26);
    // A new plot is brought into view; new labels for the same plot (trades, language) leave the view as the official set it.
    if (first || switching) {
      const camera = this.cameraShowingEdgeLabels(scene, padding);
      if (!camera) this.map.fitBounds(scene.bounds as [[number, number], [number, number]], { padding, maxZoom: 20, animate: switching, duration: 500 });
      else if (switching) this.map.easeTo({ ...camera, duration: 500 });
      else this.map.jumpTo(camera);
    }
    const code = scene.code;
    const onIdle = () => {
      if (this.shownCode === code) this.drawnCode = code;
    };
    this.map.once('idle', onIdle);
  }

  /**
   * The camera that fits the plot as fitBounds would (the edge labels were placed for that scale,
   * edge-label-placement.ts), moved so that the edge labels, which the placement may push well out
   * beside a short jog, stay inside the pane (on a phone they fell off its edges): stepped out a little
   * where they are wider or taller than the pane, centred on them where even that is not enough. Null
   * when MapLibre has no camera for the bounds.
   */
  private cameraShowingEdgeLabels(scene: PresentSceneData, padding: number): { center: [number, number]; zoom: number; bearing: number } | null {
    const fitted = this.map.cameraForBounds(scene.bounds as [[number, number], [number, number]], { padding, maxZoom: 20 });
    if (!fitted?.center || fitted.zoom === undefined) return null;
    const centre = maplibregl.LngLat.convert(fitted.center);
    const worldPx = 512 * 2 ** fitted.zoom;
    const toPx = ([lng, lat]: readonly number[]): [number, number] => {
      const sin = Math.sin((lat * Math.PI) / 180);
      return [((lng + 180) / 360) * worldPx, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldPx];
    };
    const [cx, cy] = toPx([centre.lng, centre.lat]);
    let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
    for (const feature of scene.labels.features) {
      if (feature.properties?.kind !== 'edge' || feature.geometry.type !== 'Point') continue;
      const [x, y] = toPx(feature.geometry.coordinates);
      const [halfX, halfY] = edgeLabelHalfExtentPx(String(feature.properties.text), Number(feature.properties.angle) || 0);
      minX = Math.min(minX, x - halfX); maxX = Math.max(maxX, x + halfX);
      minY = Math.min(minY, y - halfY); maxY = Math.max(maxY, y + halfY);
    }
    const zoomed = { center: [centre.lng, centre.lat] as [number, number], zoom: fitted.zoom, bearing: 0 };
    if (minX === Infinity) return zoomed;
    const canvas = this.map.getCanvas();
    // The room the labels have: a margin on each side, a little more at the bottom for the scale bar.
    const width = canvas.clientWidth - 2 * EDGE_MARGIN_PX;
    const height = canvas.clientHeight - 2 * EDGE_MARGIN_PX - SCALE_BAR_PX;
    // Where the labels' box is taller or wider than the pane, one step out, as little as it takes and
    // no more than MIN_LABEL_SCALE (below that the labels, placed for the fitted scale, would crowd; 0.75 left a 3,24 m edge of the demo's wedge plot C-04 off a 360 px phone).
    const scale = Math.max(MIN_LABEL_SCALE, Math.min(1, width / (maxX - minX), height / (maxY - minY)));
    // In pixels of the new zoom, relative to the fitted centre.
    const [left, right, top, bottom] = [(minX - cx) * scale, (maxX - cx) * scale, (minY - cy) * scale, (maxY - cy) * scale];
    // How far the centre moves so that [lo, hi] lies within [-size/2, size/2] around it (centred where it cannot).
    const shift = (lo: number, hi: number, size: number, offset: number): number => {
      const low = -size / 2 + offset;
      const high = size / 2 + offset;
      if (hi - lo > high - low) return (lo + hi) / 2 - (low + high) / 2;
      return lo < low ? lo - low : hi > high ? hi - high : 0;
    };
    const dx = shift(left, right, width, 0);
    const dy = shift(top, bottom, height, -SCALE_BAR_PX / 2);
    const zoom = fitted.zoom + Math.log2(scale);
    if (dx === 0 && dy === 0) return { ...zoomed, zoom };
    const newWorldPx = 512 * 2 ** zoom;
    const x = (cx * scale + dx) / newWorldPx;
    const y = (cy * scale + dy) / newWorldPx;
    const lng = x * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
    return { ...zoomed, zoom, center: [lng, lat] };
  }

  resize(): void { this.map.resize(); }

  destroy(): void {
    if (window.__phanloPresentMap === this.hook) delete window.__phanloPresentMap;
    this.map.remove();
  }

  private hook: PresentMapTestHook | null = null;
  private lastLabels: FeatureCollection | null = null;

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
      edgeLabelsOnScreen: () => {
        const rect = map.getCanvas().getBoundingClientRect();
        const labels = (this.lastLabels?.features ?? []).filter((f) => f.properties?.kind === 'edge' && f.geometry.type === 'Point').map((f) => {
          const [lng, lat] = (f.geometry as { coordinates: number[] }).coordinates;
          const at = map.project([lng, lat]);
          return { text: String(f.properties?.text), x: rect.left + at.x, y: rect.top + at.y, angle: Number(f.properties?.angle) || 0 };
        });
        return { labels, pane: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } };
      },
    };
    this.hook = hook;
    window.__phanloPresentMap = hook;
  }
}
