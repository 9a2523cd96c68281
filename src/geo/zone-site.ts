/**
 * The planned zone and what it faces, in plane metres: what the layout engine reads (a FeatureCollection
 * with `role: "zone" | "access-road" | "residential" | "entrance"` on disk). Lives in geo because the
 * engine (geo/layout) needs it and geo may depend on nothing above it; src/domain/site.ts re-exports it.
 */
import type { CrsId, PlanePoint } from './coordinates';
import type { PlanePolygon } from './plane-measure';

export interface ZoneSite {
  readonly name: string;
  readonly source: string;
  readonly crs: CrsId;
  /** The zone boundary; holes are areas to keep free (a pond, graves). */
  readonly zone: PlanePolygon;
  /** The public road(s) the zone opens onto, as centre lines. */
  readonly accessRoads: readonly (readonly PlanePoint[])[];
  /** Edges of the zone facing homes, which need the green isolation strip. */
  readonly residentialEdges: readonly (readonly PlanePoint[])[];
  /** Where the main road meets the public road, when the file names it. */
  readonly entrance: PlanePoint | null;
}
