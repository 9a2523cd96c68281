/**
 * The planner's map: the cadastral style of style.ts (parcels, zone, context) with the layout's
 * layers on top, behind the PlanMapAdapter interface. It receives plain WGS84 GeoJSON, emits plot ids,
 * and skips setData when the data object has not changed.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection } from 'geojson';
import { FrameGate } from './frame-gate';
import { placeWithoutFollowUp } from './placement-without-follow-up';
import { NorthArrowControl } from './north-arrow';
import { LAYER_IDS, SOURCE_IDS } from './map-ids';
import { buildStyle, dataLayers, sourceSpecification } from './style';
import {
  LAYOUT_LAYER_IDS, LAYOUT_SOURCE, LOCK_HATCH_IMAGE, layoutBaseLayers, layoutTopLayers, lockedFilter, lockHatchImage, plotFillColour, selectionFilter,
} from './layout-layers';
import type { DividerDrag, PlanColouringMode, PlanLayoutData, PlanMapAdapter, PlanSiteData, PlotClick, WgsBounds } from './plan-map-adapter';
import { DividerDragHandler } from './plan-divider';
import type { DetailFrame, PlanMapTestHook } from './plan-map-test-hook';
import { testHooksRequested } from './test-hook';
import { MapLibrePlanMapTools } from './plan-map-tools';
import type { PlanMapTools } from './plan-map-tools-adapter';

maplibregl.setWorkerUrl(workerUrl);
// MapLibre's workers start with this screen's code, while React renders and the layout is made.
maplibregl.prewarm();

/** Runs `work` when the page has a moment (soon in any case). */
const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
};

/**
 * What the layout's own source holds: the plots, roads, green and facilities with their outlines.
 * Labels (glyphs drawn on this thread, symbol placement), envelopes, centre lines and kerbs (dashed
 * lines: another shader program) are in a source of their own. On the first load that source is
 * filled once the plots' frame is on screen (the screen is still being set up, and every layer to
 * tile adds to the frame that makes the planner wait). After a change both sources are set at once
 * and one frame, held until both are tiled, draws the plots with their codes: drawn a frame later,
 * the codes came 0.6–1.7 s after the plots, as on software WebGL the plots' frame blocks this thread
 * for 0.2–0.4 s (the compositor's commit) before the details' tiles are even read, and their own frame
 * costs as much again; in the same frame they cost the worker's cutting of their tiles (~30 ms).
 */
const FIRST_FRAME_KINDS = new Set(['plot', 'road', 'green', 'facility']);

/** The layout's details (labels, envelopes, centre lines, kerbs): the layers of LAYOUT_DETAIL_LAYERS. */
const LAYOUT_DETAILS_SOURCE = 'plan-layout-details';

/**
 * The detail layers and the paint property that hides them (0) while a new layout's plots are drawn
 * without them; a constant paint value changes without tiling anything again (a filter or a layout
 * property would tile the whole source again).
 */
const LAYOUT_DETAIL_LAYERS: readonly (readonly [string, 'line-opacity' | 'text-opacity'])[] = [
  [LAYOUT_LAYER_IDS.buildable, 'line-opacity'], [LAYOUT_LAYER_IDS.centreline, 'line-opacity'],
  [LAYOUT_LAYER_IDS.kerb, 'line-opacity'], [LAYOUT_LAYER_IDS.label, 'text-opacity'],
];

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface PlanMapOptions {
  readonly container: HTMLElement;
  readonly labels: { readonly northArrow: string; readonly northLetter: string };
  /** Locale of numbers drawn on the map, e.g. 'vi-VN'. */
  readonly numberLocale: string;
}

const CLICKABLE = [LAYOUT_LAYER_IDS.plotFill, LAYOUT_LAYER_IDS.label];
/** How long the cadastre waits for the first layout before it is drawn alone, ms. */
const FIRST_LAYOUT_WAIT_MS = 3000;

export class MapLibrePlanMap implements PlanMapAdapter {
  private readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, FeatureCollection>();
  private readonly clickListeners = new Set<(id: string | null, click?: PlotClick) => void>();
  private divider: DividerDragHandler | null = null;
  private layoutDrawn = false;
  private layoutVersion = 0;
  /** Drawing, edge marking and the difference layer (plan-map-tools.ts). */
  readonly tools: PlanMapTools & { readonly drawing: boolean };
  private readonly frames: FrameGate;

  constructor(options: PlanMapOptions) {
    // The whole cadastral style at once, its sources empty until setSite: unlike the parcels map, this
    // map is built before its data arrives, and the layout's layers are placed between the style's.
    const style = buildStyle();
    for (const sourceId of [SOURCE_IDS.parcels, SOURCE_IDS.parcelLabels, SOURCE_IDS.zone, SOURCE_IDS.zoneHoles, SOURCE_IDS.context]) {
      style.sources[sourceId] = sourceSpecification(sourceId, EMPTY_COLLECTION);
    }
    style.layers.push(...dataLayers(options.numberLocale));
    // The details' source before the layout's: the layout's is the last the worker reads (onLayoutSourceRead).
    style.sources[LAYOUT_DETAILS_SOURCE] = { type: 'geojson', data: EMPTY_COLLECTION as never };
    // A narrow tile buffer (16 of 512 px, not 128): every fill and line of a parameter change is cut
    // into less of its neighbours' tiles (the widest line drawn here, the selection, is 4 px). The
    // details keep the default: label points near a tile edge stay in both tiles' placement.
    style.sources[LAYOUT_SOURCE] = { type: 'geojson', data: EMPTY_COLLECTION as never, buffer: 16 };
    // The layout lies over the parcels and under the zone outline; labels and selection on top.
    // Context road names go under the layout too: a field track the plan replaces is not read across plots.
    const roadLabel = style.layers.findIndex((layer) => layer.id === LAYER_IDS.roadLabel);
    const [contextLabels] = roadLabel >= 0 ? style.layers.splice(roadLabel, 1) : [];
    const zoneIndex = style.layers.findIndex((layer) => layer.id === LAYER_IDS.zoneFill);
    style.layers.splice(zoneIndex, 0, ...(contextLabels ? [contextLabels] : []), ...layoutBaseLayers());
    style.layers.push(...layoutTopLayers(options.numberLocale));
    const detailLayers = new Map(LAYOUT_DETAIL_LAYERS);
    for (const layer of style.layers) {
      const hiding = detailLayers.get(layer.id);
      if (hiding && 'source' in layer) {
        layer.source = LAYOUT_DETAILS_SOURCE;
        // Hidden and shown at once: a fade would draw the last layout's details over the new plots.
        layer.paint = { ...layer.paint, [`${hiding}-transition`]: { duration: 0, delay: 0 } } as typeof layer.paint;
      }
      // The cadastre shows through, faintly: the plan is what is read here.
      if (layer.id === LAYER_IDS.parcelsFill && layer.type === 'fill') layer.paint = { ...layer.paint, 'fill-opacity': 0.35 };
      if (layer.id === LAYER_IDS.parcelsLabel) layer.layout = { ...layer.layout, visibility: 'none' };
      // Road names wait for the first layout frame (see FIRST_FRAME_KINDS).
      if (layer.id === LAYER_IDS.roadLabel) layer.layout = { ...layer.layout, visibility: 'none' };
      // No antialiased outline pass where plan-plot-line draws the edges: one program and one draw less.
      if ((layer.id === LAYOUT_LAYER_IDS.plotFill || layer.id === LAYOUT_LAYER_IDS.facility) && layer.type === 'fill') {
        layer.paint = { ...layer.paint, 'fill-antialias': false };
      }
      // The edge facing homes decides the isolation strip: drawn strong enough to see beside the zone line.
      if (layer.id === LAYER_IDS.residentialEdge && layer.type === 'line') layer.paint = { ...layer.paint, 'line-width': 8, 'line-opacity': 0.85 };
    }

    this.map = new maplibregl.Map({
      container: options.container,
      style,
      center: [106.3932, 20.848],
      zoom: 16,
      attributionControl: { compact: true },
      touchPitch: false,
      pitchWithRotate: false,
      maxZoom: 21,
      fadeDuration: 0,
      // Shift+click adds a plot to the selection here; MapLibre's Shift+drag box zoom would swallow it.
      boxZoom: false,
      // MapLibre reads the style at its first animation frame, by which time the workspace has usually
      // given the site and the layout: they go in with the style (styleWithGivenData).
      transformStyle: (_previous, next) => this.styleWithGivenData(next),
    });
    performance.mark('phanlo:plan-map-made');
    this.frames = new FrameGate(this.map);
    // One frame per change, not a second one only to place the new labels again (its file says why).
    placeWithoutFollowUp(this.map);
    // No frame before the first layout: a frame of the cadastre alone costs as much as one with the
    // layout on software WebGL, and blocks this thread (the stored variant's read, the worker's answer)
    // while the layout is made; the cadastre is drawn alone after FIRST_LAYOUT_WAIT_MS should it take longer.
    this.frames.holdUntilReleased(FIRST_LAYOUT_WAIT_MS);
    this.detailsTimer = setTimeout(() => { if (!this.lastLayout) this.allowDetails(); }, FIRST_LAYOUT_WAIT_MS);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new NorthArrowControl(options.labels.northArrow, options.labels.northLetter), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 160 }), 'bottom-left');
    // Data goes in as soon as the style is there ('style.load'), not at 'load', which waits for a
    // first frame (held back above) with every source loaded.
    this.map.once('style.load', () => {
      this.loaded = true;
      performance.mark('phanlo:plan-map-loaded');
      this.divider = new DividerDragHandler(this.map);
      for (const run of this.pending.splice(0)) run();
    });
    this.map.on('sourcedata', this.onLayoutSourceRead);
    this.map.on('click', (event) => {
      // A click that places or drags a corner of a zone being drawn selects no plot.
      if (this.tools.drawing) return;
      const hits = this.map.queryRenderedFeatures(event.point, { layers: CLICKABLE });
      const id = hits[0]?.properties?.id;
      const click: PlotClick = { additive: event.originalEvent.shiftKey };
      for (const listener of this.clickListeners) listener(typeof id === 'string' ? id : null, click);
    });
    // The hatch of locked plots is made here, the first time a layer asks for it (no sprite file).
    this.map.on('styleimagemissing', (event: { id: string }) => {
      if (event.id === LOCK_HATCH_IMAGE && !this.map.hasImage(LOCK_HATCH_IMAGE)) this.map.addImage(LOCK_HATCH_IMAGE, lockHatchImage(), { pixelRatio: 2 });
    });
    this.map.on('mouseenter', LAYOUT_LAYER_IDS.plotFill, () => { this.map.getCanvas().style.cursor = 'pointer'; });
    this.map.on('mouseleave', LAYOUT_LAYER_IDS.plotFill, () => { this.map.getCanvas().style.cursor = ''; });
    this.tools = new MapLibrePlanMapTools(this.map, (run) => this.whenLoaded(run));
    this.installTestHook();
  }

  /**
   * MapLibre asks a source for its tiles only from a frame, and only once the worker has read the
   * source's data; no frame has been drawn yet (held back). Once the layout source's first data is read
   * (the last of the style's sources), one frame: with nothing to draw yet it is cheap, and the tiles in
   * view then exist when the layout comes, so its first frame is the one drawn with it. A layout given
   * before that waits for its tiles behind such a frame (setSourceData, frame-gate.ts).
   */
  private tilesAsked = false;

  private readonly onLayoutSourceRead = (event: maplibregl.MapSourceDataEvent): void => {
    if (event.sourceId !== LAYOUT_SOURCE || event.sourceDataType !== 'metadata') return;
    this.map.off('sourcedata', this.onLayoutSourceRead);
    this.tilesAsked = true;
    if (this.lastLayout) return;
    // The frame asked for here is drawn whatever comes next; any other one waits (for the layout).
    this.frames.release();
    this.map.triggerRepaint();
    this.frames.holdUntilReleased(FIRST_LAYOUT_WAIT_MS);
  };

  private whenLoaded(run: () => void): void {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  /**
   * The data given before MapLibre read the style, put into the style's sources: each source is then
   * read once by the worker and its tiles cut once. Given by setData after the style's empty
   * collections, the data were read twice and every tile in view cut twice (the frame asking for
   * tiles comes at the empty data's answer, their reload at the real data's): on the first load of
   * #/plan, 24 tiles cut twice before the first frame (counted on the messages to the worker).
   */
  private readonly dataInStyle = new Map<string, FeatureCollection>();

  private styleWithGivenData(style: maplibregl.StyleSpecification): maplibregl.StyleSpecification {
    const sources = { ...style.sources };
    for (const [sourceId, data] of this.lastData) {
      const source = sources[sourceId];
      if (source?.type !== 'geojson') continue;
      sources[sourceId] = { ...source, data: data as never };
      this.dataInStyle.set(sourceId, data);
    }
    return { ...style, sources };
  }

  /** `held`: the caller has started the hold that waits for this data (a layout's two sources at once). */
  private setSourceData(sourceId: string, data: FeatureCollection, onSet?: () => void, held = false): void {
    if (this.lastData.get(sourceId) === data) return;
    this.lastData.set(sourceId, data);
    this.whenLoaded(() => {
      const inStyle = this.dataInStyle.get(sourceId);
      if (inStyle) {
        // Given before the style was read, which brought the latest data given: an older one is not set.
        if (inStyle !== data) return;
        this.dataInStyle.delete(sourceId);
        // As a new source: no frame until the worker has read it, one (not drawn) that asks for its tiles.
        if (sourceId === LAYOUT_SOURCE) this.frames.holdNewSourceUntilLoaded(sourceId);
        onSet?.();
        return;
      }
      // The next frame is the one with the new layout, not one more of the old (frame-gate.ts); the
      // cadastre's data changes rarely, and must not end the wait for the first layout.
      if (!held) {
        if ((sourceId === LAYOUT_SOURCE || sourceId === LAYOUT_DETAILS_SOURCE) && this.tilesAsked) this.frames.holdUntilLoaded(sourceId);
        else if (sourceId === LAYOUT_SOURCE) this.frames.holdNewSourceUntilLoaded(sourceId);
      }
      (this.map.getSource(sourceId) as maplibregl.GeoJSONSource).setData(data);
      onSet?.();
    });
  }

  setSite(site: PlanSiteData): void {
    this.setSourceData(SOURCE_IDS.parcels, site.parcels);
    this.setSourceData(SOURCE_IDS.zone, site.zone);
    this.setSourceData(SOURCE_IDS.context, site.context);
  }

  private lastLayout: PlanLayoutData | null = null;

  /** False until the first layout frame is on screen: no details (nor road names) before it. */
  private detailsAllowed = false;
  private detailsTimer: ReturnType<typeof setTimeout> | null = null;
  /** The layout whose details the details' source holds, and whether its layers are shown. */
  private detailsOf: PlanLayoutData | null = null;
  private detailsShown = true;

  setLayout(layout: PlanLayoutData): void {
    if (this.lastLayout === layout) return;
    this.lastLayout = layout;
    this.layoutDrawn = false;
    this.layoutVersion++;
    const data: FeatureCollection = { type: 'FeatureCollection', features: layout.features.features.filter((f) => FIRST_FRAME_KINDS.has(String(f.properties?.kind))) };
    if (this.detailsAllowed && this.tilesAsked && this.loaded) {
      // A change: the plots and their details in one frame, held until both sources are tiled. The last
      // layout's details stay shown meanwhile (no frame draws them over the new plots: none is drawn);
      // hidden only when the hold ends first, until the new ones are tiled. Hidden and shown again at
      // every change, they cost a frame of their own (0.2–0.4 s on software WebGL, issue #8).
      this.frames.holdUntilLoaded([LAYOUT_SOURCE, LAYOUT_DETAILS_SOURCE], { onGiveUp: () => this.hideDetailsNotTiled(layout) });
      this.setSourceData(LAYOUT_SOURCE, data, () => this.markDrawnWhenRendered(), true);
      this.drawDetails(layout, true);
    } else {
      this.setSourceData(LAYOUT_SOURCE, data, () => this.markDrawnWhenRendered());
      // The last layout's details (if any) would lie over the new plots: hidden until the new ones are
      // tiled. After setData, whose frames wait for the new plots: the style change asks for a frame too.
      this.showDetails(false);
    }
  }

  /** The hold for `layout` ended before its details were tiled: the details shown are another layout's. */
  private hideDetailsNotTiled(layout: PlanLayoutData): void {
    if (this.lastLayout === layout && this.detailsTiled !== layout) this.showDetails(false);
  }

  /** The layout counts as drawn at the first frame rendered once its source has loaded. */
  private markDrawnWhenRendered(): void {
    const version = this.layoutVersion;
    // Where "map data made → drawn" splits (bench/plan-change-ab.ts): the new plots on every tile in
    // view (MapLibre's worker has cut them), before the frame that draws them.
    let announced = false;
    const onData = (event: maplibregl.MapSourceDataEvent) => {
      if (event.sourceId !== LAYOUT_SOURCE) return;
      if (version !== this.layoutVersion) { this.map.off('sourcedata', onData); return; }
      if (event.sourceDataType === 'content' || event.tile !== undefined) announced = true;
      if (!announced || !this.map.isSourceLoaded(LAYOUT_SOURCE)) return;
      this.map.off('sourcedata', onData);
      performance.mark('phanlo:plan-layout-tiled');
    };
    this.map.on('sourcedata', onData);
    const onRender = () => {
      if (!this.map.isSourceLoaded(LAYOUT_SOURCE)) return;
      this.map.off('render', onRender);
      if (version !== this.layoutVersion) return;
      if (!this.layoutDrawn) performance.mark('phanlo:plan-layout-drawn');
      this.layoutDrawn = true;
      for (const resolve of this.drawnWaiters.splice(0)) resolve();
      // The rest of the layout (labels, envelopes, lines) once it is on screen on the first load, when the
      // page has a moment (the screen is still being set up); after a change they were given with the
      // plots (setLayout), unless that change came before the first details: then as soon as that frame is out.
      const layout = this.lastLayout;
      if (this.detailsAllowed) setTimeout(() => this.drawDetails(layout), 0);
      else whenIdle(() => this.allowDetails());
    };
    this.map.on('render', onRender);
  }

  private readonly drawnWaiters: (() => void)[] = [];

  whenLayoutDrawn(): Promise<void> {
    if (this.layoutDrawn || this.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.drawnWaiters.push(resolve));
  }

  /** From now on details and road names are drawn; the layout shown is completed. */
  private allowDetails(): void {
    if (this.detailsTimer) clearTimeout(this.detailsTimer);
    this.detailsTimer = null;
    if (this.detailsAllowed || this.destroyed) return;
    this.detailsAllowed = true;
    this.whenLoaded(() => this.map.setLayoutProperty(LAYER_IDS.roadLabel, 'visibility', 'visible'));
    this.drawDetails(this.lastLayout);
  }

  /**
   * Fills the details' source with `layout`'s details, unless a newer layout replaced it meanwhile (its
   * own come after its frame); they are shown once tiled, so that no frame draws them over other plots.
   */
  private drawDetails(layout: PlanLayoutData | null, held = false): void {
    if (!layout || layout !== this.lastLayout || this.destroyed) return;
    if (this.detailsOf === layout) {
      if (this.detailsTiled === layout) this.showDetails(true);
      return;
    }
    this.detailsOf = layout;
    const version = this.layoutVersion;
    const details = layout.features.features.filter((f) => !FIRST_FRAME_KINDS.has(String(f.properties?.kind)));
    this.setSourceData(LAYOUT_DETAILS_SOURCE, { type: 'FeatureCollection', features: [...details, ...layout.labels.features] }, () => {
      let announced = false;
      const onData = (event: maplibregl.MapSourceDataEvent) => {
        if (event.sourceId !== LAYOUT_DETAILS_SOURCE) return;
        if (this.detailsOf !== layout) { this.map.off('sourcedata', onData); return; }
        if (event.sourceDataType === 'content') announced = true;
        if (!announced || !this.map.isSourceLoaded(LAYOUT_DETAILS_SOURCE)) return;
        this.map.off('sourcedata', onData);
        this.detailsTiled = layout;
        this.detailsVersion = version;
        if (this.lastLayout !== layout) return;
        this.showDetails(true);
        // When the whole layout is on screen (bench/plan.bench.ts prints it beside the plots' frame).
        this.map.once('render', () => { if (this.lastLayout === layout) performance.mark('phanlo:plan-layout-details-drawn'); });
      };
      this.map.on('sourcedata', onData);
    }, held);
  }

  /** The layout whose details the details' source has tiled, and its version (for the test hook). */
  private detailsTiled: PlanLayoutData | null = null;
  private detailsVersion = 0;

  private showDetails(shown: boolean): void {
    if (this.detailsShown === shown) return;
    this.detailsShown = shown;
    this.whenLoaded(() => {
      for (const [id, property] of LAYOUT_DETAIL_LAYERS) this.map.setPaintProperty(id, property, shown ? 1 : 0);
    });
  }

  private destroyed = false;

  setSelection(ids: readonly string[]): void {
    this.whenLoaded(() => this.map.setFilter(LAYOUT_LAYER_IDS.selected, selectionFilter(ids)));
  }

  setLocked(ids: readonly string[]): void {
    this.whenLoaded(() => {
      for (const layer of [LAYOUT_LAYER_IDS.locked, LAYOUT_LAYER_IDS.lockedLine]) this.map.setFilter(layer, lockedFilter(ids));
    });
  }

  setColouring(mode: PlanColouringMode): void {
    this.whenLoaded(() => this.map.setPaintProperty(LAYOUT_LAYER_IDS.plotFill, 'fill-color', plotFillColour(mode)));
  }

  fitBounds(bounds: WgsBounds, options: { readonly animate?: boolean } = {}): void {
    this.whenLoaded(() => this.map.fitBounds(bounds as [[number, number], [number, number]], { padding: 40, animate: options.animate ?? false, maxZoom: 19 }));
  }

  revealPlot(bounds: WgsBounds): void {
    this.whenLoaded(() => {
      const view = this.map.getBounds();
      const [[west, south], [east, north]] = bounds;
      if (view.contains([west, south]) && view.contains([east, north])) return;
      this.map.easeTo({ center: [(west + east) / 2, (south + north) / 2], zoom: Math.max(this.map.getZoom(), 17), duration: 400 });
    });
  }

  onPlotClick(callback: (id: string | null, click?: PlotClick) => void): () => void {
    this.clickListeners.add(callback);
    return () => this.clickListeners.delete(callback);
  }

  setDivider(line: readonly [readonly [number, number], readonly [number, number]] | null): void {
    this.whenLoaded(() => this.divider?.setLine(line));
  }

  onDividerDrag(callback: (drag: DividerDrag) => void): () => void {
    let stop: (() => void) | null = null;
    let stopped = false;
    this.whenLoaded(() => { if (!stopped) stop = this.divider!.onDrag(callback); });
    return () => { stopped = true; stop?.(); };
  }

  /** Recomputes the canvas size after the container changed size. */
  resize(): void { this.map.resize(); }

  destroy(): void {
    this.destroyed = true;
    for (const resolve of this.drawnWaiters.splice(0)) resolve();
    this.map.off('sourcedata', this.onLayoutSourceRead);
    if (this.detailsTimer) clearTimeout(this.detailsTimer);
    if (window.__phanloPlanMap === this.hook) delete window.__phanloPlanMap;
    this.clickListeners.clear();
    this.tools.destroy();
    this.frames.dispose();
    this.map.remove();
  }

  private hook: PlanMapTestHook | null = null;

  private installTestHook(): void {
    const frames: DetailFrame[] = [];
    const plotsIn = (features: readonly { properties?: Record<string, unknown> | null }[]) =>
      [...new Set(features.filter((f) => f.properties?.kind === 'plot').map((f) => String(f.properties?.code)))];
    const hook = {
      renderedPlotCodes: () => plotsIn(this.map.queryRenderedFeatures({ layers: [LAYOUT_LAYER_IDS.plotFill] })).sort(),
      plotCodes: () => plotsIn(this.lastData.get(LAYOUT_SOURCE)?.features ?? []),
      renderedSelectedCodes: () => plotsIn(this.map.queryRenderedFeatures({ layers: [LAYOUT_LAYER_IDS.selected] })).sort(),
      renderedLockedCodes: () => plotsIn(this.map.queryRenderedFeatures({ layers: [LAYOUT_LAYER_IDS.locked] })).sort(),
      renderedLabelCodes: () => (this.detailsShown
        ? [...new Set(this.map.queryRenderedFeatures({ layers: [LAYOUT_LAYER_IDS.label] }).map((f) => String(f.properties?.code)))].sort()
        : []),
      detailFrames: (): readonly DetailFrame[] => frames,
      dividerEnds: () => this.divider?.current ?? null,
      screenPointOf: (lng: number, lat: number) => {
        const point = this.map.project([lng, lat]);
        const rect = this.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
    } as PlanMapTestHook;
    Object.defineProperty(hook, 'layoutDrawn', { get: () => this.layoutDrawn });
    Object.defineProperty(hook, 'layoutVersion', { get: () => this.layoutVersion });
    // Only when a test asks for it, as the parcel map does (test-hook.ts): pages as shipped carry none.
    if (!testHooksRequested()) return;
    this.map.on('render', () => {
      frames.push({ layout: this.layoutVersion, details: this.detailsShown && this.detailsTiled ? this.detailsVersion : null });
      if (frames.length > 500) frames.shift();
    });
    this.hook = hook;
    window.__phanloPlanMap = hook;
  }
}
