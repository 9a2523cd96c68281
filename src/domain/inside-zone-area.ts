/**
 * The part of a parcel inside the planned zone (the zone's holes excluded), as the land recovery and the
 * parcel record state it. One measure, so that every figure of "inside the zone" is the same number:
 * the clip runs on a 1 µm grid (not the layout's 1 mm grid), so the area is exact to far below the
 * 0.1 m² it is rounded to, once, where it is shown.
 */
import { intersectPolygons, MEASURE_PRECISION_DECIMALS } from '../geo/polygon-clip';
import { multiPolygonAreaM2, polygonAreaM2, type PlanePolygon } from '../geo/plane-measure';
import type { Parcel } from './parcel';

/**
 * Less than this inside the zone is a sliver from a shared edge drawn twice, not a recovery; a parcel
 * that keeps less than this outside the zone is wholly inside. m².
 */
export const MIN_RECOVERED_AREA_M2 = 0.05;

export interface InsideZoneMeasure {
  /** The parts of the parcel inside the zone, plane metres. */
  readonly polygons: PlanePolygon[];
  /** Plane area of the whole parcel, m², full precision. */
  readonly parcelAreaM2: number;
  /**
   * Area inside the zone, m², full precision; the parcel's own area when it is wholly inside, so that
   * its stated area is its record's to the last digit (a shared edge drawn a hair apart could move it).
   */
  readonly insideAreaM2: number;
  /** Less than MIN_RECOVERED_AREA_M2 stays outside. */
  readonly whole: boolean;
}

/** How much of `parcel` lies inside `zone`; ring orientation does not matter, inputs are not changed. */
export function measureInsideZone(parcel: Pick<Parcel, 'polygon'>, zone: PlanePolygon): InsideZoneMeasure {
  const polygons = intersectPolygons([parcel.polygon], [zone], { precisionDecimals: MEASURE_PRECISION_DECIMALS });
  const clippedM2 = multiPolygonAreaM2(polygons);
  const parcelAreaM2 = polygonAreaM2(parcel.polygon);
  const whole = clippedM2 >= MIN_RECOVERED_AREA_M2 && parcelAreaM2 - clippedM2 < MIN_RECOVERED_AREA_M2;
  return { polygons, parcelAreaM2, insideAreaM2: whole ? parcelAreaM2 : clippedM2, whole };
}

/** Plane area of `parcel` inside `zone`, m², full precision (round only for display). */
export const insideZoneAreaM2 = (parcel: Pick<Parcel, 'polygon'>, zone: PlanePolygon): number =>
  measureInsideZone(parcel, zone).insideAreaM2;
