/**
 * The drawing of a plot sheet: the plot at a stated scale, north up, its neighbours and roads faint
 * around it, the buildable envelope dashed, every edge's length along it, the corners numbered as
 * the corner table numbers them, a north arrow and a scale bar.
 */
import type { LayoutFeature } from '../../geo/layout/types';
import { polygonsOf, type PlotFacts } from '../../domain/plot-sheet/plot-facts';
import { formatDecimal, formatInteger } from '../../i18n/format';
import type { SheetWords } from './sheet-words';
import { ENVELOPE, GREY, INK, LIGHT, type PdfCanvas } from './pdf-canvas';
import { placeCornerLabels } from './sheet-label-placement';
import { drawNorthArrow, drawScaleBar } from './sheet-north-and-scale';
import { fitToFrame, type Frame } from './sheet-scale';

type Mm = [number, number];

const SHEET_FURNITURE = { arrowMm: 10, textPt: 7 } as const;

function centroidMm(points: readonly Mm[]): Mm {
  const sum = points.reduce<Mm>((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

/** Whether a point (mm) lies inside the frame. */
const inside = (frame: Frame, [x, y]: Mm) =>
  x >= frame.xMm && x <= frame.xMm + frame.widthMm && y >= frame.yMm && y <= frame.yMm + frame.heightMm;

/** Rings of a feature clipped crudely to the frame: rings with no point inside are left out. */
function ringsInFrame(feature: LayoutFeature, toPage: (p: readonly [number, number]) => Mm, frame: Frame): Mm[][] {
  return polygonsOf(feature.geometry).flatMap((polygon) => polygon.map((ring) => ring.map((p) => toPage(p))))
    .filter((ring) => ring.some((p) => inside(frame, p)))
    .map((ring) => ring.map(([x, y]): Mm => [
      Math.min(Math.max(x, frame.xMm), frame.xMm + frame.widthMm),
      Math.min(Math.max(y, frame.yMm), frame.yMm + frame.heightMm),
    ]));
}

/** Draws the plot in the frame and returns the scale denominator it was drawn at. */
export function drawPlot(canvas: PdfCanvas, words: SheetWords, facts: PlotFacts, context: readonly LayoutFeature[], frame: Frame): number {
  canvas.rectangle(frame.xMm, frame.yMm, frame.widthMm, frame.heightMm, { border: INK, borderMm: 0.3 });
  const { scale, toPage } = fitToFrame(facts.corners.map((c) => c.point), frame, 9);

  // Around the plot: roads light grey, other plots outlined, with their codes where they fall inside.
  for (const feature of context) {
    const { kind } = feature.properties;
    if (kind === 'road') canvas.polygons(ringsInFrame(feature, toPage, frame), { fill: LIGHT });
  }
  for (const feature of context) {
    if (feature.properties.kind !== 'plot' || feature.properties.code === facts.code) continue;
    const rings = ringsInFrame(feature, toPage, frame);
    if (rings.length === 0) continue;
    canvas.polygons(rings, { border: GREY, borderMm: 0.2 });
    const label = centroidMm(rings[0].slice(0, -1).length > 0 ? rings[0].slice(0, -1) : rings[0]);
    if (inside({ ...frame, xMm: frame.xMm + 5, yMm: frame.yMm + 5, widthMm: frame.widthMm - 10, heightMm: frame.heightMm - 10 }, label)) {
      canvas.text(feature.properties.code, label[0], label[1] + 1.2, { size: 8, align: 'centre', color: GREY });
    }
  }

  const corners = facts.corners.map((c) => toPage(c.point));
  canvas.polygons([corners], { border: INK, borderMm: 0.6 });
  if (facts.envelope) {
    canvas.polygons(facts.envelope.map((ring) => ring.map((p) => toPage(p))), { border: ENVELOPE, borderMm: 0.3, dash: [4, 2] });
  }
  const centre = centroidMm(corners);
  canvas.text(facts.code, centre[0], centre[1] + 2, { size: 14, bold: true, align: 'centre' });

  // Edge lengths: along each edge, outside the plot, upright. Their centres, for the corner numbers to keep clear of.
  const edgeLabels: Mm[] = [];
  facts.corners.forEach((corner, i) => {
    const a = corners[i];
    const b = corners[(i + 1) % corners.length];
    const mid: Mm = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length < 1e-6) return;
    let normal: Mm = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    if ((mid[0] + normal[0] - centre[0]) ** 2 + (mid[1] + normal[1] - centre[1]) ** 2 < (mid[0] - centre[0]) ** 2 + (mid[1] - centre[1]) ** 2) {
      normal = [-normal[0], -normal[1]];
    }
    // Page y grows downwards; the text angle is counter-clockwise with y up.
    let angle = (Math.atan2(-(b[1] - a[1]), b[0] - a[0]) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    const offset = normal[1] > 0 ? 3.6 : 1.6; // below the edge the baseline needs the text's height more
    const lengthText = formatDecimal(corner.edgeToNextM, 'vi', 2);
    canvas.text(lengthText, mid[0] + normal[0] * offset, mid[1] + normal[1] * offset, { size: 7.5, align: 'centre', rotateDeg: angle });
    // Where the text lies: its middle ~1 mm above the baseline, and points towards both ends
    // (~1.45 mm a character at 7.5 pt), along the text's own direction.
    const radians = (angle * Math.PI) / 180;
    const along: Mm = [Math.cos(radians), -Math.sin(radians)];
    const middle: Mm = [mid[0] + normal[0] * offset - Math.sin(radians), mid[1] + normal[1] * offset - Math.cos(radians)];
    const reach = Math.max(0, (lengthText.length * 1.45) / 2 - 1);
    for (const k of [-1, 0, 1]) edgeLabels.push([middle[0] + along[0] * reach * k, middle[1] + along[1] * reach * k]);
    // The road the plot fronts, named with its width beyond the first front edge.
    if (facts.frontRoad && i === facts.frontEdges[0]) {
      const road = words(facts.frontRoad.role === 'main' ? 'present.road.main' : facts.frontRoad.role === 'turnaround' ? 'present.road.turnaround' : 'present.road.branch');
      canvas.text(`${road} (${formatDecimal(facts.frontRoad.widthM, 'vi', 1)} m)`, mid[0] + normal[0] * (offset + 5), mid[1] + normal[1] * (offset + 5),
        { size: 8, bold: true, align: 'centre', rotateDeg: angle, color: GREY });
    }
  });

  // Corner numbers, outside the corner along the line from the plot's centre, clear of each other and of the edge lengths.
  const numberSpots = placeCornerLabels(corners, centre, edgeLabels);
  facts.corners.forEach((corner, i) => {
    const [x, y] = corners[i];
    canvas.polygons([[[x - 0.6, y - 0.6], [x + 0.6, y - 0.6], [x + 0.6, y + 0.6], [x - 0.6, y + 0.6]]], { fill: INK });
    const [lx, ly] = numberSpots[i];
    canvas.text(String(corner.number), lx, ly + 1.2, { size: 8, bold: true, align: 'centre' });
  });

  drawNorthArrow(canvas, words, frame.xMm + frame.widthMm - 8, frame.yMm + 6, SHEET_FURNITURE);
  drawScaleBar(canvas, scale, frame.xMm + 6, frame.yMm + frame.heightMm - 9, 60, SHEET_FURNITURE);
  canvas.text(words('sheet.scale', { scale: formatInteger(scale, 'vi') }), frame.xMm + 6, frame.yMm + 6, { size: 8, bold: true });
  return scale;
}

