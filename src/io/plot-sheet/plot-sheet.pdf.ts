/**
 * Plot sheets (sơ đồ lô đất) as one A4 PDF, one page per plot, like a cadastral plot extract. Pure:
 * fonts come in as bytes (the browser fetches them, the command line reads them), the PDF goes out as
 * bytes. pdf-lib writes it; @pdf-lib/fontkit embeds a font that covers Vietnamese, subset to the
 * glyphs used, so the text is extractable and the file stays small.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { planeProjection, type CrsId } from '../../geo/coordinates';
import type { LayoutFeature } from '../../geo/layout/types';
import { DEFAULT_SITE, type PlaceNames } from '../../domain/place-names';
import type { PlotFacts } from '../../domain/plot-sheet/plot-facts';
import { polygonLabelPoint } from '../layout-output/label-point';
import { A4_MM, GREY, PdfCanvas, POINTS_PER_MM } from './pdf-canvas';
import { drawCornerTable, drawFigures, drawHeading, drawSignatures } from './sheet-blocks';
import { drawPlot } from './sheet-plot-drawing';
import { sheetWords } from './sheet-words';

export interface PlotSheetFontBytes {
  /** A TrueType font covering Vietnamese (the repository's DejaVu Sans). */
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface SheetHousehold {
  readonly name: string;
  readonly offered: boolean;
}

export interface PlotSheetInput {
  readonly facts: PlotFacts;
  /** The plane CRS of the layout (EPSG:9209 …). */
  readonly crs: CrsId;
  /** The layout's features, drawn faintly around the plot. */
  readonly context: readonly LayoutFeature[];
  readonly places: PlaceNames;
  /** Where in the commune the zone lies; default "khu Đồng Dọc, thôn Thượng Hải". */
  readonly site?: string;
  /** The variant's name, printed small. */
  readonly zone?: string | null;
  /** The household or enterprise the plot is allocated to (`offered`: only offered so far), or null. */
  readonly household: SheetHousehold | null;
  /** The date of the place-and-date line; null leaves it to be written by hand. */
  readonly date: Date | null;
}

export interface PlotSheetOptions {
  readonly fonts: PlotSheetFontBytes;
  /** Called after each sheet; a caller that awaits a macrotask here keeps its page responsive. */
  readonly afterSheet?: (done: number, total: number) => void | Promise<void>;
}

/** The point the QR code opens: the plot's label point (its area centroid) in WGS84. */
export function plotPositionLatLon(facts: PlotFacts, crs: CrsId): { latDeg: number; lonDeg: number } {
  const [lonDeg, latDeg] = planeProjection(crs).toLngLat(polygonLabelPoint(facts.polygon));
  return { latDeg, lonDeg };
}

/** One PDF with a page per input, in order. */
export async function plotSheetsPdf(sheets: readonly PlotSheetInput[], options: PlotSheetOptions): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(sheets.length === 1 ? `Sơ đồ lô ${sheets[0].facts.code}` : `Sơ đồ lô đất (${sheets.length} lô)`);
  document.setCreator('phanlo');
  document.setProducer('phanlo (pdf-lib)');
  const fonts = {
    regular: await document.embedFont(options.fonts.regular, { subset: true }),
    bold: await document.embedFont(options.fonts.bold, { subset: true }),
  };
  const words = sheetWords('vi');
  for (const [index, sheet] of sheets.entries()) {
    const page = document.addPage([A4_MM.width * POINTS_PER_MM, A4_MM.height * POINTS_PER_MM]);
    const canvas = new PdfCanvas(page, fonts);
    drawHeading(canvas, words, {
      places: sheet.places, site: sheet.site ?? DEFAULT_SITE, zone: sheet.zone ?? null,
      household: sheet.household, date: sheet.date, code: sheet.facts.code,
    });
    drawPlot(canvas, words, sheet.facts, sheet.context, { xMm: 15, yMm: 58, widthMm: 180, heightMm: 112 });
    const tableBottom = drawCornerTable(canvas, words, sheet.facts, sheet.crs, 175, 244);
    drawFigures(canvas, words, sheet.facts, plotPositionLatLon(sheet.facts, sheet.crs), 176);
    drawSignatures(canvas, words, sheet.places, Math.max(tableBottom + 8, 250));
    canvas.text(words('sheet.footer'), 105, 290, { size: 6.5, align: 'centre', color: GREY });
    await options.afterSheet?.(index + 1, sheets.length);
  }
  return document.save();
}
