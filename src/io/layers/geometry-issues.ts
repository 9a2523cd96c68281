/**
 * Geometry validity as import errors: every problem of every ring, numbered as a surveyor numbers
 * them. Rings, corners and edges are 1-based: ring 1 is the outer boundary, ring 2… the holes; edge k
 * runs from corner k to corner k + 1, and the last edge closes the ring back to corner 1.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { PlanePolygon } from '../../geo/plane-measure';
import { findPolygonProblems, type RingProblem } from '../../geo/polygon-validity';
import { issue, type IssueLocation, type ReadError } from './read-result';

function problemIssue(problem: RingProblem, fileName: string, at: IssueLocation, part: number | null): ReadError {
  const where: Record<string, number> = { ring: problem.ring + 1 };
  if (part !== null) where.part = part + 1;
  switch (problem.kind) {
    case 'too-few-corners':
      return issue(fileName, 'polygon-too-few-corners', at, { ...where, corners: problem.corners });
    case 'not-finite':
      return issue(fileName, 'polygon-not-finite', at, { ...where, corner: problem.corner + 1 });
    case 'self-intersection':
      return issue(fileName, 'polygon-self-intersection', at, { ...where, edgeA: problem.edgeA + 1, edgeB: problem.edgeB + 1 });
    case 'zero-area':
      return issue(fileName, 'polygon-zero-area', at, where);
  }
}

/**
 * Reports the problems of a polygon (or of one part of a multipolygon, `part` 0-based) and says
 * whether it had none.
 */
export function checkPolygon(
  polygon: PlanePolygon,
  fileName: string,
  at: IssueLocation,
  errors: ReadError[],
  part: number | null = null,
): boolean {
  const problems = findPolygonProblems(polygon);
  for (const problem of problems) errors.push(problemIssue(problem, fileName, at, part));
  return problems.length === 0;
}

/** Reports a line with fewer than two distinct points and says whether it is usable. */
export function checkLine(line: readonly PlanePoint[], fileName: string, at: IssueLocation, errors: ReadError[]): boolean {
  const distinct = new Set(line.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size >= 2) return true;
  errors.push(issue(fileName, 'line-too-few-points', at, { points: distinct.size }));
  return false;
}
