/**
 * The layout as the map draws it: WGS84 copies of the engine's plane features, each with an `id`,
 * its plot's area class and rule result for colouring, and one label point per plot (code, area).
 * Never stored: the plane features stay the truth; these are for drawing only.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { planeProjection } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { planeGeometryToWgs84, type PlaneToLngLat } from '../../geo/plane-geometry-wgs84';
import type { PlanePolygon } from '../../geo/plane-measure';
import type { LayoutResult } from '../../geo/layout';
import { polygonLabelPoint } from '../../io/layout-output/label-point';
import type { PlanLayoutData, WgsBounds } from '../../map/plan-map-adapter';
import { collectionBounds } from '../site/first-view-bounds';
import { areaClassIndex } from './area-classes';
import { drawingLngLat } from './layout-lnglat';
import type { PlotRow } from './plot-rows';

const polygonsOf = (geometry: PlaneGeometry): PlanePolygon[] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? [...geometry.coordinates] : [];

/** The plane bounding box of every coordinate of a layout [minE, minN, maxE, maxN]. */
function layoutBox(layout: LayoutResult): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (q: readonly number[]) => {
    if (q[0] < box[0]) box[0] = q[0];
    if (q[1] < box[1]) box[1] = q[1];
    if (q[0] > box[2]) box[2] = q[0];
    if (q[1] > box[3]) box[3] = q[1];
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') add(value as number[]);
    else if (Array.isArray(value)) for (const item of value) walk(item);
  };
  for (const feature of layout.features) walk(feature.geometry.coordinates);
  return box;
}

/** The map's copy of a layout; `rows` (plotRows of the same layout) give each plot its rule result. */
export function layoutMapData(layout: LayoutResult, rows: readonly PlotRow[]): PlanLayoutData {
  const toLngLat: PlaneToLngLat = drawingLngLat(planeProjection(layout.crs), layoutBox(layout));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const { minPlotAreaM2, maxPlotAreaM2 } = layout.parameters;
  const features: Feature[] = [];
  const labels: Feature[] = [];
  layout.features.forEach((feature, index) => {
    const p = feature.properties;
    const geometry = planeGeometryToWgs84(feature.geometry, toLngLat);
    if (p.kind === 'plot') {
      const row = rowById.get(p.code);
      const extra = { id: p.code, areaClass: areaClassIndex(p.areaM2, minPlotAreaM2, maxPlotAreaM2), rule: row?.rule ?? 'pass' };
      features.push({ type: 'Feature', id: index, properties: { ...p, ...extra }, geometry });
      const [largest] = polygonsOf(feature.geometry).sort((a, b) => b[0].length - a[0].length);
      if (largest) {
        labels.push({
          type: 'Feature', id: index, properties: { kind: 'plot-label', id: p.code, code: p.code, areaM2: p.areaM2 },
          geometry: { type: 'Point', coordinates: toLngLat(polygonLabelPoint(largest)) },
        });
      }
      return;
    }
    const id = p.kind === 'buildable' ? `${p.plotCode}/buildable` : `${p.kind}-${index}`;
    features.push({ type: 'Feature', id: index, properties: { ...p, id }, geometry });
  });
  return {
    features: { type: 'FeatureCollection', features },
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** WGS84 bounds of one feature of the map data, for bringing a plot into view. */
export function featureBounds(collection: FeatureCollection, id: string): WgsBounds | null {
  const feature = collection.features.find((f) => f.properties?.id === id);
  return feature ? collectionBounds({ type: 'FeatureCollection', features: [feature] }) : null;
}

/** An empty map layout, for before the first layout arrives. */
export const EMPTY_LAYOUT_DATA: PlanLayoutData = {
  features: { type: 'FeatureCollection', features: [] },
  labels: { type: 'FeatureCollection', features: [] },
};
