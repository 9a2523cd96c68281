/**
 * What the household view's map draws for one plot, as WGS84 GeoJSON: the layout with the plot and
 * its envelope marked `focus`, and label points placed in plane metres (edge lengths just outside
 * each edge, the front road's name and width on the road, the neighbours' codes, the entrance).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { asPlane, planeProjection, type PlanePoint } from '../../geo/coordinates';
import type { LayoutResult } from '../../geo/layout';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { polygonsOf, type PlotFacts } from '../../domain/plot-sheet/plot-facts';
import { formatAreaM2, formatLengthM } from '../../i18n/format';
import type { Language, Translate } from '../../i18n/translate';
import { polygonLabelPoint } from '../../io/layout-output/label-point';
import type { PresentSceneData } from '../../map/present-map';
import type { ZoneSite } from '../../domain/site';
import { fitCentreLabel, labelCapsule, metresPerPixel, placeEdgeLabels, slideClear, type EdgeLabelInput } from './edge-label-placement';


export interface SceneOptions {
  readonly t: Translate;
  readonly language: Language;
  /** Trades of the neighbours' holders, by plot code, when the official chose to show them. */
  readonly trades: ReadonlyMap<string, string> | null;
  /** Pixels the plot's box will span on screen once the map fits it (from the pane's size), for placing the edge lengths. */
  readonly plotPx?: number;
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export function roadText(t: Translate, language: Language, role: string, widthM: number): string {
  const road = t(role === 'main' ? 'present.road.main' : role === 'turnaround' ? 'present.road.turnaround' : 'present.road.branch');
  return t('present.roadValue', { road, width: formatLengthM(widthM, language) });
}

/** Degrees clockwise (MapLibre's text-rotate) that lay text along a→b, kept upright. */
function uprightAngle(a: PlanePoint, b: PlanePoint): number {
  let angle = -(Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  return angle;
}

export function presentScene(layout: LayoutResult, site: ZoneSite, facts: PlotFacts, options: SceneOptions): PresentSceneData {
  const { t, language } = options;
  const projection = planeProjection(layout.crs);
  const toLngLat = (p: readonly [number, number]): Position => {
    const [lng, lat] = projection.toLngLat(p);
    return [lng, lat];
  };
  const geometry = (g: PlaneGeometry): Geometry => {
    switch (g.type) {
      case 'Point': return { type: 'Point', coordinates: toLngLat(g.coordinates) };
      case 'LineString': return { type: 'LineString', coordinates: g.coordinates.map(toLngLat) };
      case 'Polygon': return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(toLngLat)) };
      case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(toLngLat))) };
    }
  };
  const point = (p: readonly [number, number], properties: Record<string, unknown>): Feature =>
    ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: toLngLat(p) } });

  const layoutFeatures: Feature[] = layout.features.map((feature, index) => {
    const p = feature.properties;
    const focus = (p.kind === 'plot' && p.code === facts.code) || (p.kind === 'buildable' && p.plotCode === facts.code);
    return { type: 'Feature', id: index, properties: { ...p, focus }, geometry: geometry(feature.geometry) };
  });

  const labels: Feature[] = [];
  const corners = facts.corners.map((c) => c.point);
  const centre = polygonLabelPoint(facts.polygon);
  const outward = (a: PlanePoint, b: PlanePoint, distanceM: number): PlanePoint => {
    const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    let normal = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    if ((mid[0] + normal[0] - centre[0]) ** 2 + (mid[1] + normal[1] - centre[1]) ** 2 < (mid[0] - centre[0]) ** 2 + (mid[1] - centre[1]) ** 2) {
      normal = [-normal[0], -normal[1]];
    }
    return asPlane([mid[0] + normal[0] * distanceM, mid[1] + normal[1] * distanceM]);
  };
  // Just outside each edge (inside, the plot's own code and area are written large), clear of each other.
  const edges: EdgeLabelInput[] = facts.corners.map((corner, i) => {
    const a = corners[i];
    const b = corners[(i + 1) % corners.length];
    const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const out = outward(a, b, 1);
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return {
      mid, normal: [out[0] - mid[0], out[1] - mid[1]], along: [(b[0] - a[0]) / length, (b[1] - a[1]) / length],
      lengthM: corner.edgeToNextM, text: formatLengthM(corner.edgeToNextM, language),
    };
  });
  const es = corners.map((c) => c[0]);
  const ns = corners.map((c) => c[1]);
  const extentM = Math.max(Math.max(...es) - Math.min(...es), Math.max(...ns) - Math.min(...ns));
  const edgeAt = placeEdgeLabels(edges, extentM, 2.4, options.plotPx);
  const perPx = metresPerPixel(extentM, options.plotPx);
  const edgeCapsules = edgeAt.map((at, k) => labelCapsule(at as unknown as [number, number], edges[k].along, edges[k].text, perPx));
  edgeAt.forEach((at, i) => {
    labels.push(point(at, { kind: 'edge', text: edges[i].text, angle: uprightAngle(corners[i], corners[(i + 1) % corners.length]), edge: i }));
  });
  if (facts.frontRoad && facts.frontEdges.length > 0) {
    const i = facts.frontEdges[0];
    const a = corners[i];
    const b = corners[(i + 1) % corners.length];
    const text = roadText(t, language, facts.frontRoad.role, facts.frontRoad.widthM);
    // On the road's centre line, slid along it clear of the edge lengths (the front edge's sits right there).
    const start = outward(a, b, facts.frontRoad.widthM / 2);
    // Where no spot is clear of them all, at least clear of the front edge's; where not even that (a phone,
    // whose pane is narrower than the name), the map leaves it out: the panel beside it names the road.
    const at = slideClear(start, edges[i].along, text, edgeCapsules, perPx, extentM * 1.5)
      ?? slideClear(start, edges[i].along, text, [edgeCapsules[i]], perPx, extentM * 1.5);
    if (at) labels.push(point(at, { kind: 'road', text, angle: uprightAngle(a, b) }));
  }
  // The plot's code and area, as large as it leaves the edge lengths readable (30 px on a projector).
  const focus = fitCentreLabel(centre, [
    { lines: [facts.code, formatAreaM2(facts.areaM2, language)], sizesPx: [30, 28, 26, 24, 22] },
    { lines: [facts.code], sizesPx: [30, 28, 26, 24, 22, 20, 18, 16, 14] },
  ], edgeCapsules, perPx);
  labels.push(point(centre, { kind: 'focus', text: focus.lines.join('\n'), size: focus.sizePx }));
  for (const feature of layout.features) {
    const p = feature.properties;
    if (p.kind !== 'plot' || !facts.neighbours.includes(p.code)) continue;
    const [polygon] = polygonsOf(feature.geometry);
    if (!polygon) continue;
    const trade = options.trades?.get(p.code);
    labels.push(point(polygonLabelPoint(polygon), { kind: 'neighbour', code: p.code, text: trade ? `${p.code}\n${trade}` : p.code }));
  }
  if (site.entrance) labels.push(point(site.entrance, { kind: 'entrance', text: t('present.legend.entrance') }));

  const lngLats = corners.map(toLngLat);
  const lngs = lngLats.map((q) => q[0]);
  const lats = lngLats.map((q) => q[1]);
  return {
    code: facts.code,
    zone: collection([]),
    context: collection([]),
    layout: collection(layoutFeatures),
    labels: collection(labels),
    bounds: [[Math.min(...lngs), Math.min(...lats)], [Math.max(...lngs), Math.max(...lats)]],
  };
}
