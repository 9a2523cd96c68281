/**
 * The zone being drawn, as the drawing panel holds it: corners in VN-2000 plane metres (the truth the
 * planner types and reads), kept exact when the map sends the same corners back through WGS84 (a
 * round trip moves them by a fraction of a millimetre), and the edits the panel offers. Pure.
 */
import { asPlane, fromXY, type PlanePoint } from '../../geo/coordinates';
import { setEdgeLength } from '../../geo/drawn-zone';
import { distanceM } from '../../geo/plane-measure';

/** A corner from the map within this of a held corner is that corner, m (well under a survey's 1 cm). */
export const SAME_CORNER_M = 0.005;

/**
 * The map's corners, each replaced by the held corner it matches (same place within SAME_CORNER_M),
 * so typed coordinates stay as typed; new or dragged corners come from the map.
 */
export function mergeMapCorners(held: readonly PlanePoint[], fromMap: readonly PlanePoint[]): PlanePoint[] {
  return fromMap.map((p) => held.find((q) => distanceM(p, q) <= SAME_CORNER_M) ?? p);
}

/** Corner `index` set to typed X (northing) and Y (easting); null when either is not a number. */
export function setCornerXY(corners: readonly PlanePoint[], index: number, x: number, y: number): PlanePoint[] | null {
  if (!Number.isFinite(x) || !Number.isFinite(y) || index < 0 || index >= corners.length) return null;
  return corners.map((c, i) => (i === index ? fromXY(x, y) : c));
}

/** A corner added after `index` (the middle of the edge that starts there), or the first one at `at`. */
export function insertCorner(corners: readonly PlanePoint[], index: number): PlanePoint[] {
  if (corners.length === 0) return [];
  const a = corners[index];
  const b = corners[(index + 1) % corners.length];
  const middle = asPlane([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
  return [...corners.slice(0, index + 1), middle, ...corners.slice(index + 1)];
}

export const removeCorner = (corners: readonly PlanePoint[], index: number): PlanePoint[] => corners.filter((_, i) => i !== index);

/** Edge `index` made `lengthM` long (its end corner moves along the edge); null when refused. */
export const setDraftEdgeLength = (corners: readonly PlanePoint[], index: number, lengthM: number): PlanePoint[] | null =>
  setEdgeLength(corners, index, lengthM);

/**
 * Corner rows typed or pasted as text, one per line: "X Y" or "X;Y" or "X,Y" (a comma is a decimal
 * separator only when the numbers are split by spaces, tabs or semicolons), point numbers before them
 * allowed. Returns the corners, or the 1-based line numbers that do not read.
 */
export function parseCornerLines(text: string): { corners: PlanePoint[] } | { badLines: number[] } {
  const corners: PlanePoint[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const parts = /[;\t]| {1,}/.test(trimmed) ? trimmed.split(/[;\t ]+/).map((p) => p.replace(',', '.')) : trimmed.split(',');
    const numbers = parts.map(Number).filter((n) => Number.isFinite(n));
    if (numbers.length < 2 || parts.some((p) => p !== '' && !Number.isFinite(Number(p)))) { badLines.push(i + 1); return; }
    const [x, y] = numbers.slice(-2);
    corners.push(fromXY(x, y));
  });
  return badLines.length ? { badLines } : { corners };
}
