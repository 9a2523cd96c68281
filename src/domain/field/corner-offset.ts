/**
 * How far a measured marker lies from its planned corner. Stated in centimetres only when the reported
 * accuracy is 5 cm or better (an RTK fix, a total station); otherwise the figure is indicative, since a
 * tablet's own GPS is good to a few metres.
 */
import type { PlanePoint } from '../../geo/coordinates';

/** The accuracy at or below which an offset is stated in centimetres, m. */
export const CENTIMETRE_ACCURACY_M = 0.05;

export interface CornerOffset {
  /** Plane distance measured − planned, m. */
  readonly distanceM: number;
  /** Rounded centimetres. */
  readonly distanceCm: number;
  /** + east, + north, m (measured − planned). */
  readonly eastM: number;
  readonly northM: number;
  /** True when the accuracy is unknown or worse than 5 cm. */
  readonly indicative: boolean;
}

export function cornerOffset(measured: PlanePoint, planned: PlanePoint, accuracyM: number | null): CornerOffset {
  const eastM = measured[0] - planned[0];
  const northM = measured[1] - planned[1];
  const distanceM = Math.hypot(eastM, northM);
  return {
    distanceM, distanceCm: Math.round(distanceM * 100), eastM, northM,
    indicative: accuracyM === null || !(accuracyM <= CENTIMETRE_ACCURACY_M + 1e-9),
  };
}
