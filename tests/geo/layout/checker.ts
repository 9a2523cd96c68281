/**
 * An independent checker of layouts. It uses no engine code: validity, overlaps, gaps, holes and
 * distances are judged by JSTS (jsts-geometry.ts), a library the engine does not clip with, and by the
 * small hand geometry of checker-measure.ts. Each broken rule is a finding of its own, so that a test
 * can hold some rules strictly and ask of others only that the layout REPORTS them failing.
 */
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import type { ZoneSite } from '../../../src/domain/site';
import type { LayoutParameters, LayoutResult } from '../../../src/geo/layout';
import { boxGap, boxOf, cornerCount, sharedLength, shoelace, spikes, type Pt } from './checker-measure';
import { checkRoads } from './checker-roads';
import { checkBalance } from './checker-balance';
import { checkFacilityPlacement } from './checker-facilities';
import { areaBeyondSlivers, JstsFrame, unionOf, validityError, type Geometry } from './jsts-geometry';

export { boundaryDistance, cornerCount, sharedLength, shoelace } from './checker-measure';

/**
 * Width of the band along an edge inside which two edges count as coincident, m: three steps of the
 * 1 mm grid (each clipping step rounds new corners to the grid, up to 1.2 mm off the exact line).
 */
export const BAND_M = Number(process.env.LAYOUT_BAND_MM ?? 3) * 0.001;

/**
 * Tolerance of the distance rules (strips, setbacks), m: five grid steps, as the engine's collinear
 * tolerance. A strip offset and then cut by plots can stand 4 mm short of its width after rounding.
 */
export const DISTANCE_TOLERANCE_M = 0.005;

/** Rules the checker judges; each finding names one. */
export type CheckRule =
  | 'valid' | 'spike' | 'outside-zone' | 'in-hole' | 'overlap' | 'coverage'
  | 'plot-shape' | 'plot-figures' | 'frontage' | 'homes-buffer' | 'perimeter-strip'
  | 'envelope' | 'road-to-wall' | 'fire-separation'
  | 'road-width' | 'road-outside-zone' | 'roads-connected' | 'dead-end' | 'turnaround-size'
  | 'facility-area' | 'facility-placement' | 'balance-figures' | 'green-share' | 'traffic-share' | 'technical-share' | 'isolation-strip';

export interface Finding {
  rule: CheckRule;
  message: string;
  /** Whether the layout's own balance or warnings say that this rule fails (only for rules it checks). */
  reported: boolean;
}

export interface Piece { polygon: PlanePolygon; props: Record<string, unknown>; g: Geometry | null; label: string }

export interface CheckContext {
  site: ZoneSite;
  p: LayoutParameters;
  r: LayoutResult;
  frame: JstsFrame;
  zone: Geometry;
  outer: Geometry;
  holes: Geometry[];
  pieces: Piece[];
  of: (kind: string, pred?: (props: Record<string, unknown>) => boolean) => Piece[];
  add: (rule: CheckRule, message: string, reported?: boolean) => void;
}

function piecesOf(r: LayoutResult, frame: JstsFrame): Piece[] {
  return r.features.filter((f) => f.geometry.type === 'Polygon').map((f) => {
    const polygon = (f.geometry as { coordinates: PlanePolygon }).coordinates;
    const props = f.properties as Record<string, unknown>;
    const label = `${props.kind} ${props.code ?? props.plotCode ?? props.use ?? props.role ?? ''}`.trim();
    return { polygon, props, g: frame.polygon(polygon), label };
  });
}

/** OGC validity of every polygon written, and no spikes. */
function checkValidity(c: CheckContext): void {
  for (const piece of c.pieces) {
    const error = piece.g ? validityError(piece.g) : 'a ring of fewer than 4 points';
    if (error) c.add('valid', `${piece.label}: ${error}`);
    const needles = spikes(piece.polygon);
    if (needles.length) c.add('spike', `${piece.label}: ${needles.length} spike(s), at ${needles[0][0].toFixed(3)}, ${needles[0][1].toFixed(3)}`);
  }
}

/** The piece as JSTS can clip it: an invalid one (reported as such) is mended by a zero buffer. */
export const clippable = (piece: Piece): Geometry => (validityError(piece.g) ? piece.g.buffer(0) : piece.g);

/**
 * The pieces lie in the zone, off its holes, do not overlap, and tile it (within 0.5 %). Measured on
 * their union first (one set operation each); only when that shows a fault are the pieces named one by one.
 */
function checkTiling(c: CheckContext): void {
  const land = c.pieces.filter((q) => ['plot', 'road', 'facility', 'green'].includes(String(q.props.kind)) && q.props.role !== 'kept' && q.g);
  const shapes = land.map(clippable);
  const union = unionOf(shapes);
  const each = (test: (g: Geometry, i: number) => number, rule: CheckRule, text: (i: number, m2: number) => string) => {
    shapes.forEach((g, i) => {
      const m2 = test(g, i);
      if (m2 > 0.01) c.add(rule, text(i, m2));
    });
  };
  const tryArea = (op: () => Geometry, band = BAND_M) => {
    try { return areaBeyondSlivers(op(), band); } catch { return 0; }
  };
  if (tryArea(() => union.difference(c.outer)) > 0.01) {
    each((g) => tryArea(() => g.difference(c.outer)), 'outside-zone', (i, m2) => `${land[i].label} lies ${m2.toFixed(3)} m² outside the zone`);
  }
  for (const hole of c.holes) {
    if (tryArea(() => union.intersection(hole)) <= 0.01) continue;
    each((g) => (g.getEnvelopeInternal().intersects(hole.getEnvelopeInternal()) ? tryArea(() => g.intersection(hole)) : 0),
      'in-hole', (i, m2) => `${land[i].label} covers ${m2.toFixed(3)} m² of a hole of the zone`);
  }
  const doubled = shapes.reduce((s, g) => s + g.getArea(), 0) - union.getArea();
  if (doubled > 0.01) {
    const boxes = land.map((q) => boxOf(q.polygon));
    for (let i = 0; i < land.length; i++) {
      for (let j = i + 1; j < land.length; j++) {
        if (boxGap(boxes[i], boxes[j]) > 0) continue;
        const overlap = tryArea(() => shapes[i].intersection(shapes[j]));
        if (overlap > 0.01) c.add('overlap', `${land[i].label} overlaps ${land[j].label} by ${overlap.toFixed(3)} m²`);
      }
    }
  }
  const zoneArea = c.zone.getArea();
  const sum = land.reduce((s, q) => s + shoelace(q.polygon), 0);
  if (Math.abs(sum - zoneArea) > 0.005 * zoneArea) c.add('coverage', `pieces cover ${sum.toFixed(1)} m² of ${zoneArea.toFixed(1)} m² (more than 0.5 % apart)`);
  // Land in no piece: beyond slivers 5 cm wide (the leftover drops grid dust), more than 1 m².
  const lost = tryArea(() => c.zone.difference(union), 0.05);
  if (lost > 1) c.add('coverage', `${lost.toFixed(2)} m² of the zone is in no piece`);
}

function checkPlots(c: CheckContext): void {
  const { p } = c;
  const roads = c.of('road');
  const codes = new Set<string>();
  for (const plot of c.of('plot')) {
    const code = String(plot.props.code);
    if (codes.has(code)) c.add('plot-figures', `code ${code} used twice`);
    codes.add(code);
    const area = shoelace(plot.polygon);
    if (Math.abs(Math.round(area * 10) / 10 - Number(plot.props.areaM2)) > 1e-9) c.add('plot-figures', `plot ${code} areaM2 ${plot.props.areaM2} ≠ shoelace ${area.toFixed(2)}`);
    if (area < p.minPlotAreaM2 - 0.05 || area > p.maxPlotAreaM2 + 0.05) c.add('plot-shape', `plot ${code} area ${area.toFixed(1)} out of range`);
    const corners = cornerCount(plot.polygon);
    if (corners < 4 || corners > 6) c.add('plot-shape', `plot ${code} has ${corners} corners`);
    if (plot.polygon.length !== 1) c.add('plot-shape', `plot ${code} has a hole`);
    if (Number(plot.props.depthM) > p.maxDepthRatio * Number(plot.props.frontageM) + 1e-6) c.add('plot-shape', `plot ${code} too deep`);
    const near = roads.filter((q) => boxGap(boxOf(q.polygon), boxOf(plot.polygon)) < 1).map((q) => q.polygon);
    const frontage = sharedLength(plot.polygon, near);
    if (frontage < p.minFrontageM - 0.3) c.add('frontage', `plot ${code} fronts a road by ${frontage.toFixed(2)} m only`);
    if (Math.abs(frontage - Number(plot.props.frontageM)) > 0.5) c.add('plot-figures', `plot ${code} frontageM ${plot.props.frontageM} but measured ${frontage.toFixed(2)}`);
  }
}

/** No plot or facility lot within greenBufferM of a homes line itself, nor within perimeterGreenM of the zone edge. */
function checkStrips(c: CheckContext): void {
  const built = [...c.of('plot'), ...c.of('facility')].filter((q) => q.g);
  for (const line of c.site.residentialEdges.filter((l) => l.length >= 2)) {
    const g = c.frame.line(line as readonly Pt[]);
    for (const piece of built) {
      const d = piece.g.distance(g);
      if (d < c.p.greenBufferM - DISTANCE_TOLERANCE_M) c.add('homes-buffer', `${piece.label} is ${d.toFixed(3)} m from a homes line (greenBufferM ${c.p.greenBufferM})`);
    }
  }
  // A zone too small for the asked strip is laid out with a narrower one, which the layout must say
  // (its 2.5.2 failure is the reported rule 'isolation-strip'): held to the strip it says it kept.
  const narrowed = c.r.warnings.find((w) => w.code === 'perimeter-strip-narrowed');
  const stripM = narrowed ? Math.min(c.p.perimeterGreenM, Number(narrowed.params?.usedM)) : c.p.perimeterGreenM;
  // Accepted separations (site.separationEdges): the boundary within 5 m of such a line keeps only its
  // stripM, judged by JSTS buffers here (the engine matches lines to edges its own way).
  const edge = c.outer.getExteriorRing();
  const marks = (c.site.separationEdges ?? []).filter((m) => m.line.length >= 2);
  const covers = marks.map((m) => ({ stripM: m.stripM, area: c.frame.line(m.line as readonly Pt[]).buffer(SEPARATION_REACH_M + DISTANCE_TOLERANCE_M) }));
  const open = covers.reduce((rest: Geometry, cover) => rest.difference(cover.area), edge);
  const parts = [{ stripM, line: open }, ...covers.map((cover) => ({ stripM: Math.min(stripM, cover.stripM), line: edge.intersection(cover.area) }))];
  for (const part of parts) {
    if (part.stripM <= 0 || part.line.isEmpty()) continue;
    for (const piece of built) {
      const d = piece.g.distance(part.line);
      if (d < part.stripM - DISTANCE_TOLERANCE_M) c.add('perimeter-strip', `${piece.label} is ${d.toFixed(3)} m from the zone edge (perimeter strip ${part.stripM} m)`);
    }
  }
}

/** How far from the boundary a separation line still marks it, m (README's zone format). */
const SEPARATION_REACH_M = 5;

function checkEnvelopes(c: CheckContext): void {
  const { p } = c;
  const plotByCode = new Map(c.of('plot').map((q) => [String(q.props.code), q]));
  const roads = c.of('road').filter((q) => q.g);
  const envelopes = c.of('buildable').filter((q) => q.g);
  for (const env of envelopes) {
    const plot = plotByCode.get(String(env.props.plotCode));
    if (!plot?.g) { c.add('envelope', `envelope of unknown plot ${env.props.plotCode}`); continue; }
    let outside = 0;
    try { outside = areaBeyondSlivers(clippable(env).difference(clippable(plot)), BAND_M); } catch { c.add('envelope', `${env.label}: JSTS could not subtract its plot`); }
    if (outside > 0.01) c.add('envelope', `${env.label} leaves its plot by ${outside.toFixed(3)} m²`);
    const toOwn = env.g.distance(plot.g.getExteriorRing());
    const minSetback = Math.min(p.frontSetbackM, p.rearSetbackM, p.fireSeparationM / 2);
    if (toOwn < minSetback - BAND_M) c.add('envelope', `${env.label} is ${toOwn.toFixed(3)} m from its plot edge`);
    const toRoad = Math.min(Infinity, ...roads.filter((q) => boxGap(boxOf(q.polygon), boxOf(env.polygon)) < 6).map((q) => env.g.distance(q.g)));
    if (toRoad < p.frontSetbackM - BAND_M) c.add('envelope', `${env.label} is ${toRoad.toFixed(3)} m from a road`);
    if (toRoad > 5 + BAND_M) c.add('road-to-wall', `${env.label} is ${toRoad === Infinity ? 'more than 6' : toRoad.toFixed(3)} m from the nearest road (QCVN 06 6.2.2.3: ≤ 5)`);
  }
  const boxes = envelopes.map((q) => boxOf(q.polygon));
  for (let i = 0; i < envelopes.length; i++) {
    for (let j = i + 1; j < envelopes.length; j++) {
      if (boxGap(boxes[i], boxes[j]) >= p.fireSeparationM) continue;
      const d = envelopes[i].g.distance(envelopes[j].g);
      if (d < p.fireSeparationM - BAND_M) c.add('fire-separation', `${envelopes[i].label} and ${envelopes[j].label} are ${d.toFixed(3)} m apart`);
    }
  }
}

function checkFacilities(c: CheckContext): void {
  for (const request of c.p.facilities) {
    const lots = c.of('facility', (q) => q.use === request.use);
    const area = lots.reduce((s, q) => s + shoelace(q.polygon), 0);
    // An exact area, or so many m² per hectare of the gross zone (rounded up to 10 m²) with a least area;
    // parking may be larger (it grows when roads alone give less than 10 % traffic land, Table 2.6).
    const wanted = request.areaM2 ?? Math.max(request.minAreaM2 ?? 0, Math.ceil(((request.m2PerHa ?? 0) * c.outer.getArea()) / 100000) * 10);
    const off = request.use === 'parking' ? Math.max(0, wanted - area) : Math.abs(area - wanted);
    if (lots.length && off > 1) c.add('facility-area', `facility ${request.use} has ${area.toFixed(1)} m² for ${wanted.toFixed(1)}`);
  }
}

/** Every broken rule of the layout, one finding each (the same message once). */
export function checkLayoutRules(site: ZoneSite, p: LayoutParameters, r: LayoutResult): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const frame = new JstsFrame(site.zone[0][0][0], site.zone[0][0][1]);
  const zone = frame.polygon(site.zone);
  const outer = frame.polygon([site.zone[0]]);
  if (!zone || validityError(zone)) throw new Error('the checker needs a valid zone');
  const pieces = piecesOf(r, frame);
  const c: CheckContext = {
    site, p, r, frame, zone, outer, holes: site.zone.slice(1).map((h) => frame.polygon([h])), pieces,
    of: (kind, pred = () => true) => pieces.filter((q) => q.props.kind === kind && pred(q.props)),
    add: (rule, message, reported = false) => {
      const key = `${rule}: ${message}`;
      if (!seen.has(key)) { seen.add(key); findings.push({ rule, message, reported }); }
    },
  };
  checkValidity(c);
  checkTiling(c);
  checkPlots(c);
  checkStrips(c);
  checkEnvelopes(c);
  checkFacilities(c);
  checkFacilityPlacement(c);
  checkRoads(c);
  checkBalance(c);
  return findings;
}

/** Every finding as readable text (`rule: message`); empty when the layout is sound. */
export const checkLayout = (site: ZoneSite, p: LayoutParameters, r: LayoutResult): string[] =>
  checkLayoutRules(site, p, r).map((f) => `${f.rule}: ${f.message}${f.reported ? ' (reported)' : ''}`);

