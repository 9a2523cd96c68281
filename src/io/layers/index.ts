/** Readers and writers of our own layer files (public/geo/): parcels, the zone site, context. */
export * from './read-result';
export * from './issue-codes';
export { canonicalCrs, hasCrsMember, readGeoJsonCrs } from './geojson-crs';
export {
  coordinateCause, crsSpace, geometryToPlane, guessSpace, orientPolygon, orientRing, planeConverter,
  PLANE_RANGE, WGS84_RANGE,
  type CoordinateSpace, type PlaneConverter, type RangeProblem, type SourceGeometry,
} from './to-plane';
export { readParcelLayer, sourceParcelsOf, type ReadLayerOptions } from './parcel-layer';
export {
  buildParcelLayer, ownFieldMapping, PARCEL_TARGET_FIELDS, REQUIRED_PARCEL_FIELDS,
  type ParcelFieldMapping, type ParcelTargetField, type SourceParcel,
} from './parcel-records';
export { readZoneSite, ACCESS_ROAD_REACH_M, type ZoneSiteRead, type AccessRoadProperties } from './zone-site';
export { readContextLayer, type ContextFeature, type ContextProperties } from './context-layer';
export {
  contextLayerToGeoJson, parcelLayerToGeoJson, zoneSiteToGeoJson,
  type ContextMapProperties, type LayerCollection, type ParcelMapProperties, type SiteMapProperties, type ToGeoJsonOptions,
} from './to-geojson';
