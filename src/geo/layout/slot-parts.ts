/**
 * Which parts of a row's band a slot of the row is cut from (slice-rows.ts): the parts it reaches,
 * and why the cut is the one the whole band gives.
 */
import type { PlanePolygon } from '../plane-measure';
import { boundingBox, boxesMeet, type BoundingBox } from '../ring-helpers';
import { localExtent, type LocalFrame } from './frame';

/**
 * A part of a row's band farther than this past a slot's ends (along the row) is left out of its cut,
 * m: it shares no point with the slot, and no vertex of it lies on the slot's edges (a metre is far
 * beyond the clipping grid).
 */
const SLOT_REACH_M = 1;
/** Boxes closer than this may share a point, m (ten grid steps: the noding joins vertices within one). */
const TOUCH_M = 0.01;

const planeBox = (polygon: PlanePolygon): BoundingBox => boundingBox(polygon[0]);

const boxesApart = (a: BoundingBox, b: BoundingBox): boolean => !boxesMeet(a, b, TOUCH_M);

/**
 * The parts of a band a slot from s = a to b is cut from: those within SLOT_REACH_M of it, or every
 * part when one left out comes near one kept. The cut is then the very one of the whole band: before
 * clipping, a vertex lying on another ring's edge is made a vertex of it (polygon-noding.ts), and a
 * part left out holds no vertex near the slot's edges or the parts kept, nor they near its edges.
 */
export function slotParts(parts: readonly BandPart[], a: number, b: number): PlanePolygon[] {
  const reaches = (q: BandPart) => q.extent[1] >= a - SLOT_REACH_M && q.extent[0] <= b + SLOT_REACH_M;
  const kept = parts.filter(reaches);
  if (kept.length === parts.length) return parts.map((q) => q.polygon);
  const apart = parts.every((q) => reaches(q) || kept.every((k) => boxesApart(q.box, k.box)));
  return (apart ? kept : parts).map((q) => q.polygon);
}

/** A part of a band with its local extent [sMin, sMax, tMin, tMax] and its plane box. */
export interface BandPart { readonly polygon: PlanePolygon; readonly extent: readonly number[]; readonly box: BoundingBox }

export const bandParts = (f: LocalFrame, band: readonly PlanePolygon[]): BandPart[] =>
  band.map((polygon) => ({ polygon, extent: localExtent(f, [polygon]), box: planeBox(polygon) }));
