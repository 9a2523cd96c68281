/**
 * Makes T-junctions explicit before clipping: a vertex of any input ring that lies on an edge of
 * another ring (within the 1 mm grid) is inserted into that edge.
 *
 * Why: clipper2-ts (the TypeScript port of Clipper2) joins output rings wrongly where a vertex of one
 * operand lies on an edge of another without being a vertex of it. The layout makes such junctions
 * everywhere (a plot's corner on the zone edge, three plots meeting on a road edge). Reduced from
 * seed 570 of the first sweep to the zone less three plots (tests/geo/polygon-clip.test.ts), the port
 * lost 195 m² of land and returned a ring crossing itself, where Clipper2's C++ build (clipper2-wasm)
 * and JSTS agree on the true area; the port's own 64-bit integer engine does the same with a local
 * origin, so neither precision nor the decimal wrapper nor the fill rule is the cause. With the
 * junctions made vertices of both rings, the port gives the true area.
 *
 * It runs before every set operation, most of them on a handful of vertices: no closures or per-edge
 * lists are made unless a vertex is found on an edge, and a path with none is returned as it is.
 */
import { TOLERANCE_M } from './tolerance';

type XY = { x: number; y: number };

/**
 * Every vertex, sorted by x (stably: ties keep their input order), with its coordinates in typed
 * arrays; the first `n` entries of each are this call's. The arrays are kept from call to call and
 * grown when a call needs more: allocating them for every set operation (most of a few dozen points)
 * was most of the noding's time and garbage.
 */
interface SortedVertices { readonly all: XY[]; readonly xs: Float64Array; readonly ys: Float64Array; readonly n: number }

const kept = { all: [] as XY[], xs: new Float64Array(256), ys: new Float64Array(256) };

function sortedVertices(groups: XY[][][]): SortedVertices {
  const all = kept.all;
  all.length = 0;
  for (const paths of groups) for (const path of paths) for (const p of path) all.push(p);
  const n = all.length;
  if (kept.xs.length < n) { kept.xs = new Float64Array(2 * n); kept.ys = new Float64Array(2 * n); }
  const { xs, ys } = kept;
  if (n <= 32) {
    // Insertion sort on the typed x's, moving the points along: stable, and quicker than a
    // comparator sort on a few points.
    for (let i = 0; i < n; i++) {
      const p = all[i], x = p.x, y = p.y;
      let j = i - 1;
      while (j >= 0 && xs[j] > x) { xs[j + 1] = xs[j]; ys[j + 1] = ys[j]; all[j + 1] = all[j]; j--; }
      xs[j + 1] = x; ys[j + 1] = y; all[j + 1] = p;
    }
  } else {
    all.sort(byX);
    for (let i = 0; i < n; i++) { xs[i] = all[i].x; ys[i] = all[i].y; }
  }
  return { all, xs, ys, n };
}

function byX(p: XY, q: XY): number { return p.x - q.x; }

function firstAtLeast(xs: Float64Array, n: number, x: number): number {
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

function byAlong(u: { k: number }, v: { k: number }): number { return u.k - v.k; }

/** The vertices strictly inside edge a→b (within the tolerance), in order along it; null when none. */
function verticesOnEdge(v: SortedVertices, a: XY, b: XY, toleranceM: number): XY[] | null {
  const dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
  if (l2 === 0) return null;
  const len = Math.sqrt(l2);
  const y0 = Math.min(a.y, b.y) - toleranceM, y1 = Math.max(a.y, b.y) + toleranceM, x1 = Math.max(a.x, b.x) + toleranceM;
  const { xs, ys, n } = v;
  let found: { p: XY; k: number }[] | null = null;
  for (let i = firstAtLeast(xs, n, Math.min(a.x, b.x) - toleranceM); i < n && xs[i] <= x1; i++) {
    const py = ys[i];
    if (py < y0 || py > y1) continue;
    const px = xs[i];
    const k = ((px - a.x) * dx + (py - a.y) * dy) / l2;
    if (k * len <= toleranceM || (1 - k) * len <= toleranceM) continue;
    if (Math.abs((px - a.x) * dy - (py - a.y) * dx) / len <= toleranceM) (found ??= []).push({ p: v.all[i], k });
  }
  if (!found) return null;
  found.sort(byAlong);
  return found.map(pointOf);
}

function pointOf(f: { p: XY }): XY { return f.p; }

/** The path with the vertices found on its edges inserted (the same array when there are none). */
function nodedPath(v: SortedVertices, path: XY[], toleranceM: number): XY[] {
  let out: XY[] | null = null;
  for (let i = 0; i < path.length; i++) {
    const a = path[i], b = path[(i + 1) % path.length];
    if (out) out.push(a);
    const inside = verticesOnEdge(v, a, b, toleranceM);
    if (!inside) continue;
    if (!out) out = path.slice(0, i + 1);
    for (const p of inside) {
      const last = out[out.length - 1];
      if (last.x !== p.x || last.y !== p.y) out.push(p);
    }
  }
  return out ?? path;
}

/**
 * The paths with every vertex of any of them that lies within `toleranceM` of an edge (strictly
 * between its ends) inserted into that edge, in order along it.
 */
export function nodeJunctions(groups: XY[][][], toleranceM = TOLERANCE_M): XY[][][] {
  const v = sortedVertices(groups);
  const out: XY[][][] = [];
  for (const paths of groups) {
    const noded: XY[][] = [];
    for (const path of paths) noded.push(nodedPath(v, path, toleranceM));
    out.push(noded);
  }
  return out;
}
