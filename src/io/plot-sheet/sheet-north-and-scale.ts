/**
 * The north arrow and the scale bar every printed drawing carries (plot sheet, plan map), drawn the
 * same way on both so an official reads them alike. The bar's geometry is `scaleBar`'s (pure,
 * tested); this file only puts it on the page.
 */
import { formatDecimal, formatInteger } from '../../i18n/format';
import { INK, type PdfCanvas } from './pdf-canvas';
import { scaleBar } from './sheet-scale';
import type { SheetWords } from './sheet-words';

export interface FurnitureSize {
  /** Arrow height, mm. */
  readonly arrowMm: number;
  /** Label size, points. */
  readonly textPt: number;
}

/** A north arrow with its tip at (xMm, yMm) and the letter "B" (Bắc) above it. */
export function drawNorthArrow(canvas: PdfCanvas, words: SheetWords, xMm: number, yMm: number, size: FurnitureSize): void {
  const h = size.arrowMm, w = h * 0.3;
  canvas.polygons([[[xMm, yMm], [xMm + w, yMm + h], [xMm, yMm + h * 0.75]]], { fill: INK });
  canvas.polygons([[[xMm, yMm], [xMm - w, yMm + h], [xMm, yMm + h * 0.75]]], { border: INK, borderMm: 0.3 });
  canvas.text(words('sheet.north'), xMm, yMm - 1.5, { size: size.textPt + 2, bold: true, align: 'centre' });
}

/**
 * A two-part scale bar from (xMm, yMm), at most `maxMm` long: the first half filled, a label under
 * 0, the middle and the end ("0", "12,5", "25 m"), each centred on its tick.
 */
export function drawScaleBar(canvas: PdfCanvas, scale: number, xMm: number, yMm: number, maxMm: number, size: FurnitureSize): void {
  const bar = scaleBar(scale, maxMm);
  const heightMm = size.arrowMm * 0.15, half = bar.lengthMm / 2;
  canvas.rectangle(xMm, yMm, half, heightMm, { fill: INK, border: INK, borderMm: 0.2 });
  canvas.rectangle(xMm + half, yMm, half, heightMm, { border: INK, borderMm: 0.2 });
  bar.ticks.forEach((tick, i) => {
    const last = i === bar.ticks.length - 1;
    const number = Number.isInteger(tick.metres) ? formatInteger(tick.metres, 'vi') : formatDecimal(tick.metres, 'vi', 1);
    canvas.text(last ? `${number} m` : number, xMm + tick.offsetMm, yMm + heightMm + 3.5, { size: size.textPt, align: 'centre' });
  });
}
