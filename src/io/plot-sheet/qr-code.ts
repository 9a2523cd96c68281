/**
 * A QR code drawn as vector squares (sharp at any print resolution), made with qrcode-generator
 * (a small, dependency-free encoder) rather than by hand: error correction M survives a creased or
 * smudged sheet in the field.
 */
import qrcode from 'qrcode-generator';
import type { PdfCanvas } from './pdf-canvas';

/** Draws `text` as a QR code of `sizeMm` (quiet zone of 4 modules included) with its top-left at x, y. */
export function drawQrCode(canvas: PdfCanvas, text: string, xMm: number, yMm: number, sizeMm: number): void {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const quiet = 4;
  const module = sizeMm / (count + 2 * quiet);
  const cells: [number, number][] = [];
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (code.isDark(row, column)) cells.push([xMm + (column + quiet) * module, yMm + (row + quiet) * module]);
    }
  }
  canvas.squares(cells, module);
}
