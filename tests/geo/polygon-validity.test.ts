import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { findPolygonProblems, findRingProblems } from '../../src/geo/polygon-validity';

const ring = (pts: number[][]) => pts.map((p) => asPlane([592700 + p[0], 2306300 + p[1]]));

describe('polygon validity', () => {
  it('accepts a plain quadrilateral, closed or open', () => {
    expect(findRingProblems(ring([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]))).toEqual([]);
    expect(findRingProblems(ring([[0, 0], [10, 0], [10, 10], [0, 10]]))).toEqual([]);
  });

  it('finds a bow tie', () => {
    const problems = findRingProblems(ring([[0, 0], [10, 10], [10, 0], [0, 10]]));
    expect(problems).toContainEqual({ kind: 'self-intersection', ring: 0, edgeA: 0, edgeB: 2 });
  });

  it('finds too few corners and non-finite numbers', () => {
    expect(findRingProblems(ring([[0, 0], [10, 0], [0, 0]]))).toEqual([{ kind: 'too-few-corners', ring: 0, corners: 2 }]);
    expect(findRingProblems([asPlane([NaN, 1]), asPlane([1, 1]), asPlane([1, 2])])[0].kind).toBe('not-finite');
  });

  it('reports problems of holes with their ring index', () => {
    const outer = ring([[0, 0], [50, 0], [50, 50], [0, 50]]);
    const badHole = ring([[10, 10], [20, 20], [20, 10], [10, 20]]);
    const problems = findPolygonProblems([outer, badHole]);
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.ring))).toEqual(new Set([1]));
  });
});
