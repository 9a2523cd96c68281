/**
 * What the planner workspace asks of a map (Terra Draw's adapter idea): plain WGS84 GeoJSON in, plain
 * events out. `plan-map.ts` implements it with MapLibre; tests use a fake, so the workspace logic runs
 * in Node. Plots are named by `id` (today the plot code; a stable plot id once the data core stores
 * variants), so selection and clicks never depend on how a plot is drawn.
 */
import type { FeatureCollection } from 'geojson';

/** Plots coloured by kind, by area class or by rule result; each plot feature carries `areaClass` and `rule`. */
export type { PlanColouringMode } from '../domain/plan-colouring';
import type { PlanColouringMode } from '../domain/plan-colouring';

/** The cadastral backdrop and the zone with what it faces, as the parcels map draws them. */
export interface PlanSiteData {
  readonly parcels: FeatureCollection;
  readonly zone: FeatureCollection;
  readonly context: FeatureCollection;
}

/** The layout to draw: polygons and lines (properties `id`, `kind`, …) and one label point per plot. */
export interface PlanLayoutData {
  readonly features: FeatureCollection;
  readonly labels: FeatureCollection;
}

export type WgsBounds = readonly [readonly [number, number], readonly [number, number]];

/** A click on the map: `additive` when it adds to the selection (Shift held). */
export interface PlotClick {
  readonly additive: boolean;
}

/** The dividing line being dragged: where it was grabbed and where the pointer is now (WGS84); `done` on release. */
export interface DividerDrag {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly done: boolean;
}

export interface PlanMapAdapter {
  setSite(site: PlanSiteData): void;
  setLayout(layout: PlanLayoutData): void;
  /** Outlines these plots as selected; an empty list clears the selection. */
  setSelection(ids: readonly string[]): void;
  /** Marks these plots as locked (hatched, outlined); an empty list: none. */
  setLocked(ids: readonly string[]): void;
  setColouring(mode: PlanColouringMode): void;
  fitBounds(bounds: WgsBounds, options?: { readonly animate?: boolean }): void;
  /** Brings a plot into view (chosen in the list, not on the map). */
  revealPlot(bounds: WgsBounds): void;
  /** Calls back with the plot id under a click or tap, or null for a click beside every plot. */
  onPlotClick(callback: (id: string | null, click?: PlotClick) => void): () => void;
  /** Draws the dividing line of two selected plots, which the planner may drag (WGS84 ends), or none. */
  setDivider?(line: readonly [readonly [number, number], readonly [number, number]] | null): void;
  /** Calls back while the dividing line is dragged (the map previews it) and once on release. */
  onDividerDrag?(callback: (drag: DividerDrag) => void): () => void;
  /** Resolves once the latest layout given has been drawn (at once when it has, or when the map is gone). */
  whenLayoutDrawn?(): Promise<void>;
  destroy(): void;
}
