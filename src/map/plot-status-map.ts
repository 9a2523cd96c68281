/**
 * The allocation map: the approved variant's layout over the cadastral style, each plot filled by its
 * status (free, offered, accepted, paid, building, operating) and the chosen plots outlined. Built from
 * the planner's layers (layout-layers.ts) with the plot fill recoloured; plain WGS84 GeoJSON in, plot
 * codes out. Only src/map touches MapLibre.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PLOT_STATUSES } from '../domain/allocation/status';
import { LAYOUT_LAYER_IDS, LAYOUT_SOURCE, layoutBaseLayers, layoutTopLayers, selectionFilter } from './layout-layers';
import { LAYER_IDS, SOURCE_IDS } from './map-ids';
import { NorthArrowControl } from './north-arrow';
import type { PlanLayoutData, PlanSiteData, WgsBounds } from './plan-map-adapter';
import { PLOT_STATUS_COLOURS } from './plot-status-colours';
import { buildStyle, dataLayers, sourceSpecification } from './style';
import { testHooksRequested } from './test-hook';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Fill by the `status` property each plot feature carries. */
export const STATUS_FILL: ExpressionSpecification = [
  'match', ['get', 'status'], ...PLOT_STATUSES.flatMap((status) => [status, PLOT_STATUS_COLOURS[status]]), PLOT_STATUS_COLOURS.free,
] as unknown as ExpressionSpecification;

export interface PlotStatusMapOptions {
  readonly container: HTMLElement;
  readonly labels: { readonly northArrow: string; readonly northLetter: string };
  readonly numberLocale: string;
}

/** What browser tests read (window.__phanloPlotStatusMap, only when a test asks for hooks). */
export interface PlotStatusMapTestHook {
  readonly drawn: boolean;
  readonly version: number;
  /** Plot code → status, as in the data drawn now. */
  statuses(): Record<string, string>;
  /** Codes of plots rendered with the selection outline. */
  renderedSelectedCodes(): string[];
  /** Screen point of a plot's label point (to tap it), or null. */
  screenPointOfPlot(code: string): { x: number; y: number } | null;
}

declare global {
  interface Window { __phanloPlotStatusMap?: PlotStatusMapTestHook }
}

export class PlotStatusMap {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly listeners = new Set<(code: string | null) => void>();
  private lastSite: PlanSiteData | null = null;
  private lastLayout: PlanLayoutData | null = null;
  private drawn = false;
  private version = 0;
  private hook: PlotStatusMapTestHook | null = null;

  constructor(options: PlotStatusMapOptions) {
    const style = buildStyle();
    for (const sourceId of [SOURCE_IDS.parcels, SOURCE_IDS.parcelLabels, SOURCE_IDS.zone, SOURCE_IDS.zoneHoles, SOURCE_IDS.context]) {
      style.sources[sourceId] = sourceSpecification(sourceId, EMPTY);
    }
    style.layers.push(...dataLayers(options.numberLocale));
    style.sources[LAYOUT_SOURCE] = { type: 'geojson', data: EMPTY as never };
    const zoneIndex = style.layers.findIndex((layer) => layer.id === LAYER_IDS.zoneFill);
    const base = layoutBaseLayers().map((layer) =>
      layer.id === LAYOUT_LAYER_IDS.plotFill && layer.type === 'fill' ? { ...layer, paint: { ...layer.paint, 'fill-color': STATUS_FILL, 'fill-opacity': 0.92 } } : layer);
    style.layers.splice(zoneIndex, 0, ...base);
    style.layers.push(...layoutTopLayers(options.numberLocale));
    for (const layer of style.layers) {
      if (layer.id === LAYER_IDS.parcelsFill && layer.type === 'fill') layer.paint = { ...layer.paint, 'fill-opacity': 0.25 };
      if (layer.id === LAYER_IDS.parcelsLabel) layer.layout = { ...layer.layout, visibility: 'none' };
      // Plot codes from the first zoom the zone fills the panel at.
      if (layer.id === LAYOUT_LAYER_IDS.label) (layer as { minzoom?: number }).minzoom = 14.5;
    }
    this.map = new maplibregl.Map({
      container: options.container, style, center: [106.3932, 20.848], zoom: 16, attributionControl: { compact: true },
      touchPitch: false, pitchWithRotate: false, maxZoom: 21, fadeDuration: 0,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new NorthArrowControl(options.labels.northArrow, options.labels.northLetter), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.on('load', () => {
      this.loaded = true;
      for (const run of this.pending.splice(0)) run();
    });
    this.map.on('click', (event) => {
      const hits = this.map.queryRenderedFeatures(event.point, { layers: [LAYOUT_LAYER_IDS.plotFill, LAYOUT_LAYER_IDS.label] });
      const code = hits[0]?.properties?.id;
      for (const listener of this.listeners) listener(typeof code === 'string' ? code : null);
    });
    this.map.on('mouseenter', LAYOUT_LAYER_IDS.plotFill, () => { this.map.getCanvas().style.cursor = 'pointer'; });
    this.map.on('mouseleave', LAYOUT_LAYER_IDS.plotFill, () => { this.map.getCanvas().style.cursor = ''; });
    this.installTestHook();
  }

  private whenLoaded(run: () => void): void {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  setSite(site: PlanSiteData): void {
    if (this.lastSite === site) return;
    this.lastSite = site;
    this.whenLoaded(() => {
      (this.map.getSource(SOURCE_IDS.parcels) as maplibregl.GeoJSONSource).setData(site.parcels);
      (this.map.getSource(SOURCE_IDS.zone) as maplibregl.GeoJSONSource).setData(site.zone);
      (this.map.getSource(SOURCE_IDS.context) as maplibregl.GeoJSONSource).setData(site.context);
    });
  }

  /** The layout with a `status` on every plot feature; a new object redraws, the same one is skipped. */
  setLayout(layout: PlanLayoutData): void {
    if (this.lastLayout === layout) return;
    this.lastLayout = layout;
    this.drawn = false;
    const version = ++this.version;
    const combined: FeatureCollection = { type: 'FeatureCollection', features: [...layout.features.features, ...layout.labels.features] };
    this.whenLoaded(() => {
      (this.map.getSource(LAYOUT_SOURCE) as maplibregl.GeoJSONSource).setData(combined);
      const onRender = () => {
        if (!this.map.isSourceLoaded(LAYOUT_SOURCE)) return;
        this.map.off('render', onRender);
        if (version === this.version) this.drawn = true;
      };
      this.map.on('render', onRender);
      this.map.triggerRepaint();
    });
  }

  setSelection(codes: readonly string[]): void {
    this.whenLoaded(() => this.map.setFilter(LAYOUT_LAYER_IDS.selected, selectionFilter(codes)));
  }

  fitBounds(bounds: WgsBounds): void {
    this.whenLoaded(() => this.map.fitBounds(bounds as [[number, number], [number, number]], { padding: 24, animate: false, maxZoom: 19 }));
  }

  onPlotClick(callback: (code: string | null) => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  resize(): void { this.map.resize(); }

  destroy(): void {
    if (window.__phanloPlotStatusMap === this.hook) delete window.__phanloPlotStatusMap;
    this.listeners.clear();
    this.map.remove();
  }

  private installTestHook(): void {
    if (!testHooksRequested()) return;
    const plots = () => (this.lastLayout?.features.features ?? []).filter((f) => f.properties?.kind === 'plot');
    const hook = {
      statuses: () => Object.fromEntries(plots().map((f) => [String(f.properties?.code), String(f.properties?.status)])),
      renderedSelectedCodes: () => [...new Set(this.map.queryRenderedFeatures({ layers: [LAYOUT_LAYER_IDS.selected] })
        .map((f) => String(f.properties?.code)))].sort(),
      screenPointOfPlot: (code: string) => {
        const label = this.lastLayout?.labels.features.find((f) => f.properties?.code === code);
        if (!label || label.geometry.type !== 'Point') return null;
        const [lng, lat] = label.geometry.coordinates;
        const point = this.map.project([lng, lat]);
        const rect = this.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
    } as PlotStatusMapTestHook;
    Object.defineProperty(hook, 'drawn', { get: () => this.drawn });
    Object.defineProperty(hook, 'version', { get: () => this.version });
    this.hook = hook;
    window.__phanloPlotStatusMap = hook;
  }
}
