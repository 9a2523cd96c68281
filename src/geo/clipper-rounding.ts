/**
 * Clipper2 puts each new crossing point on its integer grid by truncation, not rounding (upstream by
 * design since Clipper2 PR #664, for speed; clipper2-ts follows it: `Math.trunc` in
 * InternalClipper.getLineIntersectPt). On our 1 mm grid and all-positive VN-2000 coordinates that moves
 * every crossing up to 1 mm west and south, always the same way, and a cut of a cut moves it again:
 * a plot cut from a band cut from the land less the roads ran 2.5–2.8 mm into its road along 20 m
 * (random jogged polygon 21), and facility lots cut at an acute corner 3–4 mm into the perimeter strip
 * (random trapezoid 4), both drawn against shapes that were not cut as often. Rounding to the nearest
 * grid point bounds each crossing's error by half a step with no bias, as the float version does.
 * Imported once by polygon-clip.ts, before any set operation.
 */
import { InternalClipper } from 'clipper2-ts';

type Pt = { x: number; y: number; z?: number };

function roundedLineIntersectPt(ln1a: Pt, ln1b: Pt, ln2a: Pt, ln2b: Pt): { intersects: boolean; point: Pt } {
  const dy1 = ln1b.y - ln1a.y;
  const dx1 = ln1b.x - ln1a.x;
  const dy2 = ln2b.y - ln2a.y;
  const dx2 = ln2b.x - ln2a.x;
  const det = dy1 * dx2 - dy2 * dx1;
  if (det === 0) return { intersects: false, point: { x: 0, y: 0, z: 0 } };
  const t = ((ln1a.x - ln2a.x) * dy2 - (ln1a.y - ln2a.y) * dx2) / det;
  // The same ends as the original: a crossing at or past an end is that end.
  if (t <= 0) return { intersects: true, point: { x: ln1a.x, y: ln1a.y, z: 0 } };
  if (t >= 1) return { intersects: true, point: { x: ln1b.x, y: ln1b.y, z: 0 } };
  return { intersects: true, point: { x: Math.round(ln1a.x + t * dx1), y: Math.round(ln1a.y + t * dy1), z: 0 } };
}

(InternalClipper as unknown as { getLineIntersectPt: typeof roundedLineIntersectPt }).getLineIntersectPt = roundedLineIntersectPt;
