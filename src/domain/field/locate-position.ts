/**
 * "Where am I": the plot of the approved layout and the cadastral parcel a position falls in, and the
 * distance to the nearest boundary of that plot. A position on a boundary line belongs to the plot(s) it
 * touches: the first one in layout order is named, and `onBoundary` says so.
 *
 * Not in a plot, the position may still be inside the zone (on a road, in the green strip, on a
 * facility lot: the layout's other areas, which with the plots cover the zone), or outside it; either
 * way the nearest plot is named with its distance and grid bearing, so a field worker standing 200 m off
 * on the dyke knows which way to walk instead of reading "—" over an empty map.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { PlanePolygon } from '../../geo/plane-measure';
import { bearingDistance } from './stake-out';
import { distanceToBoundaryM, nearestBoundaryPoint, placeOfPoint } from './point-in-polygon';

/** A plot as field mode needs it: its code and its polygons in plane metres. */
export interface FieldPlot {
  readonly code: string;
  readonly polygons: readonly PlanePolygon[];
}

/** A cadastral parcel as field mode needs it. */
export interface FieldParcel {
  readonly id: string;
  readonly sheetNo: number;
  readonly parcelNo: number;
  readonly polygon: PlanePolygon;
}

/** Land of the layout that is not a plot: roads, green, facility lots. */
export type FieldAreaKind = 'road' | 'green' | 'facility';

export interface FieldArea {
  readonly kind: FieldAreaKind;
  readonly polygons: readonly PlanePolygon[];
}

/** The plot nearest to a position outside every plot. */
export interface NearestPlot {
  readonly code: string;
  /** Plane distance to the plot's nearest boundary point, m. */
  readonly distanceM: number;
  /** Grid bearing from the position to that point, degrees clockwise from grid north. */
  readonly gridBearingDeg: number;
}

export interface PositionPlace {
  /** The plot containing the position, or null outside every plot. */
  readonly plotCode: string | null;
  /** True when the position lies on the plot's boundary (within 1 mm). */
  readonly onBoundary: boolean;
  /** Distance to the nearest boundary of that plot, m (0 on it); null outside every plot. */
  readonly boundaryDistanceM: number | null;
  /** The parcel containing the position (tờ/thửa id), or null. */
  readonly parcelId: string | null;
  /** Outside every plot: the layout's other land under the position, or null when outside the zone too. */
  readonly area: FieldAreaKind | null;
  /** Outside every plot: the nearest plot, or null when the layout has none. */
  readonly nearestPlot: NearestPlot | null;
}

function placeIn(p: PlanePoint, polygons: readonly PlanePolygon[]): 'inside' | 'boundary' | 'outside' {
  let best: 'inside' | 'boundary' | 'outside' = 'outside';
  for (const polygon of polygons) {
    const place = placeOfPoint(p, polygon);
    if (place === 'inside') return 'inside';
    if (place === 'boundary') best = 'boundary';
  }
  return best;
}

function nearestPlotTo(p: PlanePoint, plots: readonly FieldPlot[]): NearestPlot | null {
  let best: NearestPlot | null = null;
  for (const plot of plots) {
    for (const polygon of plot.polygons) {
      const near = nearestBoundaryPoint(p, polygon);
      if (near && (!best || near.distanceM < best.distanceM)) {
        best = { code: plot.code, distanceM: near.distanceM, gridBearingDeg: bearingDistance(p, near.point as unknown as PlanePoint).gridBearingDeg };
      }
    }
  }
  return best;
}

/** The plot and parcel of a position (plane metres of the layout's CRS); `areas` tell road/green/facility land of the zone. */
export function locatePosition(
  p: PlanePoint, plots: readonly FieldPlot[], parcels: readonly FieldParcel[], areas: readonly FieldArea[] = [],
): PositionPlace {
  let plot: FieldPlot | null = null;
  let onBoundary = false;
  for (const candidate of plots) {
    const place = placeIn(p, candidate.polygons);
    if (place === 'inside') { plot = candidate; onBoundary = false; break; }
    if (place === 'boundary' && !plot) { plot = candidate; onBoundary = true; }
  }
  const parcel = parcels.find((candidate) => placeOfPoint(p, candidate.polygon) !== 'outside') ?? null;
  const area = plot ? null : (areas.find((candidate) => placeIn(p, candidate.polygons) !== 'outside')?.kind ?? null);
  return {
    plotCode: plot?.code ?? null,
    onBoundary,
    boundaryDistanceM: plot ? Math.min(...plot.polygons.map((polygon) => distanceToBoundaryM(p, polygon))) : null,
    parcelId: parcel?.id ?? null,
    area,
    nearestPlot: plot ? null : nearestPlotTo(p, plots),
  };
}
