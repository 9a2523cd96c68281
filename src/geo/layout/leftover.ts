/**
 * The leftover land: the zone less every piece of the layout, so that nothing is lost; it goes to the
 * green. One difference: the wrong rings that once made this file retry by pieces, by bands, grown and
 * a quarter turn round came from clipper2-ts joining rings at T-junctions, which polygon-noding.ts now
 * makes vertices before every clipping (tests/geo/polygon-clip-port.test.ts).
 *
 * What the difference leaves between edges that follow one line a grid step apart is not land: slivers
 * and needles a few millimetres wide (drawn, they are rings running out and back along an edge, which
 * OGC validity calls spikes or self-touching rings). An opening (shrink, then grow back, by
 * SLIVER_HALF_WIDTH_M, corners mitred) removes them and keeps every straight edge where it was.
 */
import { polygonAreaM2, ringPerimeterM, type PlanePolygon } from '../plane-measure';
import { offsetPolygons, subtractPolygons } from './clip';

/** Half the width below which a strip of leftover is rounding dust, m. */
const SLIVER_HALF_WIDTH_M = 0.005;

/** Leftover pieces narrower on average than this are rounding dust, m. */
const HAIRLINE_WIDTH_M = 0.005;

/** Hairlines (a few millimetres wide on average, from grid rounding where two cut edges meet) are dust. */
const notHairline = (q: PlanePolygon) => polygonAreaM2(q) > (HAIRLINE_WIDTH_M / 2) * ringPerimeterM(q[0]);

export function leftoverLand(zone: PlanePolygon, pieces: readonly PlanePolygon[]): PlanePolygon[] {
  const raw = subtractPolygons([zone], pieces).filter(notHairline);
  return offsetPolygons(offsetPolygons(raw, -SLIVER_HALF_WIDTH_M), SLIVER_HALF_WIDTH_M).filter(notHairline);
}
