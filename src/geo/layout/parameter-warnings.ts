/**
 * Warnings for parameter choices that break a regulation the engine still lets the planner choose
 * (the refusals are in parameters.ts).
 */
import type { LayoutParameters, LayoutWarning, NarrowedEdge } from './types';

/** @param hasResidentialEdge whether the zone faces homes anywhere */
export function parameterWarnings(p: LayoutParameters, hasResidentialEdge: boolean): LayoutWarning[] {
  const out: LayoutWarning[] = [];
  if (hasResidentialEdge && p.greenBufferM < 10) out.push({ code: 'isolation-green-below-2.5.2', params: { widthM: p.greenBufferM, requiredM: 10 } });
  if (p.perimeterGreenM < 10) out.push({ code: 'perimeter-green-below-2.5.2', params: { widthM: p.perimeterGreenM, requiredM: 10 } });
  if (p.kerbRadiusM < 8) out.push({ code: 'kerb-radius-below-2.9.3.2', params: { radiusM: p.kerbRadiusM, requiredM: 8 } });
  if (p.fireSeparationM < 9) out.push({ code: 'fire-separation-below-E.2', params: { separationM: p.fireSeparationM, requiredM: 9, sprinkleredM: 6 } });
  if (p.maxDeadEndM > 46) out.push({ code: 'dead-end-above-6.2.5', params: { lengthM: p.maxDeadEndM, maxM: 46 } });
  if (p.turnaroundM < 12) out.push({ code: 'turnaround-below-6.2.5', params: { sideM: p.turnaroundM, requiredM: 12 } });
  if (p.turnaroundM < p.branchRoadWidthM) out.push({ code: 'turnaround-narrower-than-road', params: { sideM: p.turnaroundM, roadWidthM: p.branchRoadWidthM } });
  return out;
}

/**
 * One warning per side where an accepted separation narrows the 2.5.2 strip: the side, its length and
 * the width left, so the planner sees what the district must accept and what restores the rule (the
 * edge's mark, or `stripM` of the zone file's separation line).
 */
export function narrowedStripWarnings(edges: readonly NarrowedEdge[]): LayoutWarning[] {
  return edges.map((e) => ({ code: 'strip-narrowed-at-edge', params: { side: e.side, lengthM: e.lengthM, stripM: e.stripM, requiredM: 10 } }));
}
