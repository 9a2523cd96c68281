/**
 * Where to put a polygon's label: its area centroid in plane metres (outer ring less holes), or the
 * mean of its outer corners when the area is degenerate.
 */
import { asPlane, type PlanePoint } from '../../geo/coordinates';
import { ringCorners, ringSignedAreaM2, type PlanePolygon } from '../../geo/plane-measure';

export function polygonLabelPoint(polygon: PlanePolygon): PlanePoint {
  const outer = ringCorners(polygon[0]);
  // Work relative to the first corner so that seven-digit coordinates keep their precision.
  const [e0, n0] = outer[0];
  let sumArea = 0;
  let sumE = 0;
  let sumN = 0;
  for (const [ringIndex, ring] of polygon.entries()) {
    const corners = ringCorners(ring);
    const signed = ringSignedAreaM2(ring);
    // Outer ring counts positive, holes negative, whatever their orientation.
    const sign = (ringIndex === 0 ? 1 : -1) * Math.sign(signed);
    for (let i = 0; i < corners.length; i++) {
      const [ae, an] = [corners[i][0] - e0, corners[i][1] - n0];
      const next = corners[(i + 1) % corners.length];
      const [be, bn] = [next[0] - e0, next[1] - n0];
      const cross = ae * bn - be * an;
      sumArea += (sign * cross) / 2;
      sumE += (sign * (ae + be) * cross) / 6;
      sumN += (sign * (an + bn) * cross) / 6;
    }
  }
  if (Math.abs(sumArea) < 1e-9) {
    const meanE = outer.reduce((s, p) => s + p[0], 0) / outer.length;
    const meanN = outer.reduce((s, p) => s + p[1], 0) / outer.length;
    return asPlane([meanE, meanN]);
  }
  return asPlane([e0 + sumE / sumArea, n0 + sumN / sumArea]);
}
