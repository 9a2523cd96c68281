/**
 * What the planner's tools ask of the map, beside PlanMapAdapter (Terra Draw's adapter idea): draw a
 * zone, mark the zone's edges, show what differs between two variants. Plain WGS84 GeoJSON in, plain
 * events out; plan-map-tools.ts implements it with MapLibre and terra-draw, tests use a fake.
 */
import type { FeatureCollection } from 'geojson';

export type WgsPosition = readonly [lng: number, lat: number];

/** Roles an edge can be drawn with; `none` for an edge with no role yet. */
export type ZoneEdgeRoleStyle = 'access-road' | 'residential' | 'separation' | 'none';

/** Colours of the edge marking and the difference map (the legends read them too). */
export const TOOL_COLOURS = {
  edge: { 'access-road': '#5b4a3a', residential: '#d35400', separation: '#138d75', none: '#2b7bb9' },
  diff: { 'only-a': '#d9534f', 'only-b': '#2e86de', changed: '#f0ad4e', same: '#d6d6d6' },
  drawing: '#1f4fd1',
} as const;

export interface DrawSession {
  /** Parcel (and zone) corners the pointer snaps to, WGS84. */
  readonly snapPoints: readonly WgsPosition[];
  /** Pixels within which a corner attracts the pointer. */
  readonly snapPixels?: number;
  /**
   * The ring as it stands, corners without the closing repeat: while drawing (the pointer is its last
   * corner), or after it closed and whenever a corner is dragged, added or removed.
   */
  onChange(corners: WgsPosition[], state: 'drawing' | 'closed'): void;
}

export interface PlanMapTools {
  /** Starts drawing a new zone (an empty ring): clicks add corners, a click on the first closes it. */
  startDrawing(session: DrawSession): void;
  /** Shows `corners` as the drawn zone, ready to edit (typed coordinates, or an existing zone). */
  setDrawnCorners(corners: readonly WgsPosition[]): void;
  stopDrawing(): void;
  /** Zone edges (LineStrings, properties `edge`: number and `role`: ZoneEdgeRoleStyle), clickable; null hides. */
  showZoneEdges(edges: FeatureCollection | null): void;
  /** Calls back with the edge index under a click while edges are shown. */
  onZoneEdgeClick(callback: (edge: number) => void): () => void;
  /** Plots by difference (Polygons, properties `code`, `status`); null hides. */
  showDifferences(plots: FeatureCollection | null): void;
  destroy(): void;
}
