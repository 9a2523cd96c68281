/** The rows × columns minimum-cost assignment (the Hungarian method of the `munkres` package, rectangular matrices included). */
import { munkres } from 'munkres';

/** Pairs [row, column] of the least total; min(rows, columns) pairs. */
export function solveAssignment(costs: readonly (ArrayLike<number>)[]): [number, number][] {
  if (costs.length === 0 || costs[0].length === 0) return [];
  return munkres(costs).map(([row, column]) => [row, column]);
}
