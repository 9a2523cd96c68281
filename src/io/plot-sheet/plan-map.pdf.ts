/**
 * The planner's printable map (bản đồ quy hoạch chi tiết) as one A3 landscape PDF page: title block
 * (the committee, the quốc hiệu, title with the stated scale, the zone's place, the variant, the
 * place-and-date line), the layout drawn north up at that scale with plot codes, a legend, scale bar,
 * north arrow and the land-use balance table. Built from the plot sheet's pieces. Pure.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { documentDateLine, peoplesCommitteeName, placesForDocumentOn, sitePlacePhrase, DEFAULT_SITE, type PlaceNames } from '../../domain/place-names';
import { polygonsOf } from '../../domain/plot-sheet/plot-facts';
import type { LayoutResult } from '../../geo/layout/types';
import type { PlanePolygon } from '../../geo/plane-measure';
import { formatDecimal, formatInteger } from '../../i18n/format';
import { layoutMessages } from '../../i18n/messages/layout';
import { polygonLabelPoint } from '../layout-output/label-point';
import { ENVELOPE, GREY, INK, PdfCanvas, POINTS_PER_MM } from './pdf-canvas';
import type { PlotSheetFontBytes } from './plot-sheet.pdf';
import { drawNorthArrow, drawScaleBar } from './sheet-north-and-scale';
import { fitToFrame, type Frame } from './sheet-scale';
import { sheetWords } from './sheet-words';

const A3_LANDSCAPE_MM = { width: 420, height: 297 } as const;
const FILL = {
  plot: rgb(0.78, 0.64, 0.84), road: rgb(0.79, 0.77, 0.74), green: rgb(0.55, 0.78, 0.48),
  facility: rgb(0.47, 0.65, 0.83), zone: rgb(0.75, 0.22, 0.17),
} as const;

export interface PlanMapInput {
  readonly layout: LayoutResult;
  /** The zone outline (plane metres), drawn over the layout. */
  readonly zone: PlanePolygon | null;
  readonly places: PlaceNames;
  readonly site?: string;
  readonly variant: string;
  readonly date: Date | null;
}

type Mm = [number, number];

export async function planMapPdf(input: PlanMapInput, fontBytes: PlotSheetFontBytes): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(`Bản đồ quy hoạch — ${input.variant}`);
  document.setCreator('phanlo');
  const fonts = { regular: await document.embedFont(fontBytes.regular, { subset: true }), bold: await document.embedFont(fontBytes.bold, { subset: true }) };
  const page = document.addPage([A3_LANDSCAPE_MM.width * POINTS_PER_MM, A3_LANDSCAPE_MM.height * POINTS_PER_MM]);
  const canvas = new PdfCanvas(page, fonts);
  const words = sheetWords('vi');
  const { layout } = input;

  const frame: Frame = { xMm: 12, yMm: 40, widthMm: 290, heightMm: 245 };
  const outline = input.zone?.[0] ?? layout.features.flatMap((f) => polygonsOf(f.geometry).flatMap((p) => p[0]));
  const { scale, toPage } = fitToFrame(outline, frame, 8);
  const rings = (polygon: PlanePolygon): Mm[][] => polygon.map((ring) => ring.map((p) => toPage(p)));

  // Title block.
  const places = placesForDocumentOn(input.places, input.date);
  const committee = peoplesCommitteeName(places).toLocaleUpperCase('vi');
  canvas.text(committee, 70, 14, { size: 11, bold: true, align: 'centre' });
  canvas.text(words('sheet.nationLine1'), 330, 14, { size: 11, bold: true, align: 'centre' });
  canvas.text(words('sheet.nationLine2'), 330, 19.5, { size: 11, bold: true, align: 'centre' });
  canvas.line(300, 21.5, 360, 21.5, 0.3);
  canvas.text(words('planMap.title', { scale: formatInteger(scale, 'vi') }), 157, 28, { size: 15, bold: true, align: 'centre' });
  canvas.text(sitePlacePhrase(places, 'vi', input.site ?? DEFAULT_SITE), 157, 34, { size: 9.5, align: 'centre' });
  canvas.text(words('planMap.variant', { name: input.variant }), 12, 38, { size: 9, color: GREY });
  canvas.text(documentDateLine(places, input.date), 408, 28, { size: 9.5, align: 'right' });

  // The map.
  canvas.rectangle(frame.xMm, frame.yMm, frame.widthMm, frame.heightMm, { border: INK, borderMm: 0.4 });
  const fillOf = (kind: string) => (kind === 'road' ? FILL.road : kind === 'green' ? FILL.green : kind === 'facility' ? FILL.facility : kind === 'plot' ? FILL.plot : null);
  for (const kind of ['green', 'road', 'facility', 'plot']) {
    for (const feature of layout.features) {
      if (feature.properties.kind !== kind) continue;
      const fill = fillOf(kind)!;
      for (const polygon of polygonsOf(feature.geometry)) canvas.polygons(rings(polygon), { fill, ...(kind === 'plot' || kind === 'facility' ? { border: INK, borderMm: 0.15 } : {}) });
    }
  }
  for (const feature of layout.features) {
    if (feature.properties.kind === 'buildable') {
      for (const polygon of polygonsOf(feature.geometry)) canvas.polygons(rings(polygon), { border: ENVELOPE, borderMm: 0.15, dash: [2, 1.5] });
    }
  }
  if (input.zone) canvas.polygons(rings(input.zone), { border: FILL.zone, borderMm: 0.6, dash: [6, 3] });
  const labelSize = Math.max(5, Math.min(9, 2400 / scale));
  for (const feature of layout.features) {
    const p = feature.properties;
    if (p.kind !== 'plot') continue;
    const [polygon] = polygonsOf(feature.geometry);
    if (!polygon) continue;
    const [x, y] = toPage(polygonLabelPoint(polygon));
    canvas.text(p.code, x, y, { size: labelSize, bold: true, align: 'centre' });
    canvas.text(`${formatDecimal(p.areaM2, 'vi', 1)} m²`, x, y + labelSize * 0.45, { size: labelSize * 0.75, align: 'centre' });
  }
  // North arrow and scale bar, in the frame's corners.
  const furniture = { arrowMm: 12, textPt: 8 } as const;
  drawNorthArrow(canvas, words, frame.xMm + frame.widthMm - 12, frame.yMm + 8, furniture);
  drawScaleBar(canvas, scale, frame.xMm + 8, frame.yMm + frame.heightMm - 10, 80, furniture);
  canvas.text(words('sheet.scale', { scale: formatInteger(scale, 'vi') }), frame.xMm + 8, frame.yMm + 8, { size: 10, bold: true });

  // Legend.
  const lx = 312;
  let y = 48;
  canvas.text(words('planMap.legend'), lx, y, { size: 10, bold: true });
  y += 6;
  const legend: [string, { fill?: typeof INK; border?: typeof INK; dash?: number[] }][] = [
    ['planMap.legend.plot', { fill: FILL.plot, border: INK }], ['planMap.legend.envelope', { border: ENVELOPE, dash: [2, 1.5] }],
    ['planMap.legend.road', { fill: FILL.road }], ['planMap.legend.green', { fill: FILL.green }],
    ['planMap.legend.facility', { fill: FILL.facility, border: INK }], ['planMap.legend.zone', { border: FILL.zone, dash: [6, 3] }],
  ];
  for (const [key, style] of legend) {
    canvas.polygons([[[lx, y - 3.5], [lx + 10, y - 3.5], [lx + 10, y + 0.5], [lx, y + 0.5]]], { ...style, borderMm: 0.4 });
    canvas.text(words(key as never), lx + 13, y, { size: 9 });
    y += 6.5;
  }

  // Land-use balance.
  y += 6;
  canvas.text(words('planMap.balance'), lx, y, { size: 10, bold: true });
  y += 7;
  const columns = [lx, lx + 52, lx + 78, lx + 96];
  const header = [words('planMap.category'), words('planMap.area'), words('planMap.share')];
  header.forEach((text, i) => canvas.text(text, i === 0 ? columns[0] + 1 : columns[i + 1] - 1, y, { size: 7.5, bold: true, align: i === 0 ? 'left' : 'right' }));
  const top = y - 4.5;
  y += 5.5;
  const categories = layoutMessages.vi as Record<string, string>;
  for (const row of layout.landUse.rows) {
    canvas.text(categories[`layout.category.${row.category}`] ?? row.category, columns[0] + 1, y, { size: 7.5 });
    canvas.text(formatDecimal(row.areaM2, 'vi', 1), columns[2] - 1, y, { size: 7.5, align: 'right' });
    canvas.text(formatDecimal(row.sharePercent, 'vi', 1), columns[3] - 1, y, { size: 7.5, align: 'right' });
    y += 5.5;
  }
  canvas.text(words('planMap.total'), columns[0] + 1, y, { size: 7.5, bold: true });
  canvas.text(formatDecimal(layout.landUse.zoneAreaM2, 'vi', 1), columns[2] - 1, y, { size: 7.5, bold: true, align: 'right' });
  canvas.text(formatDecimal(100, 'vi', 1), columns[3] - 1, y, { size: 7.5, bold: true, align: 'right' });
  y += 2;
  canvas.rectangle(columns[0], top, columns[3] - columns[0], y - top, { border: INK, borderMm: 0.25 });
  for (const x of columns.slice(1, -1)) canvas.line(x, top, x, y, 0.2);
  canvas.line(columns[0], top + 6.5, columns[3], top + 6.5, 0.2);
  canvas.text(words('sheet.footer'), 410, 292, { size: 6.5, align: 'right', color: GREY });
  return document.save();
}
