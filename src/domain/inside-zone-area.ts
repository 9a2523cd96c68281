/**
 * The part of a parcel inside the planned zone (the zone's holes excluded), as the land recovery and the
 * parcel record state it. One function, so that every figure of "inside the zone" is the same number:
 * the clip runs on a 1 µm grid (not the layout's 1 mm grid), so the area is exact to far below the
 * 0.1 m² it is rounded to, once, where it is shown.
 */
import { intersectPolygons, MEASURE_PRECISION_DECIMALS } from '../geo/polygon-clip';
import { multiPolygonAreaM2, type PlanePolygon } from '../geo/plane-measure';
import type { Parcel } from './parcel';

/** The polygons of `parcel` inside `zone`, plane metres. */
export const insideZonePolygons = (parcel: Pick<Parcel, 'polygon'>, zone: PlanePolygon): PlanePolygon[] =>
  intersectPolygons([parcel.polygon], [zone], { precisionDecimals: MEASURE_PRECISION_DECIMALS });

/** Plane area of `parcel` inside `zone`, m², full precision (round only for display). */
export function insideZoneAreaM2(parcel: Pick<Parcel, 'polygon'>, zone: PlanePolygon): number {
  return multiPolygonAreaM2(insideZonePolygons(parcel, zone));
}
