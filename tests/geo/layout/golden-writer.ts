/** Writes a layout result as a plane-coordinate GeoJSON FeatureCollection that QGIS opens (EPSG:9209), one feature per line. */
import type { LayoutResult } from '../../../src/geo/layout';

export function goldenGeoJson(name: string, r: LayoutResult): string {
  const epsg = /^EPSG:(\d+)$/.exec(r.crs)?.[1] ?? '9209';
  const head = {
    type: 'FeatureCollection',
    name,
    crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${epsg}` } },
    phanlo: { crs: r.crs, parameters: r.parameters, landUse: r.landUse, warnings: r.warnings },
  };
  const features = r.features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
  const top = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  return `${top},\n "features": [\n${features.join(',\n')}\n ]\n}\n`;
}
