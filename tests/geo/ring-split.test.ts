/** Spikes off, thin wedges kept: ring-split.ts on rings made by hand, areas by the shoelace. */
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { ringSignedAreaM2, type PlaneRing } from '../../src/geo/plane-measure';
import { withoutSpikes } from '../../src/geo/ring-split';

const E0 = 592700, N0 = 2306300;
const ring = (pts: [number, number][]): PlaneRing => [...pts, pts[0]].map(([x, y]) => asPlane([E0 + x, N0 + y]));
/** Turning angles below 1° at any vertex, as the layout checker counts spikes (arms over 1 cm). */
function sharpVertices(r: PlaneRing): number {
  const pts = r.slice(0, -1);
  return pts.filter((b, i) => {
    const a = pts[(i + pts.length - 1) % pts.length], c = pts[(i + 1) % pts.length];
    const ux = a[0] - b[0], uy = a[1] - b[1], vx = c[0] - b[0], vy = c[1] - b[1];
    const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
    return Math.min(lu, lv) > 0.01 && Math.acos(Math.min(1, (ux * vx + uy * vy) / (lu * lv))) < Math.PI / 180;
  }).length;
}

describe('withoutSpikes', () => {
  it('keeps a long thin wedge (0.6° at its tip, 100 m long) as land, its tip cut square', () => {
    // A 100 m wedge 1 m wide at its base (50 m²) on a 20 × 30 m block (600 m²).
    const wedge = ring([[0, 0], [100, 0], [120, 0], [120, 30], [100, 30], [100, 1]]);
    const out = withoutSpikes(wedge);
    expect(Math.abs(ringSignedAreaM2(out))).toBeCloseTo(650, 1);
    expect(sharpVertices(out)).toBe(0);
  });

  it('still drops a needle a millimetre wide', () => {
    const needle = ring([[0, 0], [10, 0], [10, 10], [5.001, 10], [5, 30], [5, 10], [0, 10]]);
    const out = withoutSpikes(needle);
    expect(Math.abs(ringSignedAreaM2(out))).toBeCloseTo(100, 1);
    expect(sharpVertices(out)).toBe(0);
    expect(out.some((q) => q[1] > N0 + 10.5)).toBe(false);
  });

  it('leaves a ring without spikes as it is', () => {
    const square = ring([[0, 0], [10, 0], [10, 10], [0, 10]]);
    expect(withoutSpikes(square)).toBe(square);
  });
});
