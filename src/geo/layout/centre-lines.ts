/**
 * The centre lines the layout writes, fitted to the roads as built: only inside the zone (off its
 * holes), and only where the road has its whole right of way across. The comb draws a branch from cut
 * line to cut line and the zone clips its polygon: at a slanted zone edge, or past it, the line ran on
 * where the road was narrower than its `widthM` or not there at all (47 m of a demo branch outside the
 * zone). A line a hole cuts in two is written as two.
 */
import { asPlane, type PlanePoint } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import { boundingBox, boxesMeet } from '../ring-helpers';
import { offsetPolygons } from './clip';
import type { RoadLine } from './road-network';
import type { LayoutWarning } from './types';
import { pointInPolygon, polygonSegments, SegmentGrid, type Segment } from './segments';

/** Step of the search for the first full cross-section from a line end, m. */
const TRIM_STEP_M = 0.05;
/** How far inside the right-of-way edge a cross-section is tested, m (edges are on the 1 mm grid). */
const EDGE_INSET_M = 0.002;
/** A cross-section this close to an edge of the roads' union meets it (edges are on the 1 mm grid), m. */
const CROSSING_M = 0.0005;
/** Gaps between road pieces narrower than twice this are hairlines of grid rounding, m. */
const HAIRLINE_M = 0.005;
/** Cell of the grid that finds the outline edges near a cross-section, m (sections are a road wide). */
const OUTLINE_CELL_M = 20;
/** Far below the 1 mm grid, far above the rounding of a point-in-ring test on VN-2000 coordinates, m. */
const BOX_NOISE_M = 1e-6;
/** A gate's askew mouth is this much shorter than half the road's width at most, m (the checker's samples). */
const MOUTH_MARGIN_M = 0.1;
/**
 * A trimmed end is written this far inside its first whole cross-section (tested a centimetre in), m:
 * the outline is grown by HAIRLINE_M, so on a slanted end a section can pass as whole up to
 * HAIRLINE_M ÷ sin(slant) past where the road really is whole (random 181 and 491 of the 75 ha sweep:
 * a branch line ran 1–2 cm into its end's taper, a road narrower than it says). 4 cm more covers a
 * slant down to 7°.
 */
const TRIMMED_END_MARGIN_M = 0.05;
/** Centre lines shorter than this are not written, m. */
const MIN_LENGTH_M = 1;

/** Parameters (0…1 along a→b) of the stretches of the segment inside the polygon. */
function insideStretches(a: PlanePoint, b: PlanePoint, polygon: PlanePolygon): [number, number][] {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const cuts = [0, 1];
  for (const [cx, cy, ex, ey] of polygonSegments(polygon)) {
    const fx = ex - cx, fy = ey - cy;
    const den = dx * fy - dy * fx;
    if (den === 0) continue;
    const u = ((cx - a[0]) * fy - (cy - a[1]) * fx) / den;
    const v = ((cx - a[0]) * dy - (cy - a[1]) * dx) / den;
    if (u > 0 && u < 1 && v >= 0 && v <= 1) cuts.push(u);
  }
  cuts.sort((p, q) => p - q);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const m = (cuts[i] + cuts[i + 1]) / 2;
    if (cuts[i + 1] > cuts[i] && pointInPolygon(a[0] + dx * m, a[1] + dy * m, polygon)) {
      const last = out[out.length - 1];
      if (last && last[1] === cuts[i]) last[1] = cuts[i + 1]; else out.push([cuts[i], cuts[i + 1]]);
    }
  }
  return out;
}

/** Sampling step along a fitted line when looking for stretches narrower than its width, m. */
const SAMPLE_STEP_M = 0.5;

export interface FittedCentreLines {
  lines: RoadLine[];
  /** `road-narrower-than-width`, one per line that is narrower somewhere between its ends. */
  warnings: LayoutWarning[];
}

/**
 * @param lines the centre lines as the network drew them
 * @param zone the zone, holes included
 * @param roads every road polygon as built
 */
export function fitCentreLines(lines: readonly RoadLine[], zone: PlanePolygon, roads: readonly PlanePolygon[]): FittedCentreLines {
  // The road network fits its lines to look at its dead ends (written-dead-ends.ts), and the layout
  // fits the same network's lines again when no stub was dropped: the second call is answered from
  // here (keyed by the very arrays, which nothing changes once drawn).
  const fit = fitOnce(lines, zone, roads);
  return { lines: fit.lines, warnings: fit.warnings() };
}

/**
 * The fitted lines alone, without the narrow-stretch warnings (written-dead-ends.ts reads only the
 * lines; sampling every half metre of every line for the warnings was most of its fit, on every
 * candidate network). The same lines as fitCentreLines gives, which still gets its warnings after.
 */
export function fitCentreLinesOnly(lines: readonly RoadLine[], zone: PlanePolygon, roads: readonly PlanePolygon[]): RoadLine[] {
  return fitOnce(lines, zone, roads).lines;
}

interface Fit { readonly lines: RoadLine[]; readonly warnings: () => LayoutWarning[] }

function fitOnce(lines: readonly RoadLine[], zone: PlanePolygon, roads: readonly PlanePolygon[]): Fit {
  const cached = lastFits.get(roads);
  if (cached && cached.lines === lines && cached.zone === zone) return cached.fit;
  const fit = fitLines(lines, zone, roads);
  lastFits.set(roads, { lines, zone, fit });
  return fit;
}

const lastFits = new WeakMap<readonly PlanePolygon[], { lines: readonly RoadLine[]; zone: PlanePolygon; fit: Fit }>();

function fitLines(lines: readonly RoadLine[], zone: PlanePolygon, roads: readonly PlanePolygon[]): Fit {
  // The narrow-stretch checks run only when the warnings are first asked for (then kept): they read
  // nothing that changes (the drawn roads and lines are never mutated), so they say the same then.
  const checks: (() => void)[] = [];
  const warnings: LayoutWarning[] = [];
  const boxes = roads.map((q) => boundingBox(q[0]));
  // Grown by a few grid steps first: hairline gaps between road pieces meeting at a junction are not
  // edges (the demo's north branch lost 13 m of its line to one).
  const outline = new SegmentGrid(OUTLINE_CELL_M);
  for (const e of offsetPolygons(roads, HAIRLINE_M).flatMap(polygonSegments)) outline.add(e, 0);
  const fitted = lines.flatMap((line) => {
    const [a, b] = [line.points[0], line.points[line.points.length - 1]];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) return [];
    const ux = (b[0] - a[0]) / length, uy = (b[1] - a[1]) / length;
    const half = line.widthM / 2 - EDGE_INSET_M;
    const near = roads.map((q, i) => ({ q, box: boxes[i] })).filter(({ box }) => boxesMeet(box, boundingBox([a, b]), line.widthM));
    // A point off a polygon's box (by more than float noise) is not in it: only the box is looked at.
    const onRoad = (x: number, y: number) => near.some(({ q, box }) =>
      x >= box[0] - BOX_NOISE_M && x <= box[2] + BOX_NOISE_M && y >= box[1] - BOX_NOISE_M && y <= box[3] + BOX_NOISE_M && pointInPolygon(x, y, q));
    // A cross-section is whole when its middle is on a road and it meets no edge of the roads' union:
    // three sample points missed a pond's corner or a jog of the perimeter strip poking into the road
    // between its centre and edge (random L 13 and jogged 7, the last metres of a road).
    const fullWidthAt = (s: number) => {
      const cx = a[0] + ux * s, cy = a[1] + uy * s;
      const section: Segment = [cx + uy * half, cy - ux * half, cx - uy * half, cy + ux * half];
      return onRoad(cx, cy) && !outline.anyWithin(section, CROSSING_M);
    };
    const out: RoadLine[] = [];
    for (const [f0, f1] of insideStretches(a, b, zone)) {
      let s0 = f0 * length, s1 = f1 * length;
      // Full from a centimetre in (so that an end square on the zone edge, the gate, stays on it) over
      // the first metre: a slanted or notched end is trimmed back to where the road is whole.
      const wholeFrom = (s: number, dir: 1 | -1) => [0.01, 0.25, 0.5, 0.75, 1].every((d) => fullWidthAt(s + dir * d));
      const [open0, open1] = [s0, s1];
      while (s0 < s1 && !wholeFrom(s0, 1)) s0 += TRIM_STEP_M;
      while (s1 > s0 && !wholeFrom(s1, -1)) s1 -= TRIM_STEP_M;
      if (s1 - s0 < MIN_LENGTH_M) continue;
      // A second gate on a skewed zone edge: the mouth the edge cuts askew is road up to the edge, so the
      // line runs on to it (that end is open to the public road, no dead end) where it is short of half
      // a width; the check for narrow stretches starts where the road is whole.
      const mouth = (end: 'start' | 'end', open: number, whole: number) =>
        line.gateEnd === end && (end === 'start' ? f0 * length < 0.01 : (1 - f1) * length < 0.01) && Math.abs(whole - open) <= line.widthM / 2 - MOUTH_MARGIN_M;
      const w0 = mouth('start', open0, s0) ? open0 : s0 > open0 ? s0 + TRIMMED_END_MARGIN_M : s0;
      const w1 = mouth('end', open1, s1) ? open1 : s1 < open1 ? s1 - TRIMMED_END_MARGIN_M : s1;
      if (w1 - w0 < MIN_LENGTH_M) continue;
      const at = (s: number) => asPlane([a[0] + ux * s, a[1] + uy * s]);
      out.push({ ...line, points: [at(w0), at(w1)] });
      // Between its ends the road may still lose width (a zone jog or a hole beside it): said, not hidden.
      checks.push(() => {
        let narrowM = 0;
        for (let s = s0 + SAMPLE_STEP_M / 2; s < s1; s += SAMPLE_STEP_M) if (!fullWidthAt(s)) narrowM += SAMPLE_STEP_M;
        if (narrowM > 0) warnings.push({ code: 'road-narrower-than-width', params: { role: line.role, widthM: line.widthM, lengthM: Math.round(narrowM * 10) / 10 } });
      });
    }
    return out;
  });
  let checked = false;
  return {
    lines: fitted,
    warnings: () => {
      if (!checked) { checked = true; for (const check of checks) check(); }
      return warnings;
    },
  };
}
