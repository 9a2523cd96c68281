/**
 * Rings that touch themselves, split into simple rings. Clipper2 returns a ring that passes twice
 * through one vertex (two lobes joined at a point, or a hole pinched against its own outer ring);
 * OGC validity (and GIS software reading the file) wants each of those as a ring of its own: a lobe
 * wound like its outer ring is a polygon of its own, one wound the other way is a hole touching it.
 */
import { ringSignedAreaM2, type PlanePolygon, type PlaneRing } from './plane-measure';
import { asPlane } from './coordinates';
import { openLength, openRing } from './ring-helpers';

/** A turn back sharper than this at a vertex is a spike (a needle out and back along one line), degrees. */
const SPIKE_MAX_DEG = 1;
const COS_SPIKE = Math.cos((SPIKE_MAX_DEG * Math.PI) / 180);

/**
 * A wedge sharper than SPIKE_MAX_DEG whose arms are this far apart before they end is land, not a
 * needle: its tip is cut square where the arms are this far apart instead of dropped, m.
 */
const WEDGE_CUT_WIDTH_M = 0.02;

const onGrid = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The ring without spikes: vertices where it turns back on itself within SPIKE_MAX_DEG. Clipping on a
 * grid leaves them where two edges follow one line a grid step apart; OGC validity lets a needle one
 * grid step wide pass, a drawing shows it as a stray line. Dropping the tip loses at most its sliver.
 * A long thin wedge is not a needle: dropping its tip again and again ate all of it (random triangle
 * 41 lost 57 m² where a homes line's buffer meets the perimeter strip at a shallow angle), so a tip
 * whose arms reach WEDGE_CUT_WIDTH_M apart is cut there, losing a few square centimetres.
 */
export function withoutSpikes(ring: PlaneRing): PlaneRing {
  if (!hasSpike(ring, openLength(ring))) return ring;
  const pts = [...openRing(ring)];
  let changed = false;
  for (let again = true; again && pts.length > 3;) {
    again = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      const ux = a[0] - b[0], uy = a[1] - b[1], vx = c[0] - b[0], vy = c[1] - b[1];
      const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
      if (!(lu > 0 && lv > 0 && (ux * vx + uy * vy) / (lu * lv) > COS_SPIKE)) continue;
      const halfAngle = Math.acos(Math.min(1, (ux * vx + uy * vy) / (lu * lv))) / 2;
      // Distance along each arm at which they stand WEDGE_CUT_WIDTH_M apart (plus a grid step).
      const cutM = halfAngle > 0 ? WEDGE_CUT_WIDTH_M / (2 * Math.sin(halfAngle)) : Infinity;
      if (cutM + 0.002 < Math.min(lu, lv)) {
        const p = asPlane([onGrid(b[0] + (ux / lu) * cutM), onGrid(b[1] + (uy / lu) * cutM)]);
        const q = asPlane([onGrid(b[0] + (vx / lv) * cutM), onGrid(b[1] + (vy / lv) * cutM)]);
        pts.splice(i, 1, p, q);
      } else pts.splice(i, 1);
      again = changed = true;
    }
  }
  return changed ? [...pts, pts[0]] : ring;
}

/**
 * Whether the first pass of withoutSpikes would find a spike (the same test, so a ring without one is
 * returned as it is without copying it). Most vertices turn by a right angle or less: their arms'
 * dot product is not positive, so no spike, and the square roots are left out.
 */
function hasSpike(pts: PlaneRing, n: number): boolean {
  // pts[0..n) are the corners of openRing(pts).
  if (n <= 3) return false;
  for (let i = 0; i < n; i++) {
    const a = pts[(i + n - 1) % n], b = pts[i], c = pts[(i + 1) % n];
    const ux = a[0] - b[0], uy = a[1] - b[1], vx = c[0] - b[0], vy = c[1] - b[1];
    const dot = ux * vx + uy * vy;
    if (!(dot > 0)) continue;
    const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
    if (lu > 0 && lv > 0 && dot / (lu * lv) > COS_SPIKE) return true;
  }
  return false;
}

/**
 * Whether some vertex of the open ring repeats (as splitSelfTouching's keys compare them: same x and
 * same y). Numbers in a Set instead of string keys: a ring whose x values all differ has none; one
 * with an x met twice is left to the full search, which answers exactly.
 */
function mayRepeat(pts: PlaneRing, n: number): boolean {
  // pts[0..n) are the corners of openRing(pts); a few are compared pairwise, more go through a Set.
  if (n <= 12) {
    for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (pts[i][0] === pts[j][0]) return true;
    return false;
  }
  const xs = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (xs.has(pts[i][0])) return true;
    xs.add(pts[i][0]);
  }
  return false;
}

/** The simple loops of a closed ring (each closed again), split at every vertex it passes twice. */
export function splitSelfTouching(ring: PlaneRing): PlaneRing[] {
  const corners = openLength(ring);
  if (!mayRepeat(ring, corners)) return corners >= 3 ? [ring] : [];
  const pts = openRing(ring);
  const seen = new Map<string, number>();
  for (let j = 0; j < pts.length; j++) {
    const key = `${pts[j][0]},${pts[j][1]}`;
    const i = seen.get(key);
    if (i !== undefined) {
      const loop = pts.slice(i, j);
      const rest = [...pts.slice(0, i), ...pts.slice(j)];
      return [...splitSelfTouching([...loop, loop[0]]), ...splitSelfTouching([...rest, rest[0]])];
    }
    seen.set(key, j);
  }
  return pts.length >= 3 ? [ring] : [];
}

function inRing(x: number, y: number, ring: PlaneRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point of `inner` that is not a vertex of `outer` (where a touching hole meets it). */
function probe(inner: PlaneRing, outer: PlaneRing): readonly [number, number] {
  const corners = new Set(outer.map((q) => `${q[0]},${q[1]}`));
  const a = inner.find((q) => !corners.has(`${q[0]},${q[1]}`));
  if (a) return a;
  // Every vertex shared: the middle of an edge.
  return [(inner[0][0] + inner[1][0]) / 2, (inner[0][1] + inner[1][1]) / 2];
}

/**
 * A ring's simple loops without spikes. Spikes are taken off again once the ring is split: where a
 * ring touched itself, the vertex it passed twice can be the tip of a wedge in one of its loops
 * (random triangle 28: a 1° wedge of the perimeter strip, 40 m long, where it meets a road).
 */
function simpleLoops(ring: PlaneRing): PlaneRing[] {
  const clean = withoutSpikes(ring);
  const loops = splitSelfTouching(clean);
  // The common case, a ring with no spike that touches nothing: withoutSpikes would give it back again.
  if (loops.length === 1 && loops[0] === clean) return longEnough(clean) ? loops : [];
  return loops.map(withoutSpikes).filter(longEnough);
}

function longEnough(loop: PlaneRing): boolean { return loop.length >= 4; }

/**
 * One polygon (outer ring CCW, holes CW) without spikes and with self-touching rings split: one polygon or more, each
 * with simple rings, the holes given to the outer lobe they lie in.
 */
export function splitPolygon(polygon: PlanePolygon): PlanePolygon[] {
  const outers: PlaneRing[] = [];
  const holes: PlaneRing[] = [];
  for (const loop of simpleLoops(polygon[0])) (ringSignedAreaM2(loop) > 0 ? outers : holes).push(loop);
  for (const hole of polygon.slice(1)) {
    for (const loop of simpleLoops(hole)) (ringSignedAreaM2(loop) < 0 ? holes : outers).push(loop);
  }
  if (outers.length === 1 && holes.length === polygon.length - 1 && outers[0] === polygon[0]) return [polygon];
  const out: PlaneRing[][] = outers.map((o) => [o]);
  const areaOf = outers.map((o) => ringSignedAreaM2(o));
  for (const hole of holes) {
    let host = -1;
    outers.forEach((o, i) => {
      const [x, y] = probe(hole, o);
      if (inRing(x, y, o) && (host < 0 || areaOf[i] < areaOf[host])) host = i;
    });
    if (host >= 0) out[host].push(hole);
  }
  return out;
}
