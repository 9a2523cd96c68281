/** Seeded random numbers and straight cuts of convex rings, in local metres: the demo data's tools. */
type XY = readonly [number, number];

// ---------------------------------------------------------------- seeded random numbers (mulberry32)
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (lo: number, hi: number): number => lo + (hi - lo) * next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, between, pick };
}
export type Random = ReturnType<typeof randomSource>;

// ---------------------------------------------------------------- lines and convex cuts, local metres
/** A line through `p` along `d`; vertical lines point north, horizontal ones east. */
export interface Line { readonly p: XY; readonly d: XY }
export const vLine = (u0: number, slope: number): Line => ({ p: [u0, 0], d: [slope, 1] }); // u = u0 + slope·v
export const hLine = (v0: number, slope: number): Line => ({ p: [0, v0], d: [1, slope] }); // v = v0 + slope·u
export const through = (a: XY, b: XY): Line => ({ p: a, d: [b[0] - a[0], b[1] - a[1]] });
export const lerp = (a: XY, b: XY, t: number): XY => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];

/** The parallel line `m` metres east (vertical lines) or north (horizontal lines). */
export function offset(l: Line, m: number): Line {
  const len = Math.hypot(l.d[0], l.d[1]);
  const n: XY = Math.abs(l.d[1]) > Math.abs(l.d[0]) ? [l.d[1] / len, -l.d[0] / len] : [-l.d[1] / len, l.d[0] / len];
  return { p: [l.p[0] + m * n[0], l.p[1] + m * n[1]], d: l.d };
}

export function crossing(a: Line, b: Line): XY {
  const det = a.d[0] * b.d[1] - a.d[1] * b.d[0];
  const t = ((b.p[0] - a.p[0]) * b.d[1] - (b.p[1] - a.p[1]) * b.d[0]) / det;
  return [a.p[0] + t * a.d[0], a.p[1] + t * a.d[1]];
}
/** The point of a vertical line at northing `v` (local). */
export const atV = (l: Line, v: number): XY => [l.p[0] + (l.d[0] * (v - l.p[1])) / l.d[1], v];
/** The point of a horizontal line at easting `u` (local). */
export const atU = (l: Line, u: number): XY => [u, l.p[1] + (l.d[1] * (u - l.p[0])) / l.d[0]];

export const side = (l: Line, q: XY): number => l.d[0] * (q[1] - l.p[1]) - l.d[1] * (q[0] - l.p[0]);

/** Cuts a convex ring by a line: [left, right] (west/east of a vertical line, north/south of a horizontal one). */
export function split(ring: readonly XY[], l: Line): [XY[], XY[]] {
  const left: XY[] = [];
  const right: XY[] = [];
  const s = ring.map((q) => side(l, q));
  for (let i = 0; i < ring.length; i++) {
    const j = (i + 1) % ring.length;
    if (s[i] >= 0) left.push(ring[i]);
    if (s[i] <= 0) right.push(ring[i]);
    if ((s[i] > 0 && s[j] < 0) || (s[i] < 0 && s[j] > 0)) {
      const x = lerp(ring[i], ring[j], s[i] / (s[i] - s[j]));
      left.push(x);
      right.push(x);
    }
  }
  if (left.length < 3 || right.length < 3) throw new Error('a cut missed its piece');
  return [left, right];
}
/** [west, band, east] between two vertical lines. */
export function cutV(ring: readonly XY[], west: Line, east: Line): [XY[], XY[], XY[]] {
  const [w, rest] = split(ring, west);
  const [band, e] = split(rest, east);
  return [w, band, e];
}
/** [south, band, north] between two horizontal lines. */
export function cutH(ring: readonly XY[], south: Line, north: Line): [XY[], XY[], XY[]] {
  const [n, rest] = split(ring, north);
  const [band, s] = split(rest, south);
  return [s, band, n];
}
/** Cuts a ring along several lines in order (south to north or west to east): the pieces in that order. */
export function slices(ring: readonly XY[], lines: readonly Line[], horizontal: boolean): XY[][] {
  const out: XY[][] = [];
  let rest: XY[] = [...ring];
  for (const l of lines) {
    const [left, right] = split(rest, l);
    out.push(horizontal ? right : left);
    rest = horizontal ? left : right;
  }
  out.push(rest);
  return out;
}
/** Corners of a nearly axis-aligned quadrilateral. */
export function corners(ring: readonly XY[]): { sw: XY; se: XY; ne: XY; nw: XY } {
  if (ring.length !== 4) throw new Error(`expected a quadrilateral, got ${ring.length} corners`);
  const by = (f: (p: XY) => number) => ring.reduce((best, p) => (f(p) > f(best) ? p : best));
  return { sw: by((p) => -p[0] - p[1]), se: by((p) => p[0] - p[1]), ne: by((p) => p[0] + p[1]), nw: by((p) => p[1] - p[0]) };
}

