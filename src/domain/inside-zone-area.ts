/** How much of a parcel lies inside the planned zone (the zone's holes excluded), in plane m². */
import { intersectPolygons } from '../geo/polygon-clip';
import { multiPolygonAreaM2, type PlanePolygon } from '../geo/plane-measure';
import type { Parcel } from './parcel';

export function insideZoneAreaM2(parcel: Parcel, zone: PlanePolygon): number {
  return multiPolygonAreaM2(intersectPolygons([parcel.polygon], [zone]));
}
