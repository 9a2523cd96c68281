/**
 * Patterns for long narrow zones (issue 7, "Long narrow zones get one spine along their length"): one
 * road along the length with the rows fronting it, the row depth fitted to the width left.
 *
 * - `spine`: entered from the end, the main road along the middle, one row on each side (double-loaded);
 * - `spine-side`: entered from the end, the main road along one side strip, one row of the whole width
 *   left on the other side (single-loaded), for strips too narrow for two good rows;
 * - `strip-side`: entered from the side, the main road only crosses the strip at the gate, and one road
 *   runs along the length right behind it, with one row of the whole width left behind that road.
 *
 * A road with a dead end over `maxDeadEndM` needs a whole `turnaroundM` square on the land
 * (turning-areas.ts), centred on the road: a road along a strip keeps the square's overhang as land
 * between it and the strip (a metre for a 10 m road and a 12 m square), else its end is cut back.
 */
import { localExtent, makeFrame, toPlane, type LocalFrame } from './frame';
import { maxPlotDepthM, MIN_ENVELOPE_SIDE_M, minPlotDepthM } from './parameters';
import type { PlotRow } from './row-plan';
import { innerStartT } from './road-network';
import type { PlanePolygon } from '../plane-measure';
import type { LayoutPattern } from './patterns';
import type { LayoutParameters } from './types';

/** Spine rows stop this short of the deepest legal plot, m (see spinePattern). */
export const DEPTH_MARGIN_M = 0.01;

/** Land kept between a road along a strip and the strip, so that a turning square centred on it fits, m. */
const turnaroundOverhangM = (roadWidthM: number, p: LayoutParameters): number => Math.max(0, (p.turnaroundM - roadWidthM) / 2);

/**
 * The shallowest row beside a spine: its plots are cut wider (up to 1.5 × target) to keep the least
 * area, as long as a building still fits.
 */
const shallowestSpineRowM = (p: LayoutParameters): number => Math.max(
  p.frontSetbackM + Math.max(p.rearSetbackM, p.fireSeparationM / 2) + MIN_ENVELOPE_SIDE_M, p.minPlotAreaM2 / (1.5 * p.targetFrontageM),
);

/**
 * The spine: rows along the main road on both sides, cut across every target frontage from the land
 * behind the entrance strip. Only where the land beside the road is at least one legal plot deep on
 * some side and the zone runs on behind the entrance more than it is wide (else the comb serves).
 * @param f the entrance frame, or one moved along the access edge (spine-side)
 */
export function spinePattern(
  f: LocalFrame, inner: readonly PlanePolygon[], tStart: number, p: LayoutParameters, name: 'spine' | 'spine-side' = 'spine',
): LayoutPattern | null {
  const [sMin, sMax] = localExtent(f, inner);
  const half = p.mainRoadWidthM / 2;
  // A row exactly the deepest legal depth gives plots of exactly the largest area at the target
  // frontage, which clipping's millimetre rounding pushes over it: the rows stay a centimetre shallower.
  const deepest = maxPlotDepthM(p) - DEPTH_MARGIN_M;
  const right = Math.min(sMax - half, deepest), left = Math.min(-sMin - half, deepest);
  const shallowest = shallowestSpineRowM(p);
  if (Math.max(right, left) < shallowest) return null;
  // A zone much wider than two rows beside the road is the comb's: the spine would leave most of it green.
  if (sMax - sMin > 2 * (deepest + half + p.mainRoadWidthM)) return null;
  // The rows' frame: s along the main road (into the zone), t = −s of the entrance frame.
  const rowFrame = makeFrame(f.origin, f.v);
  const rows: PlotRow[] = [];
  if (right >= shallowest) rows.push({ tLow: -(half + right), tHigh: 0, front: 'high', branch: 0 });
  if (left >= shallowest) rows.push({ tLow: 0, tHigh: half + left, front: 'low', branch: 0 });
  return { name, rowFrame, branchT: [], rows, startPlusM: tStart - half, fitFrontage: name === 'spine-side' };
}

/**
 * The single-loaded spine of a strip entered from its end: the entrance moved along the access edge
 * so that the main road runs along the strip of the − side (its kerb corners still on the access edge),
 * one row of the whole width left on the + side. Null where the zone is wider than it runs on behind
 * the entrance, where that row would be deeper than a legal plot (the spine or the comb serves) or
 * too shallow, or where the moved road leaves the access edge.
 * @param edgeS local s of the access edge's ends (entrance.ts `edgeS`)
 */
export function sideSpinePattern(
  f: LocalFrame, inner: PlanePolygon[], tMax: number, edgeS: readonly [number, number], p: LayoutParameters,
): LayoutPattern | null {
  const [sMin, sMax] = localExtent(f, inner);
  // Entered from the end: the land runs on behind the entrance longer than it is wide.
  if (tMax <= sMax - sMin) return null;
  const half = p.mainRoadWidthM / 2;
  const low = Math.max(sMin + turnaroundOverhangM(p.mainRoadWidthM, p), Math.min(edgeS[0], edgeS[1]) + p.kerbRadiusM);
  const centre = low + half;
  if (centre + half + p.kerbRadiusM > Math.max(edgeS[0], edgeS[1])) return null;
  const rowDepth = sMax - centre - half;
  if (rowDepth > maxPlotDepthM(p) - DEPTH_MARGIN_M || rowDepth < shallowestSpineRowM(p)) return null;
  const moved = makeFrame(toPlane(f, centre, 0), f.u);
  const tStart = innerStartT(moved, inner, p.mainRoadWidthM);
  if (tStart === null) return null;
  const spine = spinePattern(moved, inner, tStart, p, 'spine-side');
  if (!spine || spine.rows.length !== 1) return null;
  return { ...spine, entranceFrame: moved, tStart, edgeS: [edgeS[0] - centre, edgeS[1] - centre] };
}

/**
 * The strip entered from its long side: the main road crosses the strip at the gate and ends in one
 * road along the length right behind the strip (a turning square's overhang off it), with one row of
 * all the width left behind it, fitted into whole plots. Null where the zone is deeper than it is long
 * behind the entrance, or where the row would not be a legal depth (deeper: the comb serves).
 */
export function stripSidePattern(
  f: LocalFrame, inner: readonly PlanePolygon[], tStart: number, tMax: number, p: LayoutParameters,
): LayoutPattern | null {
  const [sMin, sMax] = localExtent(f, inner);
  if (sMax - sMin <= tMax - tStart) return null;
  const halfRoad = p.branchRoadWidthM / 2;
  const roadT = tStart + turnaroundOverhangM(p.branchRoadWidthM, p) + halfRoad;
  const depth = tMax - roadT - halfRoad;
  if (depth < minPlotDepthM(p) || depth > maxPlotDepthM(p) - DEPTH_MARGIN_M) return null;
  return {
    name: 'strip-side', rowFrame: f, branchT: [roadT], rows: [{ tLow: roadT, tHigh: tMax, front: 'low', branch: 0 }],
    startPlusM: 0, fitFrontage: true,
  };
}
