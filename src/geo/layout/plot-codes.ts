/**
 * Plot codes ("A-01"): a letter per row of plots, from the entrance outward, and a number along the
 * row. Codes are stable across re-runs given the previous layout:
 * - a plot whose corners all lie within 1 mm (TOLERANCE_M) of a previous plot's corners keeps its code;
 * - otherwise a plot that overlaps one previous, still unmatched plot by ≥ 90 % (area of intersection
 *   over area of union) is the same plot moved a little and keeps that code;
 * - every other plot is new: it gets its row's letter and the next number after the highest number
 *   that letter ever had (in the previous layout or kept now), so no old code is ever reused.
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { boundingBox, boxesMeet, openRing, type BoundingBox } from '../ring-helpers';
import { intersectPolygons, unitePolygons } from './clip';
import { TOLERANCE_M } from '../tolerance';
import type { PreviousLayout } from './types';

/** Least overlap (intersection over union) for "the same plot, moved a little". */
export const SAME_PLOT_MIN_OVERLAP = 0.9;

/** Row letters: A…Z, then AA, AB, … */
export function rowLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export const formatCode = (letter: string, number: number): string => `${letter}-${String(number).padStart(2, '0')}`;

function parseCode(code: string): { letter: string; number: number } | null {
  const m = /^([A-Z]+)-(\d+)$/.exec(code);
  return m ? { letter: m[1], number: Number(m[2]) } : null;
}

/**
 * Codes for plots listed in natural order (row by row, along each row).
 * @param rows row index of each plot, non-decreasing
 */
export function naturalCodes(rows: readonly number[]): string[] {
  const out: string[] = [];
  let letterIndex = -1;
  let lastRow = Number.NaN;
  let number = 0;
  for (const row of rows) {
    if (row !== lastRow) { letterIndex++; lastRow = row; number = 0; }
    out.push(formatCode(rowLetter(letterIndex), ++number));
  }
  return out;
}

const corners = (polygon: PlanePolygon): readonly (readonly [number, number])[] => openRing(polygon[0]);

function sameCorners(a: PlanePolygon, b: PlanePolygon): boolean {
  const ca = corners(a), cb = corners(b);
  if (ca.length !== cb.length) return false;
  const near = (p: readonly [number, number], list: readonly (readonly [number, number])[]) =>
    list.some((q) => Math.abs(p[0] - q[0]) <= TOLERANCE_M && Math.abs(p[1] - q[1]) <= TOLERANCE_M);
  return ca.every((p) => near(p, cb)) && cb.every((p) => near(p, ca));
}

const box = (polygon: PlanePolygon): BoundingBox => boundingBox(polygon[0]);

/**
 * Slack on overlapAtMost's bound: the clipped areas overlapRatio measures may differ from the exact
 * ones by the 1 mm grid (a fraction of a square metre on a plot of hundreds); far more than that.
 */
const BOUND_SLACK = 0.01;

/**
 * An upper bound on overlapRatio(a, b) from areas and boxes alone: the intersection lies in both boxes'
 * common part and in the smaller plot, the union covers the larger plot. Neighbours whose boxes only
 * touch, or plots of very different sizes, are told apart without clipping.
 */
function overlapAtMost(areaA: number, boxA: BoundingBox, areaB: number, boxB: BoundingBox): number {
  const common = Math.max(0, Math.min(boxA[2], boxB[2]) - Math.max(boxA[0], boxB[0])) * Math.max(0, Math.min(boxA[3], boxB[3]) - Math.max(boxA[1], boxB[1]));
  const larger = Math.max(areaA, areaB);
  return larger > 0 ? Math.min(common, areaA, areaB) / larger : 1;
}

function overlapRatio(a: PlanePolygon, b: PlanePolygon): number {
  const inter = intersectPolygons([a], [b]).reduce((s, q) => s + polygonAreaM2(q), 0);
  if (inter <= 0) return 0;
  const union = unitePolygons([a], [b]).reduce((s, q) => s + polygonAreaM2(q), 0);
  return inter / union;
}

/**
 * Final codes of the plots (given in natural order with their natural codes), keeping previous codes.
 */
export function assignCodes(plots: readonly PlanePolygon[], natural: readonly string[], previous?: PreviousLayout | null): string[] {
  if (!previous || !previous.plots.length) return [...natural];
  const prev = previous.plots.filter((q, i) => previous.plots.findIndex((r) => r.code === q.code) === i);
  const prevBoxes = prev.map((q) => box(q.polygon));
  const used = new Set<number>();
  const codes: (string | null)[] = plots.map(() => null);
  const boxes = plots.map(box);
  // Exact matches first, then "moved a little".
  plots.forEach((plot, i) => {
    const j = prev.findIndex((q, k) => !used.has(k) && boxesMeet(boxes[i], prevBoxes[k]) && sameCorners(plot, q.polygon));
    if (j >= 0) { used.add(j); codes[i] = prev[j].code; }
  });
  const prevAreas = prev.map((q) => polygonAreaM2(q.polygon));
  plots.forEach((plot, i) => {
    if (codes[i]) return;
    let best = -1, bestRatio = SAME_PLOT_MIN_OVERLAP;
    const area = polygonAreaM2(plot);
    prev.forEach((q, k) => {
      if (used.has(k) || !boxesMeet(boxes[i], prevBoxes[k])) return;
      // Clipping only where the overlap could reach the best ratio so far (the same choice, less work).
      if (overlapAtMost(area, boxes[i], prevAreas[k], prevBoxes[k]) < bestRatio - BOUND_SLACK) return;
      const ratio = overlapRatio(plot, q.polygon);
      if (ratio >= bestRatio) { best = k; bestRatio = ratio; }
    });
    if (best >= 0) { used.add(best); codes[i] = prev[best].code; }
  });
  const highest = new Map<string, number>();
  const note = (code: string | null) => {
    const parsed = code ? parseCode(code) : null;
    if (parsed) highest.set(parsed.letter, Math.max(highest.get(parsed.letter) ?? 0, parsed.number));
  };
  prev.forEach((q) => note(q.code));
  codes.forEach(note);
  const taken = new Set(prev.map((q) => q.code));
  return codes.map((code, i) => {
    if (code) return code;
    const letter = parseCode(natural[i])?.letter ?? 'Z';
    let number = (highest.get(letter) ?? 0) + 1;
    while (taken.has(formatCode(letter, number))) number++;
    highest.set(letter, number);
    const fresh = formatCode(letter, number);
    taken.add(fresh);
    return fresh;
  });
}
