/**
 * Small plane-segment tools for the layout: distances, collinear overlaps (shared boundary length),
 * point in polygon, and a grid index so that neighbours are found without comparing every pair.
 */
import type { PlanePolygon, PlaneRing } from '../plane-measure';
import { TOLERANCE_M } from '../tolerance';

export type Segment = readonly [ax: number, ay: number, bx: number, by: number];

/**
 * Two edges closer than this lie on the same line, m. Each clipping step rounds new corners to the 1 mm
 * grid (up to about 1.2 mm off the exact line), and an edge of a plot is a few steps away from the road
 * edge it follows, so the test allows five grid steps; distinct edges of a layout are metres apart.
 */
export const COLLINEAR_TOLERANCE_M = 5 * TOLERANCE_M;

/** Edges of a ring (closed or open) as segments. */
export function ringSegments(ring: PlaneRing): Segment[] {
  const n = ring.length;
  const closed = n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1];
  const m = closed ? n - 1 : n;
  const out: Segment[] = [];
  for (let i = 0; i < m; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % m];
    out.push([a[0], a[1], b[0], b[1]]);
  }
  return out;
}

export const polygonSegments = (polygon: PlanePolygon): Segment[] => polygon.flatMap(ringSegments);

/** Distance from point (px, py) to segment s, m. */
export function pointSegmentDistanceM(px: number, py: number, s: Segment): number {
  const dx = s[2] - s[0];
  const dy = s[3] - s[1];
  const len2 = dx * dx + dy * dy;
  let k = len2 > 0 ? ((px - s[0]) * dx + (py - s[1]) * dy) / len2 : 0;
  k = Math.max(0, Math.min(1, k));
  return Math.hypot(px - s[0] - k * dx, py - s[1] - k * dy);
}

function cross(ax: number, ay: number, bx: number, by: number): number {
  return ax * by - ay * bx;
}

/** Distance between two segments, m (0 when they cross). */
export function segmentDistanceM(a: Segment, b: Segment): number {
  const d1 = cross(a[2] - a[0], a[3] - a[1], b[0] - a[0], b[1] - a[1]);
  const d2 = cross(a[2] - a[0], a[3] - a[1], b[2] - a[0], b[3] - a[1]);
  const d3 = cross(b[2] - b[0], b[3] - b[1], a[0] - b[0], a[1] - b[1]);
  const d4 = cross(b[2] - b[0], b[3] - b[1], a[2] - b[0], a[3] - b[1]);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return 0;
  return Math.min(
    pointSegmentDistanceM(a[0], a[1], b), pointSegmentDistanceM(a[2], a[3], b),
    pointSegmentDistanceM(b[0], b[1], a), pointSegmentDistanceM(b[2], b[3], a),
  );
}

/**
 * Length over which segment b runs along segment a, m: the part of b whose projection falls on a and
 * which stays within COLLINEAR_TOLERANCE_M of a's line (only that part is tested, so a long road edge
 * is not refused for the rounding of a short plot edge far away).
 */
export function collinearOverlapM(a: Segment, b: Segment): number {
  const dx = a[2] - a[0];
  const dy = a[3] - a[1];
  const len = Math.hypot(dx, dy);
  if (len < TOLERANCE_M) return 0;
  const ux = dx / len, uy = dy / len;
  const p1 = (b[0] - a[0]) * ux + (b[1] - a[1]) * uy;
  const p2 = (b[2] - a[0]) * ux + (b[3] - a[1]) * uy;
  const lo = Math.max(0, Math.min(p1, p2));
  const hi = Math.min(len, Math.max(p1, p2));
  if (hi - lo <= 0 || Math.abs(p2 - p1) < TOLERANCE_M) return 0;
  const o1 = (b[1] - a[1]) * ux - (b[0] - a[0]) * uy;
  const o2 = (b[3] - a[1]) * ux - (b[2] - a[0]) * uy;
  // Offsets of b from a's line where the overlap begins and ends (b is straight, so linear in projection).
  const atLo = o1 + ((o2 - o1) * (lo - p1)) / (p2 - p1), atHi = o1 + ((o2 - o1) * (hi - p1)) / (p2 - p1);
  if (Math.abs(atLo) > COLLINEAR_TOLERANCE_M || Math.abs(atHi) > COLLINEAR_TOLERANCE_M) return 0;
  return hi - lo;
}

/** Whether a point lies inside a ring (even-odd rule; boundary points may go either way). */
export function pointInRing(px: number, py: number, ring: PlaneRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon (outer ring, not in a hole). */
export function pointInPolygon(px: number, py: number, polygon: PlanePolygon): boolean {
  if (!polygon.length || !pointInRing(px, py, polygon[0])) return false;
  for (let i = 1; i < polygon.length; i++) if (pointInRing(px, py, polygon[i])) return false;
  return true;
}

/**
 * Cells are keyed by one number, x·2²⁶ + y: with plane coordinates under 3·10⁷ m (VN-2000 metres are
 * under 10⁷) and cells of a metre or more, cell indices stay below 2²⁵ in magnitude, so keys are unique
 * and exact (under 2⁵³).
 */
const CELL_KEY_STRIDE = 2 ** 26;

/** A uniform grid over segments tagged with their owner, for neighbour queries. */
export class SegmentGrid {
  private readonly cells = new Map<number, number[]>();
  readonly segments: Segment[] = [];
  readonly owners: number[] = [];

  constructor(private readonly cellM: number) {
    if (!(cellM >= 1)) throw new Error('SegmentGrid cells must be a metre or more');
  }

  add(segment: Segment, owner: number): void {
    const index = this.segments.length;
    this.segments.push(segment);
    this.owners.push(owner);
    const [x0, x1, y0, y1] = this.cellRange(segment, 0);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = x * CELL_KEY_STRIDE + y;
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      }
    }
  }

  /** Indices of segments whose cells lie within `marginM` of the segment, ascending, each once. */
  near(segment: Segment, marginM: number): number[] {
    const [x0, x1, y0, y1] = this.cellRange(segment, marginM);
    if (x0 === x1 && y0 === y1) return [...(this.cells.get(x0 * CELL_KEY_STRIDE + y0) ?? [])];
    // Gathered, sorted and the repeats dropped in place: the same list a Set would give, without one
    // (this runs for every edge of every plot judged, most of it over two or four cells).
    const found: number[] = [];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * CELL_KEY_STRIDE + y);
        if (list) for (const i of list) found.push(i);
      }
    }
    found.sort(ascending);
    let kept = 0;
    for (let k = 0; k < found.length; k++) if (k === 0 || found[k] !== found[kept - 1]) found[kept++] = found[k];
    found.length = kept;
    return found;
  }

  /**
   * Whether some segment of the grid lies within `distanceM` of the segment (by segmentDistanceM, so
   * exactly as testing every segment would answer, only looking at the cells nearby).
   */
  anyWithin(segment: Segment, distanceM: number): boolean {
    // A hair more margin than asked: the cells looked at must hold every segment that near, whatever
    // the rounding of the cell bounds; the distance test itself stays exact.
    const reach = distanceM + 1e-6;
    const [x0, x1, y0, y1] = this.cellRange(segment, reach);
    const ax0 = Math.min(segment[0], segment[2]), ax1 = Math.max(segment[0], segment[2]);
    const ay0 = Math.min(segment[1], segment[3]), ay1 = Math.max(segment[1], segment[3]);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * CELL_KEY_STRIDE + y);
        if (!list) continue;
        for (const i of list) {
          const b = this.segments[i];
          // Boxes farther apart than the reach along x or y: the segments are farther apart than the
          // distance (by far more than its rounding), as segmentDistanceM would find.
          if (Math.min(b[0], b[2]) > ax1 + reach || Math.max(b[0], b[2]) < ax0 - reach) continue;
          if (Math.min(b[1], b[3]) > ay1 + reach || Math.max(b[1], b[3]) < ay0 - reach) continue;
          if (!(segmentDistanceM(segment, b) > distanceM)) return true;
        }
      }
    }
    return false;
  }

  /** [x0, x1, y0, y1]: the cells the segment's box, grown by margin, covers. */
  private cellRange(s: Segment, margin: number): [number, number, number, number] {
    const c = this.cellM;
    return [
      Math.floor((Math.min(s[0], s[2]) - margin) / c), Math.floor((Math.max(s[0], s[2]) + margin) / c),
      Math.floor((Math.min(s[1], s[3]) - margin) / c), Math.floor((Math.max(s[1], s[3]) + margin) / c),
    ];
  }
}

function ascending(a: number, b: number): number { return a - b; }

/** A grid of every ring edge of the polygons (owner 0, 50 m cells): what frontage along roads is measured against. */
export function edgeGridOf(polygons: readonly PlanePolygon[]): SegmentGrid {
  const grid = new SegmentGrid(50);
  polygons.forEach((poly) => poly.forEach((ring) => ringSegments(ring).forEach((s) => grid.add(s, 0))));
  return grid;
}
