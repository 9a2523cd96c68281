/**
 * Moves a parcel layer into another VN-2000 plane (e.g. 105°45′ → 105°30′) through WGS84, so that
 * a layer stored before the user changed the plane CRS still measures against the zone correctly.
 */
import { asPlane, convertPoint, type CrsId } from '../geo/coordinates';
import type { ParcelLayer } from './parcel';

export function reprojectParcelLayer(layer: ParcelLayer, targetCrs: CrsId): ParcelLayer {
  if (layer.crs === targetCrs) return layer;
  return {
    ...layer,
    crs: targetCrs,
    parcels: layer.parcels.map((parcel) => ({
      ...parcel,
      polygon: parcel.polygon.map((ring) => ring.map((p) => asPlane(convertPoint(layer.crs, targetCrs, p)))),
    })),
  };
}
