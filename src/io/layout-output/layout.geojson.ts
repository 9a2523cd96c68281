/**
 * Writes a layout as a GeoJSON FeatureCollection in WGS84 (RFC 7946 axis order, no `crs` member),
 * coordinates with 9 decimals so that the VN-2000 plane geometry survives the round trip to about
 * 0.1 mm, and a top-level member `phanlo: { crs, parameters, landUse, warnings }` (+ `separationEdges`:
 * `[{ stripM, coordinates }]`, WGS84 lines, when accepted separations narrowed the strip).
 * One feature per line; the same input gives byte-identical output.
 */
import { geometryToGeoJsonText, lngLatPositionWriter } from './geojson-position';
import type { LayoutDocument } from './layout-document';

/** The GeoJSON text of a layout, ending with a line break. */
export function writeLayoutGeoJson(layout: LayoutDocument): string {
  const write = lngLatPositionWriter(layout.crs);
  const phanlo = {
    crs: layout.crs,
    parameters: layout.parameters,
    landUse: layout.landUse,
    warnings: layout.warnings,
    // What narrowed the strip, as the zone file's `separation` lines would say it: `phanlo layout` on
    // the zone with these lines gives this layout again. Absent without marks (files as before).
    ...(layout.separationEdges?.length ? {
      separationEdges: layout.separationEdges.map((mark) => ({
        stripM: mark.stripM,
        coordinates: JSON.parse(geometryToGeoJsonText({ type: 'LineString', coordinates: mark.line as never }, write)).coordinates as unknown,
      })),
    } : {}),
  };
  const features = layout.features.map(
    (feature) =>
      `{"type":"Feature","properties":${JSON.stringify(feature.properties)},` +
      `"geometry":${geometryToGeoJsonText(feature.geometry, write)}}`,
  );
  return (
    '{"type":"FeatureCollection",\n' +
    `"phanlo":${JSON.stringify(phanlo, null, 1)},\n` +
    (features.length > 0 ? `"features":[\n${features.join(',\n')}\n]}\n` : '"features":[]}\n')
  );
}
