/**
 * Stake-out (cắm mốc): the distance and the direction from where the user stands to a planned corner, on
 * the VN-2000 plane. The direction is a grid bearing: clockwise from grid north (the plane's northing
 * axis, not true or magnetic north), as a total station set up on the grid reads it.
 */
import type { PlanePoint } from '../../geo/coordinates';

/** Within this distance the screen shows the close-range view, m. */
export const CLOSE_RANGE_M = 2;

export interface BearingDistance {
  /** Plane distance, m. */
  readonly distanceM: number;
  /** Grid bearing, degrees clockwise from grid north, in [0, 360); 0 when the points coincide. */
  readonly gridBearingDeg: number;
  /** Offsets to go, m: + east, + north. */
  readonly eastM: number;
  readonly northM: number;
}

export function bearingDistance(from: PlanePoint, to: PlanePoint): BearingDistance {
  const eastM = to[0] - from[0];
  const northM = to[1] - from[1];
  const degrees = (Math.atan2(eastM, northM) * 180) / Math.PI;
  return { distanceM: Math.hypot(eastM, northM), gridBearingDeg: (degrees + 360) % 360, eastM, northM };
}

/**
 * The angle to draw an arrow at on screen, degrees clockwise from the top: the grid bearing, turned by
 * the device heading when the user asked for it (the screen's top then points where the tablet points).
 * `headingDeg` is the compass heading the browser reports (true north); `convergenceDeg` is the
 * meridian convergence at the site (grid north minus true north, + when grid north is east of true
 * north), so that a heading and a grid bearing are compared on the same north.
 */
export function arrowAngleDeg(gridBearingDeg: number, headingDeg: number | null, convergenceDeg = 0): number {
  if (headingDeg === null) return gridBearingDeg;
  const headingOnGrid = headingDeg - convergenceDeg;
  return (((gridBearingDeg - headingOnGrid) % 360) + 360) % 360;
}

/**
 * Meridian convergence at a place, degrees: the angle from true north to grid north (+ when grid north
 * lies east of true north), measured on the projection itself by stepping 1″ north.
 */
export function gridConvergenceDeg(toPlane: (lngLat: readonly [number, number]) => readonly [number, number], lngLat: readonly [number, number]): number {
  const a = toPlane(lngLat);
  const b = toPlane([lngLat[0], lngLat[1] + 1 / 3600]);
  // The true-north step seen on the grid: its grid bearing is minus the convergence.
  const trueNorthOnGridDeg = (Math.atan2(b[0] - a[0], b[1] - a[1]) * 180) / Math.PI;
  return -trueNorthOnGridDeg;
}
