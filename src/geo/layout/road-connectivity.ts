/**
 * Whether a candidate's roads form one network reachable from its entrance. The road steps each join
 * their piece to the network they know of, but nothing checked the whole: on random jogged polygon 3
 * of properties-c (two ponds, 12.7 ha) a branch moved clear of a pond beside a moved gate was left
 * joined to nothing, and its plots fronted a road no truck could reach. pattern-layout.ts rejects such a
 * candidate, so it never wins.
 */
import { offsetPolygons } from './clip';
import type { PlanePolygon } from '../plane-measure';
import { pointInPolygon, pointSegmentDistanceM, polygonSegments } from './segments';

/**
 * Pieces drawn edge to edge may stand a grid step or two apart after rounding (1 mm grid): each is
 * grown by this much before they are joined, m (less than any gap a vehicle could cross).
 */
const JOIN_M = 0.005;

/**
 * Whether the road polygons are one connected network (pieces touching along an edge, within JOIN_M)
 * that reaches every gate point (the entrance, on the zone edge at the main road's centre).
 * @param roads the road polygons as drawn, plane metres
 * @param gates points where public roads are entered, plane metres
 */
export function roadsConnected(roads: readonly PlanePolygon[], gates: readonly (readonly [number, number])[]): boolean {
  if (!roads.length) return false;
  const network = offsetPolygons(roads, JOIN_M);
  if (network.length !== 1) return false;
  const [polygon] = network;
  const edges = polygonSegments(polygon);
  return gates.every(([x, y]) => pointInPolygon(x, y, polygon) || edges.some((s) => pointSegmentDistanceM(x, y, s) <= 2 * JOIN_M));
}
