/**
 * The planner's tools on the MapLibre map (PlanMapTools): zone drawing with terra-draw and its MapLibre
 * adapter (loaded on demand, only when the planner draws), clickable zone edges, and the difference
 * layer of the variant comparison. Sources and layers of their own, added over the layout.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { TerraDraw, TerraDrawMouseEvent, SnappableContext } from 'terra-draw';
import { TOOL_COLOURS, type DrawSession, type PlanMapTools, type WgsPosition } from './plan-map-tools-adapter';
import { testHooksRequested } from './test-hook';

/** What browser tests read of the tools' layers (installed only when a test asks, as the map's own hook). */
export interface PlanToolsTestHook {
  /** Plots drawn in the difference layers, one per code and status (not B's outline of a changed plot). */
  renderedDifferences(): { code: string; status: string }[];
  /** Zone edges drawn for marking. */
  renderedEdges(): { edge: number; role: string }[];
  /** Corner handles terra-draw has drawn for the zone being drawn or edited. */
  renderedDrawnCorners(): number;
}

declare global {
  interface Window {
    __phanloPlanTools?: PlanToolsTestHook;
  }
}

const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
/** Decimals of a degree terra-draw keeps: 1e-9° is about 0.1 mm, well under the 1 mm of a corner table. */
const COORDINATE_DECIMALS = 9;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
export const TOOL_SOURCES = { edges: 'plan-zone-edges', diff: 'plan-diff' } as const;
export const TOOL_LAYER_IDS = {
  edgeLine: 'plan-zone-edge-line', edgeHit: 'plan-zone-edge-hit', edgeLabel: 'plan-zone-edge-label',
  diffFill: 'plan-diff-fill', diffLine: 'plan-diff-line', diffLabel: 'plan-diff-label',
} as const;

/** Consecutive repeats dropped (terra-draw repeats the pointer corner while a ring is drawn). */
function distinct(corners: readonly WgsPosition[]): WgsPosition[] {
  const out: WgsPosition[] = [];
  for (const c of corners) {
    const last = out[out.length - 1];
    if (!last || last[0] !== c[0] || last[1] !== c[1]) out.push(c);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

export class MapLibrePlanMapTools implements PlanMapTools {
  private readonly edgeListeners = new Set<(edge: number) => void>();
  private draw: TerraDraw | null = null;
  private drawLoading: Promise<TerraDraw> | null = null;
  private session: DrawSession | null = null;
  private featureId: string | number | null = null;
  private ready = false;
  private readonly pending: (() => void)[] = [];

  constructor(private readonly map: maplibregl.Map, whenLoaded: (run: () => void) => void) {
    whenLoaded(() => {
      this.addLayers();
      this.ready = true;
      for (const run of this.pending.splice(0)) run();
    });
    map.on('click', this.onClick);
    if (testHooksRequested()) {
      const unique = <T,>(rows: T[]) => [...new Map(rows.map((r) => [JSON.stringify(r), r])).values()];
      this.hook = {
        renderedDifferences: () => unique(this.map.queryRenderedFeatures({ layers: [TOOL_LAYER_IDS.diffFill, TOOL_LAYER_IDS.diffLine] })
          .filter((f) => f.properties?.outline !== 'b').map((f) => ({ code: String(f.properties?.code), status: String(f.properties?.status) }))),
        renderedEdges: () => unique(this.map.queryRenderedFeatures({ layers: [TOOL_LAYER_IDS.edgeLine] })
          .map((f) => ({ edge: Number(f.properties?.edge), role: String(f.properties?.role) }))).sort((a, b) => a.edge - b.edge),
        // The MapLibre adapter names its layers "td-…" (its default prefix); its points are the handles.
        renderedDrawnCorners: () => {
          const layers = this.map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('td-') && id.includes('point'));
          return layers.length ? new Set(this.map.queryRenderedFeatures({ layers }).map((f) => JSON.stringify((f.geometry as unknown as { coordinates: unknown }).coordinates))).size : 0;
        },
      };
      window.__phanloPlanTools = this.hook;
    }
  }

  private hook: PlanToolsTestHook | null = null;

  private whenReady(run: () => void): void {
    if (this.ready) run();
    else this.pending.push(run);
  }

  private addLayers(): void {
    const { map } = this;
    map.addSource(TOOL_SOURCES.diff, { type: 'geojson', data: EMPTY });
    map.addSource(TOOL_SOURCES.edges, { type: 'geojson', data: EMPTY });
    const diffColour = ['match', ['get', 'status'], ...Object.entries(TOOL_COLOURS.diff).flat(), '#999999'] as unknown as maplibregl.ExpressionSpecification;
    // A's plots filled by class; plots only in B, and B's shape of a changed plot, as outlines over them
    // (the two layouts overlap where they differ, so B is never a fill hiding A).
    const isOutlineOfB = ['any', ['==', ['get', 'outline'], 'b'], ['==', ['get', 'status'], 'only-b']] as maplibregl.ExpressionSpecification;
    map.addLayer({ id: TOOL_LAYER_IDS.diffFill, type: 'fill', source: TOOL_SOURCES.diff, filter: ['!', isOutlineOfB], paint: { 'fill-color': diffColour, 'fill-opacity': 0.85, 'fill-outline-color': '#555555' } });
    map.addLayer({
      id: TOOL_LAYER_IDS.diffLine, type: 'line', source: TOOL_SOURCES.diff, filter: isOutlineOfB,
      paint: { 'line-color': ['case', ['==', ['get', 'status'], 'only-b'], TOOL_COLOURS.diff['only-b'], '#1a1a1a'], 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
    });
    map.addLayer({
      id: TOOL_LAYER_IDS.diffLabel, type: 'symbol', source: TOOL_SOURCES.diff, filter: ['all', ['!=', ['get', 'status'], 'same'], ['!=', ['get', 'outline'], 'b']],
      layout: { 'text-field': ['get', 'code'], 'text-size': 11, 'text-font': LABEL_FONT },
      paint: { 'text-color': ['case', ['==', ['get', 'status'], 'only-b'], TOOL_COLOURS.diff['only-b'], '#222222'], 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    });
    const edgeColour = ['match', ['get', 'role'], ...Object.entries(TOOL_COLOURS.edge).flat(), '#2b7bb9'] as unknown as maplibregl.ExpressionSpecification;
    map.addLayer({ id: TOOL_LAYER_IDS.edgeHit, type: 'line', source: TOOL_SOURCES.edges, paint: { 'line-color': '#000000', 'line-opacity': 0.01, 'line-width': 22 } });
    map.addLayer({
      id: TOOL_LAYER_IDS.edgeLine, type: 'line', source: TOOL_SOURCES.edges,
      paint: { 'line-color': edgeColour, 'line-width': ['match', ['get', 'role'], 'none', 4, 7], 'line-dasharray': ['match', ['get', 'role'], 'none', ['literal', [2, 1]], ['literal', [1, 0]]] },
    });
    map.addLayer({
      id: TOOL_LAYER_IDS.edgeLabel, type: 'symbol', source: TOOL_SOURCES.edges,
      layout: { 'symbol-placement': 'line-center', 'text-field': ['get', 'label'], 'text-size': 12, 'text-font': LABEL_FONT, 'text-offset': [0, -1] },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    });
    map.on('mouseenter', TOOL_LAYER_IDS.edgeHit, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', TOOL_LAYER_IDS.edgeHit, () => { map.getCanvas().style.cursor = ''; });
  }

  private readonly onClick = (event: maplibregl.MapMouseEvent) => {
    if (!this.ready || this.edgeListeners.size === 0 || this.session) return;
    const { x, y } = event.point;
    const hits = this.map.queryRenderedFeatures([[x - 8, y - 8], [x + 8, y + 8]], { layers: [TOOL_LAYER_IDS.edgeHit] });
    if (hits.length === 0) return;
    // The nearest edge to the click, when two meet at a corner.
    const distanceTo = (feature: maplibregl.MapGeoJSONFeature) => {
      const line = (feature.geometry as unknown as { coordinates: [number, number][] }).coordinates.map((c) => this.map.project(c));
      let best = Infinity;
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1], line[i]];
        const [dx, dy] = [b.x - a.x, b.y - a.y];
        const k = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(a.x + k * dx - x, a.y + k * dy - y));
      }
      return best;
    };
    const nearest = hits.reduce((best, f) => (distanceTo(f) < distanceTo(best) ? f : best));
    const edge = Number(nearest.properties?.edge);
    if (Number.isInteger(edge)) for (const listener of this.edgeListeners) listener(edge);
  };

  showZoneEdges(edges: FeatureCollection | null): void {
    this.whenReady(() => (this.map.getSource(TOOL_SOURCES.edges) as maplibregl.GeoJSONSource).setData(edges ?? EMPTY));
  }

  onZoneEdgeClick(callback: (edge: number) => void): () => void {
    this.edgeListeners.add(callback);
    return () => this.edgeListeners.delete(callback);
  }

  showDifferences(plots: FeatureCollection | null): void {
    this.whenReady(() => (this.map.getSource(TOOL_SOURCES.diff) as maplibregl.GeoJSONSource).setData(plots ?? EMPTY));
  }

  /** terra-draw, made once the first time the planner draws. */
  private loadDraw(): Promise<TerraDraw> {
    this.drawLoading ??= (async () => {
      const [{ TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode }, { TerraDrawMapLibreGLAdapter }] = await Promise.all([
        import('terra-draw'), import('terra-draw-maplibre-gl-adapter'),
      ]);
      const snapping = { toCustom: (event: TerraDrawMouseEvent, context: SnappableContext) => this.snap(event, context) };
      const colour = TOOL_COLOURS.drawing;
      const draw = new TerraDraw({
        adapter: new TerraDrawMapLibreGLAdapter({ map: this.map, coordinatePrecision: COORDINATE_DECIMALS }),
        modes: [
          new TerraDrawPolygonMode({
            snapping, showCoordinatePoints: true,
            styles: { fillColor: colour, fillOpacity: 0.12, outlineColor: colour, outlineWidth: 3, closingPointColor: colour, closingPointWidth: 7, coordinatePointColor: colour, coordinatePointWidth: 5 },
          }),
          new TerraDrawSelectMode({
            flags: { polygon: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true, snappable: snapping } } } },
            styles: { selectedPolygonColor: colour, selectedPolygonFillOpacity: 0.12, selectedPolygonOutlineColor: colour, selectedPolygonOutlineWidth: 3, selectionPointColor: colour, selectionPointWidth: 7, midPointColor: '#ffffff', midPointOutlineColor: colour, midPointWidth: 5 },
          }),
        ],
      });
      draw.start();
      draw.on('change', () => this.report());
      draw.on('finish', (id) => {
        this.featureId = id;
        this.report();
        // The ring closed: its corners become draggable, midpoints add corners (vertices editable later).
        draw.setMode('select');
        draw.selectFeature(id);
      });
      this.draw = draw;
      return draw;
    })();
    return this.drawLoading;
  }

  /** The nearest snap corner within snapPixels of the pointer. */
  private snap(event: TerraDrawMouseEvent, context: SnappableContext): [number, number] | undefined {
    const points = this.session?.snapPoints ?? [];
    const reach = this.session?.snapPixels ?? 10;
    let best: WgsPosition | undefined;
    let bestD = reach;
    for (const p of points) {
      const { x, y } = context.project(p[0], p[1]);
      const d = Math.hypot(x - event.containerX, y - event.containerY);
      if (d <= bestD) { bestD = d; best = p; }
    }
    return best ? [Number(best[0].toFixed(COORDINATE_DECIMALS)), Number(best[1].toFixed(COORDINATE_DECIMALS))] : undefined;
  }

  private report(): void {
    const draw = this.draw;
    if (!draw || !this.session) return;
    const polygon = draw.getSnapshot().find((f) => f.geometry.type === 'Polygon' && (this.featureId === null || f.id === this.featureId));
    if (!polygon) return;
    const ring = (polygon.geometry.coordinates as number[][][])[0].map((c) => [c[0], c[1]] as const);
    this.session.onChange(distinct(ring), this.featureId === null ? 'drawing' : 'closed');
  }

  /** True while a zone is being drawn or edited: the map's own clicks (plot selection) stand aside. */
  get drawing(): boolean {
    return this.session !== null;
  }

  startDrawing(session: DrawSession): void {
    this.session = session;
    this.featureId = null;
    this.whenReady(() => void this.loadDraw().then((draw) => {
      draw.clear();
      this.featureId = null;
      draw.setMode('polygon');
    }));
  }

  setDrawnCorners(corners: readonly WgsPosition[]): void {
    if (corners.length < 3) return;
    // terra-draw refuses coordinates finer than its precision: 9 decimals of a degree is 0.1 mm.
    const round = (c: WgsPosition) => [Number(c[0].toFixed(COORDINATE_DECIMALS)), Number(c[1].toFixed(COORDINATE_DECIMALS))];
    const geometry = { type: 'Polygon' as const, coordinates: [[...corners.map(round), round(corners[0])]] };
    this.whenReady(() => void this.loadDraw().then((draw) => {
      if (this.featureId !== null && draw.hasFeature(this.featureId)) {
        draw.updateFeatureGeometry(this.featureId, geometry);
        return;
      }
      draw.clear();
      draw.setMode('select');
      const id = draw.getFeatureId();
      draw.addFeatures([{ id, type: 'Feature', geometry, properties: { mode: 'polygon' } }]);
      this.featureId = id;
      draw.selectFeature(id);
    }));
  }

  stopDrawing(): void {
    this.session = null;
    this.featureId = null;
    if (this.draw) {
      this.draw.clear();
      this.draw.setMode('static');
    }
  }

  destroy(): void {
    if (this.hook && window.__phanloPlanTools === this.hook) delete window.__phanloPlanTools;
    this.map.off('click', this.onClick);
    this.edgeListeners.clear();
    this.session = null;
    if (this.draw) this.draw.stop();
  }
}
