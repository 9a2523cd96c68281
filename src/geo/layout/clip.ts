/**
 * The set operations of polygon-clip.ts with the nesting of their results repaired (fix-nesting.ts):
 * every clipping call of the layout engine goes through here.
 */
import type { PlanePolygon } from '../plane-measure';
import {
  intersectPolygons as intersectRaw, offsetPolygons as offsetRaw, subtractPolygons as subtractRaw, unitePolygons as uniteRaw,
  type PlaneMultiPolygon,
} from '../polygon-clip';
import { fixNesting } from './fix-nesting';

export const intersectPolygons = (a: PlaneMultiPolygon, b: PlaneMultiPolygon): PlanePolygon[] => fixNesting(intersectRaw(a, b));
export const subtractPolygons = (a: PlaneMultiPolygon, b: PlaneMultiPolygon): PlanePolygon[] => fixNesting(subtractRaw(a, b));
export const unitePolygons = (...groups: PlaneMultiPolygon[]): PlanePolygon[] => fixNesting(uniteRaw(...groups));
export const offsetPolygons = (shapes: PlaneMultiPolygon, distanceM: number): PlanePolygon[] => fixNesting(offsetRaw(shapes, distanceM));
export { bufferPolyline, type PlaneMultiPolygon } from '../polygon-clip';
