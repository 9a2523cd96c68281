/**
 * The planned zone and what it faces, in plane metres: what the layout engine reads (a FeatureCollection
 * with `role: "zone" | "access-road" | "residential" | "separation" | "entrance"` on disk). Lives in geo because the
 * engine (geo/layout) needs it and geo may depend on nothing above it; src/domain/site.ts re-exports it.
 */
import type { CrsId, PlanePoint } from './coordinates';
import type { PlanePolygon } from './plane-measure';

/**
 * A stretch of the boundary where the district accepts a public road or canal as the separation, so
 * the QCVN 01:2021 2.5.2 strip there is `stripM` wide instead of `perimeterGreenM` (role
 * "separation" in a zone file, or the planner's edge mark). The line lies along the edge, within
 * SEPARATION_REACH_M (src/geo/layout/separation-edges.ts), over part of an edge or across several.
 */
export interface SeparationEdge {
  readonly line: readonly PlanePoint[];
  /** Width of the green strip left along the covered boundary, m (0: none). */
  readonly stripM: number;
}

export interface ZoneSite {
  readonly name: string;
  readonly source: string;
  readonly crs: CrsId;
  /** The zone boundary; holes are areas to keep free (a pond, graves). */
  readonly zone: PlanePolygon;
  /** The public road(s) the zone opens onto, as centre lines. */
  readonly accessRoads: readonly (readonly PlanePoint[])[];
  /**
   * Parallel to `accessRoads`: each road's width, m, as the file gave it or the planner set it; null (or
   * no list at all, as sites stored before it existed) where none was given, which reads as
   * ASSUMED_ACCESS_ROAD_WIDTH_M (src/geo/access-road-widths.ts). The layout does not depend on it (the
   * public road lies outside the zone); drawings and zone files carry it.
   */
  readonly accessRoadWidthsM?: readonly (number | null)[];
  /** Edges of the zone facing homes, which need the green isolation strip. */
  readonly residentialEdges: readonly (readonly PlanePoint[])[];
  /**
   * Edges where the strip is narrowed (accepted separation). Optional: sites stored or read before
   * it existed have none, and read as before.
   */
  readonly separationEdges?: readonly SeparationEdge[];
  /** Where the main road meets the public road, when the file names it. */
  readonly entrance: PlanePoint | null;
}
