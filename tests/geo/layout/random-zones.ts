/**
 * Seeded random zones for property tests and sweeps, of every shape the issue names: rectangles with the
 * public road on any side, trapezoids, triangles, 50–100 m strips entered from the side or the end,
 * L/U/T shapes, 6–15-gons with 1–3 m jogs (rice-field outlines); 0–3 ponds; homes lines 0–1 m off
 * their edge along part of it (or round a corner); one or two public roads, some only near a corner;
 * 0.5–75 ha. Validity of what is made is judged by JSTS, not by engine code.
 */
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import type { ZoneSite } from '../../../src/domain/site';
import { JstsFrame, validityError } from './jsts-geometry';

/** mulberry32: a small, well-mixed 32-bit generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SHAPES = ['rectangle', 'trapezoid', 'triangle', 'strip-side', 'strip-end', 'L', 'U', 'T', 'jogged-polygon'] as const;
export type Shape = (typeof SHAPES)[number];

export interface RandomZoneOptions {
  minHa?: number;
  maxHa?: number;
  /** Only this shape (else one drawn from the seed). */
  shape?: Shape;
}

type XY = [number, number];
const E0 = 592700, N0 = 2306300;
const mm = (x: number) => Math.round(x * 1000) / 1000;

function signedArea(pts: readonly XY[]): number {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i], b = pts[(i + 1) % pts.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** The outline of a shape in unit-ish coordinates (scaled to the area later); strips in metres. */
function outline(shape: Shape, rnd: () => number, targetM2: number): { pts: XY[]; metres: boolean; roadEdge?: number } {
  const u = (lo: number, hi: number) => lo + rnd() * (hi - lo);
  switch (shape) {
    case 'rectangle': { const w = u(1, 2.5); return { pts: [[0, 0], [w, 0], [w, 1], [0, 1]], metres: false }; }
    case 'trapezoid': { const top = u(0.35, 0.9), shift = u(-0.3, 0.3); const w = u(1, 2.5); return { pts: [[0, 0], [w, 0], [w * (0.5 + top / 2 + shift), 1], [w * (0.5 - top / 2 + shift), 1]], metres: false }; }
    case 'triangle': { const apex = u(0.1, 0.9); return { pts: [[0, 0], [1, 0], [apex, u(0.7, 1.2)]], metres: false }; }
    case 'strip-side': case 'strip-end': {
      const width = u(50, 100);
      const length = Math.max(3 * width, targetM2 / width);
      // Side: road along a long edge (edge 0); end: along a short edge (edge 1).
      return { pts: [[0, 0], [length, 0], [length, width], [0, width]], metres: true, roadEdge: shape === 'strip-side' ? 0 : 1 };
    }
    case 'L': { const a = u(0.35, 0.65), b = u(0.35, 0.65); return { pts: [[0, 0], [1, 0], [1, b], [a, b], [a, 1], [0, 1]], metres: false }; }
    case 'U': { const a = u(0.25, 0.4), b = u(0.6, 0.75), d = u(0.35, 0.6), w = u(1, 1.8); return { pts: [[0, 0], [w, 0], [w, 1], [w * b, 1], [w * b, 1 - d], [w * a, 1 - d], [w * a, 1], [0, 1]], metres: false }; }
    case 'T': { const a = u(0.3, 0.4), b = u(0.6, 0.7), d = u(0.4, 0.6), w = u(1, 1.8); return { pts: [[w * a, 0], [w * b, 0], [w * b, d], [w, d], [w, 1], [0, 1], [0, d], [w * a, d]], metres: false }; }
    case 'jogged-polygon': {
      const n = 6 + Math.floor(rnd() * 10);
      const aspect = u(1, 2);
      return { pts: Array.from({ length: n }, (_, i) => {
        const ang = ((i + 0.35 * (rnd() - 0.5)) / n) * 2 * Math.PI;
        const r = u(0.8, 1);
        return [Math.cos(ang) * r * aspect, Math.sin(ang) * r] as XY;
      }), metres: false };
    }
  }
}

/** 1–3 m jogs (a small step out and back) on some edges of a ring in metres, as rice-field outlines have. */
function addJogs(ring: XY[], rnd: () => number): XY[] {
  const out: XY[] = [];
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length];
    out.push(a);
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 60 || rnd() < 0.3) return;
    const ux = (b[0] - a[0]) / len, uy = (b[1] - a[1]) / len;
    const depth = (1 + 2 * rnd()) * (rnd() < 0.5 ? 1 : -1);
    const f0 = 0.2 + 0.4 * rnd(), f1 = f0 + (5 + 25 * rnd()) / len;
    if (f1 > 0.85) return;
    const p = (f: number, d: number): XY => [a[0] + ux * f * len - uy * d, a[1] + uy * f * len + ux * d];
    out.push(p(f0, 0), p(f0, depth), p(f1, depth), p(f1, 0));
  });
  return out;
}

/** A polyline `offsetM` outside edge a→b of a counter-clockwise ring, over fractions [f0, f1] of it (extended past its ends by `extendM`). */
function besideEdge(a: XY, b: XY, offsetM: number, f0: number, f1: number, extendM: number): XY[] {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const ux = (b[0] - a[0]) / len, uy = (b[1] - a[1]) / len;
  const p = (s: number): XY => [a[0] + ux * s + uy * offsetM, a[1] + uy * s - ux * offsetM];
  return [p(f0 * len - extendM), p(f1 * len + extendM)];
}

const toPlane = (pts: readonly XY[]): PlanePoint[] => pts.map(([x, y]) => asPlane([mm(E0 + x), mm(N0 + y)]));

/** A random zone; `kind` tells what it is made of (for test names and sweep reports). */
export function randomZone(seed: number, options: RandomZoneOptions = {}): ZoneSite & { kind: string; shape: Shape } {
  for (let attempt = 0; ; attempt++) {
    const zone = tryZone(seed * 7919 + attempt, options);
    if (zone) return zone;
    if (attempt > 50) throw new Error(`no valid random zone for seed ${seed}`);
  }
}

function tryZone(subSeed: number, options: RandomZoneOptions): (ZoneSite & { kind: string; shape: Shape }) | null {
  const rnd = seededRandom(subSeed);
  const minHa = options.minHa ?? 0.5, maxHa = options.maxHa ?? 75;
  // Log-uniform: as many 0.5–2 ha zones as 20–75 ha ones.
  const targetM2 = Math.exp(Math.log(minHa) + rnd() * (Math.log(maxHa) - Math.log(minHa))) * 10000;
  const shape = options.shape ?? SHAPES[Math.floor(rnd() * SHAPES.length)];
  const made = outline(shape, rnd, targetM2);
  let ring: XY[] = made.pts;
  if (!made.metres) {
    const scale = Math.sqrt(targetM2 / Math.abs(signedArea(ring)));
    ring = ring.map(([x, y]) => [x * scale, y * scale]);
  }
  if (shape === 'jogged-polygon') ring = addJogs(ring, rnd);
  if (signedArea(ring) < 0) ring = ring.reverse();
  const rot = rnd() * 2 * Math.PI, c = Math.cos(rot), s = Math.sin(rot);
  ring = ring.map(([x, y]) => [x * c - y * s, x * s + y * c]);
  const edgeLength = (i: number) => { const a = ring[i], b = ring[(i + 1) % ring.length]; return Math.hypot(b[0] - a[0], b[1] - a[1]); };
  const longEdges = ring.map((_, i) => i).filter((i) => edgeLength(i) >= 40);
  if (!longEdges.length) return null;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const roadEdge = made.roadEdge ?? pick(longEdges);
  const kind: string[] = [shape];
  // The public road: its centre line 3.5–10 m outside the edge, over all of it or part of it.
  const roadLine = (edge: number): XY[] => {
    const a = ring[edge], b = ring[(edge + 1) % ring.length];
    const partial = rnd() < 0.25;
    const f0 = partial ? 0.1 * rnd() : 0, f1 = partial ? 0.55 + 0.4 * rnd() : 1;
    return besideEdge(a, b, 3.5 + 6.5 * rnd(), f0, f1, partial ? 0 : 15 + 30 * rnd());
  };
  const accessRoads: XY[][] = [roadLine(roadEdge)];
  const otherEdges = longEdges.filter((i) => i !== roadEdge);
  if (otherEdges.length && rnd() < 0.3) { accessRoads.push(roadLine(pick(otherEdges))); kind.push('2roads'); }
  // Homes: along part of an edge other than the road's, 0–1 m outside it, sometimes round the next corner.
  const residential: XY[][] = [];
  const homeEdges = ring.map((_, i) => i).filter((i) => i !== roadEdge && edgeLength(i) >= 20);
  if (homeEdges.length && rnd() < 0.6) {
    const edge = pick(homeEdges), a = ring[edge], b = ring[(edge + 1) % ring.length];
    const off = rnd() < 0.3 ? 0.3 : rnd();
    const f0 = rnd() < 0.5 ? 0 : 0.4 * rnd(), f1 = rnd() < 0.5 ? 1 : 0.6 + 0.4 * rnd();
    const line = besideEdge(a, b, off, f0, f1, 0);
    if (f1 === 1 && rnd() < 0.4) {
      const n = ring[(edge + 2) % ring.length];
      line.push(besideEdge(b, n, off, 0, 0.3 + 0.4 * rnd(), 0)[1]);
      kind.push('homes-round-corner');
    } else kind.push('homes');
    residential.push(line);
  }
  const frame = new JstsFrame(0, 0);
  const zoneG = frame.polygon([[...ring, ring[0]]]);
  if (!zoneG || validityError(zoneG)) return null;
  // 0–3 ponds, each 5 m or more inside the boundary and from each other.
  const holes: XY[][] = [];
  const holeCount = rnd() < 0.5 ? 0 : 1 + Math.floor(rnd() * 3);
  const inner = zoneG.buffer(-5);
  const env = zoneG.getEnvelopeInternal();
  for (let k = 0; k < holeCount * 4 && holes.length < holeCount; k++) {
    const cx = env.getMinX() + rnd() * env.getWidth(), cy = env.getMinY() + rnd() * env.getHeight();
    const r = 8 + rnd() * Math.min(20, Math.sqrt(targetM2) / 12);
    const sides = 4 + Math.floor(rnd() * 3);
    const hole: XY[] = Array.from({ length: sides }, (_, i) => {
      const ang = -((i + 0.25 * rnd()) / sides) * 2 * Math.PI;
      return [cx + Math.cos(ang) * r, cy + Math.sin(ang) * r * (0.6 + 0.4 * rnd())];
    });
    const g = frame.polygon([[...hole, hole[0]]]);
    if (!g || !inner.contains(g) || holes.some((h) => frame.polygon([[...h, h[0]]]).distance(g) < 5)) continue;
    holes.push(hole);
  }
  if (holes.length) kind.push(`${holes.length}-pond${holes.length > 1 ? 's' : ''}`);
  const zone = [toPlane([...ring, ring[0]]), ...holes.map((h) => toPlane([...h, h[0]]))];
  const area = Math.abs(signedArea(ring)) / 10000;
  return {
    name: `random-${subSeed}`, source: 'seeded test zone', crs: 'EPSG:9209', zone,
    accessRoads: accessRoads.map(toPlane), residentialEdges: residential.map(toPlane), entrance: null,
    kind: `${kind.join('+')} ${area.toFixed(1)} ha`, shape,
  };
}
