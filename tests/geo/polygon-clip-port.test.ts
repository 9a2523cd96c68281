/**
 * Where clipper2-ts (the TypeScript port of Clipper2) was wrong, judged by JSTS: the zone of seed 570
 * of the first sweep (small plots) less the three plots that reproduce it. Three plots meet at a corner
 * and have corners on the zone edge that are not corners of the zone (T-junctions). The port alone
 * returned 195 m² too little land and a ring crossing itself; Clipper2's C++ build (clipper2-wasm)
 * and JSTS give the true area. polygon-noding.ts makes such junctions vertices before clipping.
 */
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { multiPolygonAreaM2, type PlanePolygon } from '../../src/geo/plane-measure';
import { offsetPolygons, subtractPolygons } from '../../src/geo/polygon-clip';
import { JstsFrame, unionOf, validityError } from './layout/jsts-geometry';

const poly = (rings: number[][][]): PlanePolygon => rings.map((r) => r.map((p) => asPlane([p[0], p[1]])));
const zone = poly([
  [[592763.746, 2306219.407], [592815.107, 2306336.099], [592690.58, 2306397.637], [592587.914, 2306331.868], [592626.379, 2306218.346], [592763.746, 2306219.407]],
  [[592684.568, 2306293.554], [592697.126, 2306301.297], [592704.592, 2306291.063], [592693.796, 2306281.431], [592684.568, 2306293.554]],
]);
const plots = [
  [[[592647.983, 2306370.349], [592646.432, 2306369.355], [592621.95, 2306353.672], [592618.916, 2306347.532], [592632.364, 2306340.886], [592633.216, 2306340.466], [592647.983, 2306370.349]]],
  [[[592633.216, 2306340.466], [592632.364, 2306340.886], [592618.916, 2306347.532], [592604.148, 2306317.648], [592617.596, 2306311.003], [592618.449, 2306310.582], [592633.216, 2306340.466]]],
  [[[592618.916, 2306347.532], [592615.219, 2306349.36], [592597.469, 2306337.989], [592587.914, 2306331.868], [592590.435, 2306324.426], [592590.701, 2306324.294], [592604.148, 2306317.648], [592618.916, 2306347.532]]],
].map(poly);

const frame = new JstsFrame(zone[0][0][0], zone[0][0][1]);
const truth = frame.polygon(zone).difference(unionOf(plots.map((q) => frame.polygon(q)))).getArea();

describe('set operations where the port joined rings wrongly', () => {
  it('the zone less three plots meeting on its edge keeps its true area, in valid rings', () => {
    const left = subtractPolygons([zone], plots);
    expect(Math.abs(multiPolygonAreaM2(left) - truth)).toBeLessThan(0.05);
    for (const q of left) expect(validityError(frame.polygon(q))).toBeNull();
  });

  it('growing a polygon with a hole keeps the hole open (grown rings used to be re-wound as outer rings)', () => {
    const square = (e: number, n: number, w: number): PlanePolygon => [[[e, n], [e + w, n], [e + w, n + w], [e, n + w], [e, n]].map((p) => asPlane([592700 + p[0], 2306300 + p[1]]))];
    const frameWithHole = subtractPolygons([square(0, 0, 100)], [square(20, 20, 60)]);
    expect(multiPolygonAreaM2(offsetPolygons(frameWithHole, 1))).toBeCloseTo(102 * 102 - 58 * 58, 3);
  });
});
