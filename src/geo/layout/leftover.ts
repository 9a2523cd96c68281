/**
 * The leftover land: the zone less every piece of the layout, so that nothing is lost. The result is
 * checked against the area balance (the pieces are disjoint, so leftover = zone − Σ pieces): clipper2-ts
 * sometimes joins the output rings of a large difference wrongly (a ring that crosses itself, seen at
 * the 1 mm precision and not at 1 cm or 0.1 mm, where edges of the zone, a road and a plot run
 * together). When the one-shot difference misses the balance, the pieces are taken out one at a time,
 * then band by band; last, the pieces are grown by a grid step before they are taken out.
 */
import { asPlane } from '../coordinates';
import { multiPolygonAreaM2, polygonAreaM2, ringPerimeterM, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, offsetPolygons, subtractPolygons, unitePolygons } from './clip';
import { TOLERANCE_M } from '../tolerance';

/** Leftover pieces narrower on average than this are rounding dust, m. */
const HAIRLINE_WIDTH_M = 0.005;

/**
 * Tolerated area mismatch per piece, m²: grid rounding (a 1 mm stray along 50 m of edge is 0.05 m²);
 * the failures this guards against lose whole triangles of tens of square metres.
 */
const MISMATCH_PER_PIECE_M2 = 0.05;

type Box = [number, number, number, number];
function boxOf(polygon: PlanePolygon): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const q of polygon[0]) { x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]); }
  return [x0, y0, x1, y1];
}

/** The zone less the pieces, band by band (bands `heightM` high along northing, starting `offsetM` up). */
function banded(zone: PlanePolygon, pieces: readonly PlanePolygon[], heightM: number, offsetM: number): PlanePolygon[] {
  const [x0, y0, x1, y1] = boxOf(zone);
  const boxes = pieces.map(boxOf);
  const out: PlanePolygon[] = [];
  for (let lo = Math.floor(y0) - offsetM; lo < y1; lo += heightM) {
    const hi = lo + heightM;
    const band: PlanePolygon = [[asPlane([x0 - 1, lo]), asPlane([x1 + 1, lo]), asPlane([x1 + 1, hi]), asPlane([x0 - 1, hi]), asPlane([x0 - 1, lo])]];
    const near = pieces.filter((_, i) => boxes[i][1] <= hi && boxes[i][3] >= lo);
    out.push(...subtractPolygons(intersectPolygons([zone], [band]), near));
  }
  return out;
}

export function leftoverLand(zone: PlanePolygon, pieces: readonly PlanePolygon[]): PlanePolygon[] {
  const expected = polygonAreaM2(zone) - multiPolygonAreaM2(pieces);
  const allowed = MISMATCH_PER_PIECE_M2 * (pieces.length + 1);
  // Hairlines (a few millimetres wide on average, from grid rounding where two cut edges meet) are dust,
  // not land: drawn, they would be rings that run out and back along an edge.
  const clean = (list: PlanePolygon[]) => list.filter((q) => polygonAreaM2(q) > HAIRLINE_WIDTH_M / 2 * ringPerimeterM(q[0]));
  const miss = (list: PlanePolygon[]) => Math.abs(multiPolygonAreaM2(list) - expected);
  const tries = [
    () => subtractPolygons([zone], pieces),
    () => pieces.reduce<PlanePolygon[]>((rest, piece) => subtractPolygons(rest, [piece]), [zone]),
    () => banded(zone, pieces, 50, 0),
    // Last resort: the pieces grown by a grid step, so that no edge of theirs runs along the zone's;
    // the leftover then stands 1 mm off them (a seam far below the coverage tolerance).
    () => subtractPolygons([zone], offsetPolygons(unitePolygons(pieces), TOLERANCE_M)),
    () => banded(zone, offsetPolygons(unitePolygons(pieces), 2 * TOLERANCE_M), 37, 11),
  ];
  let best: PlanePolygon[] = [];
  for (const attempt of tries) {
    const result = clean(attempt());
    if (miss(result) <= allowed) return result;
    if (!best.length || miss(result) < miss(best)) best = result;
  }
  return best;
}
