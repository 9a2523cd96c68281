/**
 * Hold-to-average: the mean of the fixes collected over N seconds, with their spread, so that a marker's
 * position is recorded with what it is worth.
 */
import { asPlane, type PlanePoint } from '../../geo/coordinates';

export interface Fix {
  readonly point: PlanePoint;
  /** Reported horizontal accuracy, m. */
  readonly accuracyM: number;
  /** ms since the epoch. */
  readonly at: number;
}

export interface AveragedFix {
  readonly point: PlanePoint;
  readonly fixes: number;
  /** Root mean square distance of the fixes from their mean, m (0 for one fix). */
  readonly spreadM: number;
  /** Largest distance of a fix from the mean, m. */
  readonly maxDeviationM: number;
  /**
   * The accuracy recorded with the mean, m: the mean reported accuracy, or the spread when the fixes
   * scatter more than they claim (never better than what the receiver reported).
   */
  readonly accuracyM: number;
}

/** Null when there is no fix. */
export function averageFixes(fixes: readonly Fix[]): AveragedFix | null {
  if (fixes.length === 0) return null;
  // Subtract the first point so seven-digit northings keep their precision in the sums.
  const [e0, n0] = fixes[0].point;
  let sumE = 0;
  let sumN = 0;
  for (const fix of fixes) { sumE += fix.point[0] - e0; sumN += fix.point[1] - n0; }
  const meanE = sumE / fixes.length;
  const meanN = sumN / fixes.length;
  let squares = 0;
  let maxDeviationM = 0;
  for (const fix of fixes) {
    const d = Math.hypot(fix.point[0] - e0 - meanE, fix.point[1] - n0 - meanN);
    squares += d * d;
    maxDeviationM = Math.max(maxDeviationM, d);
  }
  const spreadM = Math.sqrt(squares / fixes.length);
  const meanAccuracyM = fixes.reduce((sum, fix) => sum + fix.accuracyM, 0) / fixes.length;
  return { point: asPlane([e0 + meanE, n0 + meanN]), fixes: fixes.length, spreadM, maxDeviationM, accuracyM: Math.max(meanAccuracyM, spreadM) };
}
