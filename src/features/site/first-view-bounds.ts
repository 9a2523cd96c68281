/**
 * Where the parcel map looks first: the planning zone, as long as the parcel layer reaches it; the
 * parcel layer itself when it lies elsewhere (a commune's own layer, imported away from the demo zone),
 * so that nobody opens their file onto an empty stretch of map. The "back to the zone" button still
 * frames the zone.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { Wgs84Bounds } from './site-map-data';

/** The WGS84 box of every position of a collection; null for a collection without any. */
export function collectionBounds(collection: FeatureCollection): Wgs84Bounds | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [lng, lat] = value as Position;
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      return;
    }
    for (const item of value) visit(item);
  };
  for (const feature of collection.features) if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return west <= east ? [[west, south], [east, north]] : null;
}

const overlap = (a: Wgs84Bounds, b: Wgs84Bounds): boolean =>
  a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** The zone's box while the parcels' box touches it, else the parcels' box. */
export function firstViewBounds(zoneBounds: Wgs84Bounds, parcels: FeatureCollection): Wgs84Bounds {
  const parcelBounds = collectionBounds(parcels);
  return !parcelBounds || overlap(zoneBounds, parcelBounds) ? zoneBounds : parcelBounds;
}
