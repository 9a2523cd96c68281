/**
 * The dividing line two selected plots share, for the map to draw and drag: its ends and the unit
 * normal pointing into the second plot (a drag's distance along it is moveDivider's offset).
 */
import type { PlanePoint } from '../coordinates';
import { asPlane } from '../coordinates';
import type { LayoutResult } from '../layout';
import { layoutPieces, plotOf } from './layout-pieces';
import { cornerMean, frameOf, normalDistanceM, sharedEdge } from './plane-lines';

export interface Divider {
  readonly codes: readonly [string, string];
  readonly from: PlanePoint;
  readonly to: PlanePoint;
  /** Unit normal into the second plot (east, north components). */
  readonly normal: readonly [number, number];
}

export function dividerBetween(layout: LayoutResult, codes: readonly [string, string]): Divider | null {
  const pieces = layoutPieces(layout);
  const a = plotOf(pieces, codes[0]), b = plotOf(pieces, codes[1]);
  if (!a || !b) return null;
  const shared = sharedEdge(a.polygon, b.polygon);
  if (!shared) return null;
  const frame = frameOf(shared.segment);
  const side = Math.sign(normalDistanceM(frame, cornerMean(b.polygon))) || 1;
  const s = shared.segment;
  return { codes, from: asPlane([s[0], s[1]]), to: asPlane([s[2], s[3]]), normal: [side * frame.n[0], side * frame.n[1]] };
}
