/**
 * The one tolerance for coincident edges and points in VN-2000 plane work: 1 mm.
 * Clipping snaps to this grid (3 decimals of a metre); comparisons of plane coordinates use it.
 */
export const TOLERANCE_M = 0.001;
/** Decimal places of a metre that the clipping grid keeps (10^-3 m = TOLERANCE_M). */
export const CLIP_PRECISION_DECIMALS = 3;
