/**
 * The leftover land: the zone less every piece of the layout, so that nothing is lost. The result is
 * checked against the area balance (the pieces are disjoint, so leftover = zone − Σ pieces): clipper2-ts
 * sometimes joins the output rings of a large difference wrongly (a ring that crosses itself, seen at
 * the 1 mm precision and not at 1 cm or 0.1 mm, where edges of the zone, a road and a plot run
 * together). Such a ring may also cover part of a piece while leaving land out elsewhere, so that the
 * balance alone does not show it: every result first has each piece it still overlaps carved out of it.
 * When the one-shot difference then misses the balance, the pieces are taken out one at a time, then
 * band by band, then grown by a grid step, then the clipping is done a quarter turn round; when none
 * keeps the balance, a result short of it gets the land it left out (the zone less the pieces and it).
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

/** The polygons turned a quarter turn (exact on the grid): clipping then sweeps the other way. */
const quarterTurn = (list: readonly PlanePolygon[], sign: 1 | -1): PlanePolygon[] =>
  list.map((polygon) => polygon.map((ring) => ring.map((q) => asPlane([-sign * q[1], sign * q[0]]))));

const meet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Hairlines (a few millimetres wide on average, from grid rounding where two cut edges meet) are dust. */
const notHairline = (q: PlanePolygon) => polygonAreaM2(q) > HAIRLINE_WIDTH_M / 2 * ringPerimeterM(q[0]);

/** The part of the leftover lying on a piece, hairlines left out (a shared edge rounded 1 mm apart is no overlap). */
const overlapOf = (leftover: PlanePolygon, piece: PlanePolygon) => intersectPolygons([leftover], [piece]).filter(notHairline);

/**
 * The leftover with every piece it still overlaps taken out, one piece at a time (then that piece grown
 * by a grid step, when the wrong ring comes back): whatever ring the clipping gave, the leftover never
 * lies on a plot, road, lot or strip. Leftovers that overlap nothing are returned as they are.
 */
function carved(leftover: PlanePolygon[], pieces: readonly PlanePolygon[]): PlanePolygon[] {
  const boxes = pieces.map(boxOf);
  let out = leftover;
  for (let i = 0; i < pieces.length; i++) {
    const onPiece = (q: PlanePolygon) => meet(boxOf(q), boxes[i]) && overlapOf(q, pieces[i]).length > 0;
    if (!out.some(onPiece)) continue;
    for (const grow of [0, TOLERANCE_M, 2 * TOLERANCE_M]) {
      const cutter = grow ? offsetPolygons([pieces[i]], grow) : [pieces[i]];
      out = out.flatMap((q) => (onPiece(q) ? subtractPolygons([q], cutter) : [q])).filter(notHairline);
      if (!out.some(onPiece)) break;
    }
  }
  return out;
}

export function leftoverLand(zone: PlanePolygon, pieces: readonly PlanePolygon[]): PlanePolygon[] {
  const expected = polygonAreaM2(zone) - multiPolygonAreaM2(pieces);
  const allowed = MISMATCH_PER_PIECE_M2 * (pieces.length + 1);
  // Hairlines are not land: drawn, they would be rings that run out and back along an edge. A wrong
  // ring from clipping may still cover part of a piece: that part is carved away.
  const clean = (list: PlanePolygon[]) => carved(list.filter(notHairline), pieces);
  const miss = (list: PlanePolygon[]) => Math.abs(multiPolygonAreaM2(list) - expected);
  const tries = [
    () => subtractPolygons([zone], pieces),
    () => pieces.reduce<PlanePolygon[]>((rest, piece) => subtractPolygons(rest, [piece]), [zone]),
    () => banded(zone, pieces, 50, 0),
    // Last resort: the pieces grown by a grid step, so that no edge of theirs runs along the zone's;
    // the leftover then stands 1 mm off them (a seam far below the coverage tolerance).
    () => subtractPolygons([zone], offsetPolygons(unitePolygons(pieces), TOLERANCE_M)),
    () => banded(zone, offsetPolygons(unitePolygons(pieces), 2 * TOLERANCE_M), 37, 11),
    // The same clipping a quarter turn round: the wrong joins depend on the sweep direction.
    () => quarterTurn(subtractPolygons(quarterTurn([zone], 1), quarterTurn(pieces, 1)), -1),
    () => quarterTurn(quarterTurn(pieces, 1).reduce<PlanePolygon[]>((rest, piece) => subtractPolygons(rest, [piece]), quarterTurn([zone], 1)), -1),
  ];
  // Land that a wrong ring left out (the leftover short of the balance once carved): the zone less the
  // pieces and the leftover, carved too, tried a quarter turn round and piece by piece.
  const filled = (list: PlanePolygon[]) => {
    const taken = [...pieces, ...list];
    const gaps = [
      () => subtractPolygons([zone], taken),
      () => quarterTurn(subtractPolygons(quarterTurn([zone], 1), quarterTurn(taken, 1)), -1),
      () => taken.reduce<PlanePolygon[]>((rest, piece) => subtractPolygons(rest, [piece]), [zone]),
    ];
    let most = list;
    for (const gap of gaps) {
      const result = [...list, ...carved(gap().filter(notHairline), taken)];
      if (miss(result) <= allowed) return result;
      if (miss(result) < miss(most)) most = result;
    }
    return most;
  };
  const results: PlanePolygon[][] = [];
  for (const attempt of tries) {
    const result = clean(attempt());
    if (miss(result) <= allowed) return result;
    results.push(result);
  }
  // No try keeps the balance: those short of it get the land they left out.
  let best = results[0];
  for (const result of results) {
    const more = multiPolygonAreaM2(result) < expected - allowed ? filled(result) : result;
    if (miss(more) <= allowed) return more;
    if (miss(more) < miss(best)) best = more;
  }
  return best;
}
