/**
 * The layout's features in the order writers draw them (green under roads under lots), coordinates
 * snapped to the 1 mm grid and written as the shortest decimals (2306357.956, not …9560000002).
 */
import { asPlane, type PlanePoint } from '../coordinates';
import { polygonAreaM2, roundAreaM2, roundLengthM, type PlanePolygon } from '../plane-measure';
import type { FacilityLot } from './facilities';
import type { RoadLine, RoadNetwork } from './road-network';
import type { PlotCandidate } from './slice-rows';
import type { LayoutFeature, LayoutParameters } from './types';

const snap = (q: readonly [number, number]): PlanePoint => asPlane([Math.round(q[0] * 1000) / 1000, Math.round(q[1] * 1000) / 1000]);
/** A polygon on the 1 mm grid, as the layout's features carry it. */
export const snapped = (polygon: PlanePolygon): PlanePolygon => polygon.map((ring) => ring.map(snap));
const polygonFeature = (coordinates: PlanePolygon, properties: LayoutFeature['properties']): LayoutFeature =>
  ({ geometry: { type: 'Polygon', coordinates: snapped(coordinates) }, properties });

export interface LayoutParts {
  /** The centre lines fitted to the roads as built (centre-lines.ts). */
  centrelines: readonly RoadLine[];
  kept: PlanePolygon[];
  isolation: PlanePolygon[];
  perimeter: PlanePolygon[];
  leftover: PlanePolygon[];
  roads: RoadNetwork;
  facilities: readonly FacilityLot[];
  /** Plots in natural order, with their final codes and envelopes in the same order. */
  plots: readonly PlotCandidate[];
  codes: readonly string[];
  envelopes: readonly (PlanePolygon | null)[];
}

export function layoutFeatures(parts: LayoutParts, p: LayoutParameters): LayoutFeature[] {
  const features: LayoutFeature[] = [];
  const green = (role: 'isolation' | 'perimeter' | 'leftover' | 'kept', list: PlanePolygon[]) =>
    list.forEach((q) => features.push(polygonFeature(q, { kind: 'green', role, areaM2: roundAreaM2(polygonAreaM2(q)) })));
  green('kept', parts.kept);
  green('isolation', parts.isolation);
  green('perimeter', parts.perimeter);
  green('leftover', parts.leftover);
  for (const piece of parts.roads.pieces) {
    for (const q of piece.polygons) features.push(polygonFeature(q, { kind: 'road', role: piece.role, widthM: piece.widthM, areaM2: roundAreaM2(polygonAreaM2(q)) }));
  }
  for (const lot of parts.facilities) {
    for (const q of lot.polygons) features.push(polygonFeature(q, { kind: 'facility', use: lot.use, areaM2: roundAreaM2(polygonAreaM2(q)) }));
  }
  parts.plots.forEach((c, i) => features.push(polygonFeature(c.polygon, {
    kind: 'plot', code: parts.codes[i], areaM2: roundAreaM2(polygonAreaM2(snapped(c.polygon))), frontageM: roundLengthM(c.shape.frontageM), depthM: roundLengthM(c.shape.depthM),
    corner: c.corner ?? false,
  })));
  parts.envelopes.forEach((e, i) => {
    if (e) features.push(polygonFeature(e, { kind: 'buildable', plotCode: parts.codes[i], areaM2: roundAreaM2(polygonAreaM2(snapped(e))) }));
  });
  for (const line of parts.centrelines) {
    const points = line.points.map(snap);
    features.push({ geometry: { type: 'LineString', coordinates: points }, properties: {
      kind: 'road-centreline', role: line.role, widthM: line.widthM, lengthM: roundLengthM(Math.hypot(points[1][0] - points[0][0], points[1][1] - points[0][1])),
    } });
  }
  for (const arc of parts.roads.kerbs) {
    features.push({ geometry: { type: 'LineString', coordinates: arc.map(snap) }, properties: { kind: 'road-kerb', radiusM: p.kerbRadiusM } });
  }

  return features;
}
