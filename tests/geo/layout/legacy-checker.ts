/**
 * An independent checker of layout invariants. It uses its own simple geometry (sampling, segment
 * distances, shoelace) and only src/geo/polygon-clip.ts and plane-measure.ts as the measuring stick,
 * never the engine's helpers.
 */
import { intersectPolygons, offsetPolygons, subtractPolygons } from '../../../src/geo/polygon-clip';
import { TOLERANCE_M } from '../../../src/geo/tolerance';
import { polygonAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';
import type { ZoneSite } from '../../../src/domain/site';
import type { LayoutParameters, LayoutResult } from '../../../src/geo/layout';
// The measures it shares with the JSTS checker, written once (its own geometry, not the engine's).
import {
  boundaryDistance, boxGap, boxOf, cornerCount, openRingOf, pointSegDist, segsOfRing, sharedLength, shoelace, type Pt, type Seg,
} from './checker-measure';

/**
 * Width of the band along an edge inside which two edges count as coincident, m: three steps of the
 * 1 mm grid. Each clipping step rounds new corners to the grid (measured up to 1.2 mm off the exact
 * line), and a plot edge is two or three steps away from the road or zone edge it follows (a 26 m plot
 * edge was seen ending 2 mm from the road corner it shares). Setbacks are checked to the same band.
 */
export const BAND_M = Number(process.env.LAYOUT_BAND_MM ?? 3) * TOLERANCE_M;

function inRing(p: Pt, ring: readonly Pt[]): boolean {
  let inside = false;
  const r = openRingOf(ring);
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    if ((r[i][1] > p[1]) !== (r[j][1] > p[1]) && p[0] < ((r[j][0] - r[i][0]) * (p[1] - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) inside = !inside;
  }
  return inside;
}
const inPolygon = (p: Pt, poly: PlanePolygon): boolean => inRing(p, poly[0]) && !poly.slice(1).some((h) => inRing(p, h));

const polys = (r: LayoutResult, kind: string, pred: (p: Record<string, unknown>) => boolean = () => true) =>
  r.features.filter((f) => f.properties.kind === kind && f.geometry.type === 'Polygon' && pred(f.properties as Record<string, unknown>))
    .map((f) => ({ polygon: (f.geometry as { coordinates: PlanePolygon }).coordinates, props: f.properties as Record<string, unknown> }));

/** Every broken invariant, as readable strings; empty when the layout is sound. */
export function checkLayout(site: ZoneSite, p: LayoutParameters, r: LayoutResult): string[] {
  const problems: string[] = [];
  const zone = site.zone;
  const outer: PlanePolygon = [zone[0]];
  const holes: PlanePolygon[] = zone.slice(1).map((h) => [h]);
  const plots = polys(r, 'plot');
  const roads = polys(r, 'road');
  const envelopes = polys(r, 'buildable');
  const pieces = [...plots, ...roads, ...polys(r, 'facility'), ...polys(r, 'green', (q) => q.role !== 'kept')];
  // Inside the zone, outside holes. Edges within the project's 1 mm tolerance count as coincident, so
  // area is measured beyond a 1 mm band (a 50 m edge rounded to the 1 mm grid can stray 0.02 m²).
  const zoneWide = offsetPolygons([zone], BAND_M);
  for (const piece of pieces) {
    const outside = subtractPolygons([piece.polygon], zoneWide).reduce((s, q) => s + polygonAreaM2(q), 0);
    if (outside > 0.01) problems.push(`${piece.props.kind} ${piece.props.code ?? piece.props.role ?? ''} lies ${outside.toFixed(3)} m² outside the zone or in a hole`);
  }
  // No overlaps.
  const boxes = pieces.map((q) => boxOf(q.polygon));
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      if (boxGap(boxes[i], boxes[j]) > 0) continue;
      const a = intersectPolygons([pieces[i].polygon], offsetPolygons([pieces[j].polygon], -BAND_M)).reduce((s, q) => s + polygonAreaM2(q), 0);
      if (a > 0.01) problems.push(`${pieces[i].props.kind} ${pieces[i].props.code ?? pieces[i].props.role} overlaps ${pieces[j].props.kind} ${pieces[j].props.code ?? pieces[j].props.role} by ${a.toFixed(3)} m²`);
    }
  }
  // Full coverage.
  const covered = pieces.reduce((s, q) => s + shoelace(q.polygon), 0) + holes.reduce((s, h) => s + shoelace(h), 0);
  const zoneArea = shoelace(outer);
  if (Math.abs(covered - zoneArea) > 0.1 * pieces.length) problems.push(`pieces cover ${covered.toFixed(2)} m² of ${zoneArea.toFixed(2)} m²`);
  // Plots: area, corners, frontage, shape rules.
  const codes = new Set<string>();
  for (const plot of plots) {
    const code = String(plot.props.code);
    if (codes.has(code)) problems.push(`code ${code} used twice`);
    codes.add(code);
    const area = shoelace(plot.polygon);
    if (Math.abs(Math.round(area * 10) / 10 - Number(plot.props.areaM2)) > 1e-9) problems.push(`plot ${code} areaM2 ${plot.props.areaM2} ≠ shoelace ${area.toFixed(2)}`);
    if (area < p.minPlotAreaM2 - 0.05 || area > p.maxPlotAreaM2 + 0.05) problems.push(`plot ${code} area ${area.toFixed(1)} out of range`);
    const corners = cornerCount(plot.polygon);
    if (corners < 4 || corners > 6) problems.push(`plot ${code} has ${corners} corners`);
    if (plot.polygon.length !== 1) problems.push(`plot ${code} has a hole`);
    const frontage = sharedLength(plot.polygon, roads.filter((q) => boxGap(boxOf(q.polygon), boxOf(plot.polygon)) < 1).map((q) => q.polygon));
    if (frontage < p.minFrontageM - 0.3) problems.push(`plot ${code} fronts a road by ${frontage.toFixed(2)} m only`);
    if (Math.abs(frontage - Number(plot.props.frontageM)) > 0.5) problems.push(`plot ${code} frontageM ${plot.props.frontageM} but measured ${frontage.toFixed(2)}`);
    if (Number(plot.props.depthM) > p.maxDepthRatio * Number(plot.props.frontageM) + 1e-6) problems.push(`plot ${code} too deep`);
  }
  // Envelopes.
  const plotByCode = new Map(plots.map((q) => [String(q.props.code), q.polygon]));
  const minSetback = Math.min(p.frontSetbackM, p.rearSetbackM, p.fireSeparationM / 2);
  for (const env of envelopes) {
    const code = String(env.props.plotCode);
    const plot = plotByCode.get(code);
    if (!plot) { problems.push(`envelope of unknown plot ${code}`); continue; }
    const outside = subtractPolygons([env.polygon], offsetPolygons([plot], BAND_M)).reduce((s, q) => s + polygonAreaM2(q), 0);
    if (outside > 0.01) problems.push(`envelope ${code} leaves its plot by ${outside.toFixed(3)} m²`);
    const toOwn = boundaryDistance(env.polygon, plot);
    if (toOwn < minSetback - BAND_M) problems.push(`envelope ${code} is ${toOwn.toFixed(3)} m from its plot edge`);
    const near = roads.filter((q) => boxGap(boxOf(q.polygon), boxOf(env.polygon)) < 6).map((q) => boundaryDistance(env.polygon, q.polygon));
    const toRoad = Math.min(Infinity, ...near);
    if (toRoad < p.frontSetbackM - BAND_M) problems.push(`envelope ${code} is ${toRoad.toFixed(3)} m from a road`);
    if (toRoad > 5 + BAND_M) problems.push(`envelope ${code} is ${toRoad.toFixed(3)} m from the nearest road (6.2.2.3: ≤ 5)`);
  }
  const envBoxes = envelopes.map((q) => boxOf(q.polygon));
  for (let i = 0; i < envelopes.length; i++) {
    for (let j = i + 1; j < envelopes.length; j++) {
      if (boxGap(envBoxes[i], envBoxes[j]) >= p.fireSeparationM) continue;
      const d = boundaryDistance(envelopes[i].polygon, envelopes[j].polygon);
      if (d < p.fireSeparationM - BAND_M) problems.push(`envelopes ${envelopes[i].props.plotCode} and ${envelopes[j].props.plotCode} are ${d.toFixed(3)} m apart`);
    }
  }
  // Roads connected to each other and to the public road.
  if (!roads.length) problems.push('no roads');
  const linked = new Set<number>([0]);
  for (let grew = true; grew;) {
    grew = false;
    roads.forEach((q, i) => {
      if (linked.has(i)) return;
      if ([...linked].some((j) => boxGap(boxOf(q.polygon), boxOf(roads[j].polygon)) < 0.01 && boundaryDistance(q.polygon, roads[j].polygon) < 0.01)) {
        linked.add(i); grew = true;
      }
    });
  }
  if (linked.size !== roads.length) problems.push(`${roads.length - linked.size} road pieces not connected`);
  const zoneSegs = segsOfRing(zone[0]);
  const accessSegs: Seg[] = site.accessRoads.flatMap((line) => line.slice(1).map((b, i): Seg => [line[i], b]));
  const reachesPublic = roads.some((q) => openRingOf(q.polygon[0]).some((v) =>
    zoneSegs.some((s) => pointSegDist(v, s) < 0.01) && accessSegs.some((s) => pointSegDist(v, s) <= 20 + 0.01)));
  if (!reachesPublic) problems.push('no road reaches the public road');
  // Facility lots of the requested areas.
  for (const request of p.facilities) {
    const lots = polys(r, 'facility', (q) => q.use === request.use);
    const area = lots.reduce((s, q) => s + shoelace(q.polygon), 0);
    // An exact area, or so many m² per hectare of the zone (rounded up to 10 m²) with a least area;
    // parking may be larger (it grows when roads alone give less than 10 % traffic land, Table 2.6).
    const wanted = request.areaM2 ?? Math.max(request.minAreaM2 ?? 0, Math.ceil(((request.m2PerHa ?? 0) * shoelace(outer)) / 100000) * 10);
    const off = request.use === 'parking' ? Math.max(0, wanted - area) : Math.abs(area - wanted);
    if (lots.length && off > 1) problems.push(`facility ${request.use} has ${area.toFixed(1)} m² for ${wanted.toFixed(1)}`);
  }
  // Green isolation strip along residential edges, perimeter strip along every edge: no plot or facility
  // within greenBufferM / perimeterGreenM.
  const built = [...plots, ...polys(r, 'facility')].map((q) => q.polygon);
  const strips: { line: readonly Pt[]; width: number }[] = site.residentialEdges.map((line) => ({ line, width: p.greenBufferM }));
  if (p.perimeterGreenM > 0) strips.push({ line: [...zone[0]], width: p.perimeterGreenM });
  for (const { line, width } of strips.filter((q) => q.width > 0.1)) {
    for (const [a, b] of line.slice(1).map((q, i): Seg => [line[i], q])) {
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const nx = -(b[1] - a[1]) / len, ny = (b[0] - a[0]) / len;
      for (let d = 1; d < len; d += 2) {
        for (const off of [0.05, width / 2, width - 0.05]) {
          for (const sign of [1, -1]) {
            const q: Pt = [a[0] + ((b[0] - a[0]) * d) / len + sign * nx * off, a[1] + ((b[1] - a[1]) * d) / len + sign * ny * off];
            if (!inPolygon(q, zone)) continue;
            if (built.some((poly) => inPolygon(q, poly))) problems.push(`built land ${off.toFixed(2)} m from an edge that needs a ${width} m green strip`);
          }
        }
      }
    }
  }
  return [...new Set(problems)];
}
