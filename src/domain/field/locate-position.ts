/**
 * "Where am I": the plot of the approved layout and the cadastral parcel a position falls in, and the
 * distance to the nearest boundary of that plot. A position on a boundary line belongs to the plot(s) it
 * touches: the first one in layout order is named, and `onBoundary` says so.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { PlanePolygon } from '../../geo/plane-measure';
import { distanceToBoundaryM, placeOfPoint } from './point-in-polygon';

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

export interface PositionPlace {
  /** The plot containing the position, or null outside every plot. */
  readonly plotCode: string | null;
  /** True when the position lies on the plot's boundary (within 1 mm). */
  readonly onBoundary: boolean;
  /** Distance to the nearest boundary of that plot, m (0 on it); null outside every plot. */
  readonly boundaryDistanceM: number | null;
  /** The parcel containing the position (tờ/thửa id), or null. */
  readonly parcelId: string | null;
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

/** The plot and parcel of a position (plane metres of the layout's CRS). */
export function locatePosition(p: PlanePoint, plots: readonly FieldPlot[], parcels: readonly FieldParcel[]): PositionPlace {
  let plot: FieldPlot | null = null;
  let onBoundary = false;
  for (const candidate of plots) {
    const place = placeIn(p, candidate.polygons);
    if (place === 'inside') { plot = candidate; onBoundary = false; break; }
    if (place === 'boundary' && !plot) { plot = candidate; onBoundary = true; }
  }
  const parcel = parcels.find((candidate) => placeOfPoint(p, candidate.polygon) !== 'outside') ?? null;
  return {
    plotCode: plot?.code ?? null,
    onBoundary,
    boundaryDistanceM: plot ? Math.min(...plot.polygons.map((polygon) => distanceToBoundaryM(p, polygon))) : null,
    parcelId: parcel?.id ?? null,
  };
}
