/**
 * The leftover land: the zone less every piece of the layout, so that nothing is lost. The result is
 * checked against the area balance (the pieces are disjoint, so leftover = zone − Σ pieces); when the
 * one-shot difference misses it (clipper2-ts can join output rings wrongly when many edges touch), the
 * pieces are taken out one at a time instead.
 */
import { multiPolygonAreaM2, polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { subtractPolygons } from './clip';

/** Tolerated area mismatch per piece, m² (rounding of the 1 mm grid). */
const MISMATCH_PER_PIECE_M2 = 0.01;

export function leftoverLand(zone: PlanePolygon, pieces: readonly PlanePolygon[]): PlanePolygon[] {
  const expected = polygonAreaM2(zone) - multiPolygonAreaM2(pieces);
  const allowed = MISMATCH_PER_PIECE_M2 * (pieces.length + 1);
  const clean = (list: PlanePolygon[]) => list.filter((q) => polygonAreaM2(q) > 0);
  const once = clean(subtractPolygons([zone], pieces));
  if (Math.abs(multiPolygonAreaM2(once) - expected) <= allowed) return once;
  let rest: PlanePolygon[] = [zone];
  for (const piece of pieces) rest = subtractPolygons(rest, [piece]);
  const stepwise = clean(rest);
  return Math.abs(multiPolygonAreaM2(stepwise) - expected) < Math.abs(multiPolygonAreaM2(once) - expected) ? stepwise : once;
}
