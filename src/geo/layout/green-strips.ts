/**
 * Green strips along the zone edge: the isolation strip (dải cây xanh cách ly, QCVN 01:2021 2.5.2)
 * `greenBufferM` wide along edges facing homes, and `perimeterGreenM` along every other edge.
 * Roads that cross a strip are cut out of it later by the caller.
 */
import type { PlanePoint } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import { bufferPolyline, intersectPolygons, offsetPolygons, subtractPolygons, type PlaneMultiPolygon } from './clip';
import { ROUND_ARC_TOLERANCE_M } from '../polygon-clip';
import { TOLERANCE_M } from '../tolerance';

export interface GreenStrips {
  readonly isolation: PlanePolygon[];
  readonly perimeter: PlanePolygon[];
  /** The land inside both strips (the zone, its holes kept, less the strips). */
  readonly land: PlanePolygon[];
}

/**
 * @param zone the zone polygon (holes are kept out of the strips)
 * @param residentialEdges lines along the zone edge facing homes
 * @param greenBufferM isolation strip width, m
 * @param perimeterGreenM strip width along the other edges, m
 */
export function greenStrips(
  zone: PlanePolygon, residentialEdges: readonly (readonly PlanePoint[])[], greenBufferM: number, perimeterGreenM: number,
): GreenStrips {
  const zoneSet: PlaneMultiPolygon = [zone];
  let isolation: PlanePolygon[] = [];
  if (greenBufferM > 0 && residentialEdges.length) {
    // Everything within greenBufferM of the line itself, round its ends and corners too (a line 0.3 m
    // outside the edge, or one ending at an acute corner, left plots 0.3–3.5 m closer with square-cut
    // bands); the chords of the round ends are drawn outside the true circle.
    const radiusM = greenBufferM + ROUND_ARC_TOLERANCE_M + TOLERANCE_M;
    const bands = residentialEdges.filter((l) => l.length >= 2).flatMap((line) => bufferPolyline(line, 2 * radiusM, 'round'));
    isolation = intersectPolygons(zoneSet, bands);
  }
  let perimeter: PlanePolygon[] = [];
  let land = subtractPolygons(zoneSet, isolation);
  if (perimeterGreenM > 0) {
    const inner = offsetPolygons([[zone[0]]], -perimeterGreenM);
    // The land is cut from the offset ring itself: the zone less both strips, in two differences,
    // left slivers up to 0.9 m inside the perimeter strip where a homes line's round buffer runs
    // almost along it (random triangle 41); what the strips and the land miss goes to the leftover.
    land = subtractPolygons(intersectPolygons(zoneSet, inner), isolation);
    perimeter = subtractPolygons(zoneSet, [...land, ...isolation]);
  }
  return { isolation, perimeter, land };
}
