/**
 * The clipping helpers were rewritten for speed (polygon-noding.ts, ring-split.ts, ringSignedAreaM2)
 * and must answer exactly as before: the earlier versions are kept here, verbatim, as the oracle, and
 * both are run on seeded rings made to hit their special cases (vertices on other rings' edges, rings
 * touching themselves, spikes, repeated x values, open and closed rings).
 */
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { ringSignedAreaM2, type PlaneRing } from '../../src/geo/plane-measure';
import { nodeJunctions } from '../../src/geo/polygon-noding';
import { splitSelfTouching, withoutSpikes } from '../../src/geo/ring-split';
import { seededRandom } from './layout/random-zones';

type XY = { x: number; y: number };

/** nodeJunctions as it was before the speed work (commit 83dea07). */
function nodeJunctionsBefore(groups: XY[][][], toleranceM = 0.001): XY[][][] {
  const all = groups.flat(2).sort((p, q) => p.x - q.x);
  const xs = Float64Array.from(all, (p) => p.x);
  const firstAtLeast = (x: number) => {
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const nearEdge = (a: XY, b: XY): XY[] => {
    const dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    if (l2 === 0) return [];
    const len = Math.sqrt(l2);
    const y0 = Math.min(a.y, b.y) - toleranceM, y1 = Math.max(a.y, b.y) + toleranceM, x1 = Math.max(a.x, b.x) + toleranceM;
    const found: { p: XY; k: number }[] = [];
    for (let i = firstAtLeast(Math.min(a.x, b.x) - toleranceM); i < all.length && xs[i] <= x1; i++) {
      const p = all[i];
      if (p.y < y0 || p.y > y1) continue;
      const k = ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2;
      if (k * len <= toleranceM || (1 - k) * len <= toleranceM) continue;
      if (Math.abs((p.x - a.x) * dy - (p.y - a.y) * dx) / len <= toleranceM) found.push({ p, k });
    }
    return found.sort((u, v) => u.k - v.k).map((f) => f.p);
  };
  return groups.map((paths) => paths.map((path) => {
    const out: XY[] = [];
    for (let i = 0; i < path.length; i++) {
      const a = path[i], b = path[(i + 1) % path.length];
      out.push(a);
      for (const p of nearEdge(a, b)) {
        const last = out[out.length - 1];
        if (last.x !== p.x || last.y !== p.y) out.push(p);
      }
    }
    return out;
  }));
}

const openBefore = (ring: PlaneRing): PlaneRing => {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? ring.slice(0, -1) : ring;
};

/** splitSelfTouching as it was before. */
function splitBefore(ring: PlaneRing): PlaneRing[] {
  const pts = openBefore(ring);
  const seen = new Map<string, number>();
  for (let j = 0; j < pts.length; j++) {
    const key = `${pts[j][0]},${pts[j][1]}`;
    const i = seen.get(key);
    if (i !== undefined) {
      const loop = pts.slice(i, j);
      const rest = [...pts.slice(0, i), ...pts.slice(j)];
      return [...splitBefore([...loop, loop[0]]), ...splitBefore([...rest, rest[0]])];
    }
    seen.set(key, j);
  }
  return pts.length >= 3 ? [ring] : [];
}

const COS_SPIKE = Math.cos(Math.PI / 180);
const onGrid = (x: number) => Math.round(x * 1000) / 1000;

/** withoutSpikes as it was before. */
function withoutSpikesBefore(ring: PlaneRing): PlaneRing {
  const pts = [...openBefore(ring)];
  let changed = false;
  for (let again = true; again && pts.length > 3;) {
    again = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      const ux = a[0] - b[0], uy = a[1] - b[1], vx = c[0] - b[0], vy = c[1] - b[1];
      const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
      if (!(lu > 0 && lv > 0 && (ux * vx + uy * vy) / (lu * lv) > COS_SPIKE)) continue;
      const halfAngle = Math.acos(Math.min(1, (ux * vx + uy * vy) / (lu * lv))) / 2;
      const cutM = halfAngle > 0 ? 0.02 / (2 * Math.sin(halfAngle)) : Infinity;
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

/** ringSignedAreaM2 as it was before. */
function areaBefore(ring: PlaneRing): number {
  const pts = openBefore(ring);
  const n = pts.length;
  if (n < 3) return 0;
  const [e0, n0] = pts[0];
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const a = pts[i], b = pts[(i + 1) % n];
    twice += (a[0] - e0) * (b[1] - n0) - (b[0] - e0) * (a[1] - n0);
  }
  return twice / 2;
}

const E0 = 592700.123, N0 = 2306300.456;
/** Millimetre grid points near a few base corners, so that vertices fall on edges and repeat. */
function gridRing(rnd: () => number, corners: number): PlaneRing {
  const base = [[0, 0], [30, 0], [30, 20], [0, 20], [15, 10], [15, 0], [30, 10], [0, 10]];
  const pts: [number, number][] = [];
  for (let i = 0; i < corners; i++) {
    const [x, y] = rnd() < 0.6 ? base[Math.floor(rnd() * base.length)] : [Math.round(rnd() * 30000) / 1000, Math.round(rnd() * 20000) / 1000];
    pts.push([E0 + x, N0 + y]);
  }
  const ring = pts.map((q) => asPlane(q));
  return rnd() < 0.7 ? [...ring, ring[0]] : ring;
}

describe('clipping helpers answer as they did before the speed work', () => {
  it('nodeJunctions: the same paths, point for point, on 400 seeded groups', () => {
    const rnd = seededRandom(7);
    let inserted = 0;
    for (let k = 0; k < 400; k++) {
      const groups = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => gridRing(rnd, 3 + Math.floor(rnd() * (rnd() < 0.2 ? 40 : 8))).map((q) => ({ x: q[0], y: q[1] }))));
      const before = nodeJunctionsBefore(groups);
      const now = nodeJunctions(groups);
      expect(now).toEqual(before);
      inserted += before.flat().reduce((n, path, i) => n + path.length - groups.flat()[i].length, 0);
    }
    // The cases must include junctions, or the comparison proves little.
    expect(inserted).toBeGreaterThan(100);
  });

  it('splitSelfTouching, withoutSpikes and ringSignedAreaM2 on 2000 seeded rings', () => {
    const rnd = seededRandom(11);
    let split = 0, spiky = 0;
    for (let k = 0; k < 2000; k++) {
      const ring = gridRing(rnd, 3 + Math.floor(rnd() * (rnd() < 0.2 ? 30 : 8)));
      const closed = [...openBefore(ring), ring[0]];
      const loops = splitSelfTouching(closed);
      expect(loops).toEqual(splitBefore(closed));
      if (loops.length > 1) split++;
      expect(ringSignedAreaM2(ring)).toBe(areaBefore(ring));
      const clean = withoutSpikes(closed);
      expect(clean).toEqual(withoutSpikesBefore(closed));
      if (clean !== closed) spiky++;
      // A ring without spikes comes back as the very same array (simpleLoops relies on it).
      expect(withoutSpikes(clean)).toBe(clean);
    }
    expect(split).toBeGreaterThan(50);
    expect(spiky).toBeGreaterThan(50);
  });
});
