/**
 * Green strips along the zone edge: the isolation strip (dải cây xanh cách ly, QCVN 01:2021 2.5.2)
 * `greenBufferM` wide along edges facing homes, and `perimeterGreenM` along every other edge — except
 * where a separation line (the district accepts a public road or canal as the separation) narrows it
 * to its own `stripM` (separation-edges.ts). Roads that cross a strip are cut out of it later by the caller.
 */
import type { PlanePoint } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import type { SeparationEdge } from '../zone-site';
import { bufferPolyline, intersectPolygons, offsetPolygons, subtractPolygons, type PlaneMultiPolygon } from './clip';
import { ROUND_ARC_TOLERANCE_M } from '../polygon-clip';
import { TOLERANCE_M } from '../tolerance';
import { anySeparated, boundaryPieces, narrowedEdges, type NarrowedEdge } from './separation-edges';

export interface GreenStrips {
  readonly isolation: PlanePolygon[];
  readonly perimeter: PlanePolygon[];
  /** The land inside both strips (the zone, its holes kept, less the strips). */
  readonly land: PlanePolygon[];
  /** Edges where a separation line left the strip under 2.5.2's 10 m (empty when none). */
  readonly narrowed: NarrowedEdge[];
}

/** Round bands are drawn this much wider: their chords lie outside the true circle, and the grid rounds. */
const roundRadiusM = (widthM: number): number => widthM + ROUND_ARC_TOLERANCE_M + TOLERANCE_M;

/**
 * @param zone the zone polygon (holes are kept out of the strips)
 * @param residentialEdges lines along the zone edge facing homes
 * @param greenBufferM isolation strip width, m
 * @param perimeterGreenM strip width along the other edges, m
 * @param separation stretches of the boundary with their own strip width (accepted separation)
 */
export function greenStrips(
  zone: PlanePolygon, residentialEdges: readonly (readonly PlanePoint[])[], greenBufferM: number, perimeterGreenM: number,
  separation: readonly SeparationEdge[] = [],
): GreenStrips {
  const zoneSet: PlaneMultiPolygon = [zone];
  let isolation: PlanePolygon[] = [];
  if (greenBufferM > 0 && residentialEdges.length) {
    // Everything within greenBufferM of the line itself, round its ends and corners too (a line 0.3 m
    // outside the edge, or one ending at an acute corner, left plots 0.3–3.5 m closer with square-cut
    // bands); the chords of the round ends are drawn outside the true circle.
    const radiusM = roundRadiusM(greenBufferM);
    const bands = residentialEdges.filter((l) => l.length >= 2).flatMap((line) => bufferPolyline(line, 2 * radiusM, 'round'));
    isolation = intersectPolygons(zoneSet, bands);
  }
  const pieces = separation.length ? boundaryPieces(zone[0], separation, perimeterGreenM) : [];
  if (anySeparated(pieces)) {
    // Each piece of the outer boundary keeps its own width: the land is what lies at least that far
    // from every piece (round ends, so the full strip of an edge that is not separated turns the
    // corner onto a separated one instead of stopping square).
    const bands = pieces.filter((q) => q.stripM > 0).flatMap((q) => bufferPolyline([q.from, q.to], 2 * roundRadiusM(q.stripM), 'round'));
    const land = subtractPolygons(zoneSet, [...bands, ...isolation]);
    const perimeter = subtractPolygons(zoneSet, [...land, ...isolation]);
    return { isolation, perimeter, land, narrowed: narrowedEdges(pieces) };
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
  return { isolation, perimeter, land, narrowed: [] };
}
