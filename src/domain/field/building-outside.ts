/**
 * A built workshop against its plot's buildable envelope: which of its measured corners stand outside the
 * envelope and by how many metres, and the area of the building outside it (which also catches an edge
 * that cuts across a concave envelope while both its corners stand inside).
 */
import { asPlane, type PlanePoint } from '../../geo/coordinates';
import { polygonAreaM2, type PlanePolygon } from '../../geo/plane-measure';
import { subtractPolygons } from '../../geo/polygon-clip';
import { distanceToBoundaryM, placeOfPoint } from './point-in-polygon';

export interface CornerAgainstEnvelope {
  /** 1-based, in the order measured. */
  readonly cornerNo: number;
  /** Distance outside the envelope, m; 0 inside or on it. */
  readonly outsideM: number;
}

export interface BuildingCheck {
  readonly corners: readonly CornerAgainstEnvelope[];
  /** The building's area outside the envelope, m² (to 0.1 m²). */
  readonly outsideAreaM2: number;
  /** The farthest a corner stands outside, m. */
  readonly maxOutsideM: number;
  readonly withinEnvelope: boolean;
}

const outsideOf = (p: PlanePoint, envelopes: readonly PlanePolygon[]): number =>
  envelopes.some((e) => placeOfPoint(p, e, 0.001) !== 'outside') ? 0 : Math.min(...envelopes.map((e) => distanceToBoundaryM(p, e)));

/** At least three corners; an empty envelope list (an unbuildable plot) puts every corner outside. */
export function checkBuilding(corners: readonly PlanePoint[], envelopes: readonly PlanePolygon[]): BuildingCheck {
  const checked = corners.map((p, i) => ({ cornerNo: i + 1, outsideM: envelopes.length ? outsideOf(p, envelopes) : Infinity }));
  const building: PlanePolygon = [corners.map((p) => asPlane(p))];
  const outside = corners.length >= 3 ? subtractPolygons([building], envelopes) : [];
  const raw = outside.reduce((sum, polygon) => sum + polygonAreaM2(polygon), 0);
  const outsideAreaM2 = Math.round(raw * 10) / 10;
  const maxOutsideM = Math.max(0, ...checked.map((c) => c.outsideM));
  return { corners: checked, outsideAreaM2, maxOutsideM, withinEnvelope: maxOutsideM === 0 && outsideAreaM2 < 0.05 };
}
