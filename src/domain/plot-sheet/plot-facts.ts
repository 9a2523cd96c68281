/**
 * What a household is shown about one plot, computed from the layout in VN-2000 plane metres: its
 * corners numbered as the cadastre numbers them (clockwise from the north-west, the one numbering of
 * phanlo), every edge's length, the buildable envelope, the road it fronts and its width, and the
 * plots that touch it. The presentation view and the plot sheet (sơ đồ lô đất) both read this. Pure.
 */
import { cornersClockwiseFromNorthWest } from '../../geo/corner-order';
import type { PlanePoint } from '../../geo/coordinates';
import type { LayoutFeature, LayoutParameters, RoadRole } from '../../geo/layout/types';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { distanceM, polygonAreaM2, type PlanePolygon, type PlaneRing } from '../../geo/plane-measure';

/** Two plots (or a plot and a road) touch when their boundaries come this close, m (the engine's grid is 1 mm). */
export const TOUCH_TOLERANCE_M = 0.05;

export interface PlotCorner {
  /** 1-based, clockwise from the most north-western corner. */
  readonly number: number;
  readonly point: PlanePoint;
  /** Length of the edge from this corner to the next one, m. */
  readonly edgeToNextM: number;
}

export interface FrontRoad {
  readonly role: RoadRole;
  readonly widthM: number;
  /** Length of the plot's boundary along this road, m. */
  readonly sharedM: number;
}

export interface PlotFacts {
  readonly code: string;
  readonly polygon: PlanePolygon;
  readonly areaM2: number;
  readonly frontageM: number;
  readonly depthM: number;
  readonly corners: readonly PlotCorner[];
  /** The buildable envelope (phạm vi xây dựng), or null when the layout has none for this plot. */
  readonly envelope: PlanePolygon | null;
  readonly envelopeAreaM2: number | null;
  /** The road the plot opens onto (the one it shares most boundary with), or null. */
  readonly frontRoad: FrontRoad | null;
  /** Indexes into `corners` of the edges along the front road (edge i runs from corner i to i+1). */
  readonly frontEdges: readonly number[];
  /** Codes of the plots that share a stretch of boundary with this one, sorted. */
  readonly neighbours: readonly string[];
  readonly frontSetbackM: number;
  readonly rearSetbackM: number;
}

/** The polygons of a feature's geometry (a Polygon is one, lines and points none). */
export function polygonsOf(geometry: PlaneGeometry): readonly PlanePolygon[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** The largest polygon of a geometry (a plot is one polygon; a MultiPolygon plot is drawn by its main part). */
function mainPolygon(geometry: PlaneGeometry): PlanePolygon | null {
  let best: PlanePolygon | null = null;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonAreaM2(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

function distanceToSegmentM(p: PlanePoint, a: PlanePoint, b: PlanePoint): number {
  const de = b[0] - a[0];
  const dn = b[1] - a[1];
  const lengthSquared = de * de + dn * dn;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * de + (p[1] - a[1]) * dn) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * de), p[1] - (a[1] + t * dn));
}

function distanceToRingsM(p: PlanePoint, rings: readonly PlaneRing[]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) best = Math.min(best, distanceToSegmentM(p, ring[i], ring[i + 1]));
    if (ring.length > 1) best = Math.min(best, distanceToSegmentM(p, ring[ring.length - 1], ring[0]));
  }
  return best;
}

/**
 * Length of edge a→b lying along another shape's boundary: the edge is sampled every metre or so
 * (at least 5 points) and each sample within the tolerance counts for its share of the edge.
 */
function sharedLengthM(a: PlanePoint, b: PlanePoint, rings: readonly PlaneRing[]): number {
  const length = distanceM(a, b);
  const samples = Math.max(5, Math.ceil(length));
  let touching = 0;
  for (let i = 0; i < samples; i++) {
    const t = (i + 0.5) / samples;
    const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])] as unknown as PlanePoint;
    if (distanceToRingsM(p, rings) <= TOUCH_TOLERANCE_M) touching++;
  }
  return (touching / samples) * length;
}

const outerRings = (polygons: readonly PlanePolygon[]): PlaneRing[] => polygons.flatMap((polygon) => polygon);

/** Every plot code of a layout, in layout order. */
export function plotCodesOf(features: readonly LayoutFeature[]): string[] {
  return features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
}

/** The facts of plot `code`, or null when the layout has no such plot. */
export function plotFacts(
  features: readonly LayoutFeature[],
  parameters: Pick<LayoutParameters, 'frontSetbackM' | 'rearSetbackM'>,
  code: string,
): PlotFacts | null {
  const plot = features.find((f) => f.properties.kind === 'plot' && f.properties.code === code);
  if (!plot || plot.properties.kind !== 'plot') return null;
  const polygon = mainPolygon(plot.geometry);
  if (!polygon) return null;
  const points = cornersClockwiseFromNorthWest(polygon[0]);
  const corners: PlotCorner[] = points.map((point, i) => ({
    number: i + 1, point, edgeToNextM: distanceM(point, points[(i + 1) % points.length]),
  }));

  const envelopeFeature = features.find((f) => f.properties.kind === 'buildable' && f.properties.plotCode === code);
  const envelope = envelopeFeature ? mainPolygon(envelopeFeature.geometry) : null;

  // The front road: the one sharing most boundary (the wider one on a tie, as a lot's front is on the widest street).
  let frontRoad: FrontRoad | null = null;
  let frontEdges: number[] = [];
  for (const road of features) {
    if (road.properties.kind !== 'road') continue;
    const rings = outerRings(polygonsOf(road.geometry));
    const edges: number[] = [];
    let shared = 0;
    points.forEach((a, i) => {
      const along = sharedLengthM(a, points[(i + 1) % points.length], rings);
      if (along > 0.5 * corners[i].edgeToNextM) edges.push(i);
      shared += along;
    });
    if (shared < 0.5) continue;
    const better = !frontRoad || shared > frontRoad.sharedM + 0.01 ||
      (Math.abs(shared - frontRoad.sharedM) <= 0.01 && road.properties.widthM > frontRoad.widthM);
    if (better) {
      frontRoad = { role: road.properties.role, widthM: road.properties.widthM, sharedM: shared };
      frontEdges = edges;
    }
  }

  const neighbours: string[] = [];
  for (const other of features) {
    if (other.properties.kind !== 'plot' || other.properties.code === code) continue;
    const rings = outerRings(polygonsOf(other.geometry));
    const shared = points.reduce((sum, a, i) => sum + sharedLengthM(a, points[(i + 1) % points.length], rings), 0);
    if (shared >= 0.5) neighbours.push(other.properties.code);
  }
  neighbours.sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));

  return {
    code,
    polygon,
    areaM2: plot.properties.areaM2,
    frontageM: plot.properties.frontageM,
    depthM: plot.properties.depthM,
    corners,
    envelope,
    envelopeAreaM2: envelopeFeature && envelopeFeature.properties.kind === 'buildable' ? envelopeFeature.properties.areaM2 : null,
    frontRoad,
    frontEdges,
    neighbours,
    frontSetbackM: parameters.frontSetbackM,
    rearSetbackM: parameters.rearSetbackM,
  };
}
