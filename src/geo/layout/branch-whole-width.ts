/**
 * Where a branch road has its whole width: a slanted zone edge or a hole crossing the branch's slab
 * makes a taper at its end, which is road land but no junction. Loops, dead ends and turning areas
 * are measured where the road is whole, as the written centre lines are (centre-lines.ts). One step of
 * road-network.ts's buildRoadNetwork.
 */
import type { PlanePolygon } from '../plane-measure';
import { toLocal, type LocalFrame } from './frame';
import { ringSegments } from './segments';

/** Band edges within this of the slab's own sides are the slab's, m (the 1 mm grid). */
const SLAB_EDGE_M = 0.005;

/**
 * The ends of the stretch where a branch has its whole width, on one piece of its slab: the piece's
 * ends less the tapers where a slanted zone edge or a hole crosses the slab (projected on s). A taper
 * is road land but no junction: a loop or dead end is measured where the road is whole. Null when the
 * branch is whole nowhere (a slab the far edge cuts on the slant all along).
 */
export function fullWidthEnds(f: LocalFrame, piece: PlanePolygon, t: number, half: number, pMin: number, pMax: number): [number, number] | null {
  const lo = t - half, hi = t + half;
  const onSide = (x: number) => Math.abs(x - lo) <= SLAB_EDGE_M || Math.abs(x - hi) <= SLAB_EDGE_M;
  const blocked: [number, number][] = [];
  for (const ring of piece) {
    for (const edge of ringSegments(ring)) {
      const [s1, t1] = toLocal(f, [edge[0], edge[1]]), [s2, t2] = toLocal(f, [edge[2], edge[3]]);
      // An edge along the slab's own side is no taper; any other is projected on s within the slab.
      if (onSide(t1) && onSide(t2) && Math.abs(t1 - t2) <= 2 * SLAB_EDGE_M) continue;
      let a = 0, b = 1;
      if (t1 !== t2) {
        const ka = (lo - t1) / (t2 - t1), kb = (hi - t1) / (t2 - t1);
        a = Math.max(a, Math.min(ka, kb)); b = Math.min(b, Math.max(ka, kb));
        if (a > b) continue;
      }
      const sa = s1 + a * (s2 - s1), sb = s1 + b * (s2 - s1);
      blocked.push([Math.min(sa, sb), Math.max(sa, sb)]);
    }
  }
  let fMin = pMin;
  for (const [x0, x1] of [...blocked].sort((x, y) => x[0] - y[0])) if (x0 <= fMin + SLAB_EDGE_M) fMin = Math.max(fMin, x1);
  let fMax = pMax;
  for (const [x0, x1] of [...blocked].sort((x, y) => y[1] - x[1])) if (x1 >= fMax - SLAB_EDGE_M) fMax = Math.min(fMax, x0);
  return fMin < fMax ? [fMin, fMax] : null;
}
