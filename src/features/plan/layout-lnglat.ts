/**
 * Plane → WGS84 for DRAWING a layout, fast: the exact conversion (src/geo/coordinates.ts, proj4 and two
 * Newton steps, ~7 proj4 calls a point) at nine points spanning the layout, and between them the
 * biquadratic that passes through all nine. Over a zone of a few km the conversion is smooth to the
 * third order, so the drawn point is within micrometres of the exact one (tests/features/plan/
 * layout-lnglat.test.ts holds it to 0.1 mm against the exact conversion on the demo and a 75 ha layout),
 * at a few multiplications a point instead of a dozen proj4 calls. Never for measuring or exporting:
 * those go through coordinates.ts point by point.
 */
import type { PlaneProjection } from '../../geo/coordinates';

export type PlaneToLngLat = (p: readonly [number, number]) => [number, number];

/** Lagrange weights of x among the nodes −1, 0, 1. */
const weights = (x: number): [number, number, number] => [(x * (x - 1)) / 2, 1 - x * x, (x * (x + 1)) / 2];

/**
 * A converter for points within `box` [minE, minN, maxE, maxN] (plane metres); points outside are
 * converted exactly, point by point.
 */
export function drawingLngLat(projection: PlaneProjection, box: readonly [number, number, number, number]): PlaneToLngLat {
  const exact: PlaneToLngLat = (p) => {
    const [lng, lat] = projection.toLngLat(p);
    return [lng, lat];
  };
  const [minE, minN, maxE, maxN] = box;
  if (!(maxE >= minE && maxN >= minN)) return exact;
  const ce = (minE + maxE) / 2, cn = (minN + maxN) / 2;
  // Half the box, at least 1 m (a box of one point still has three distinct nodes a side).
  const he = Math.max((maxE - minE) / 2, 1), hn = Math.max((maxN - minN) / 2, 1);
  const nodes = [-1, 0, 1].map((j) => [-1, 0, 1].map((i) => exact([ce + i * he, cn + j * hn])));
  return (p) => {
    const x = (p[0] - ce) / he, y = (p[1] - cn) / hn;
    if (Math.abs(x) > 1 + 1e-9 || Math.abs(y) > 1 + 1e-9) return exact(p);
    const wx = weights(x), wy = weights(y);
    let lng = 0, lat = 0;
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 3; i++) {
        const w = wx[i] * wy[j];
        lng += w * nodes[j][i][0];
        lat += w * nodes[j][i][1];
      }
    }
    return [lng, lat];
  };
}
