/**
 * A thin drawing surface over one pdf-lib page, in millimetres from the page's top-left corner (as a
 * sheet is designed on paper), so the sheet's files read as a layout and not as PDF arithmetic.
 * Text is always drawn with an embedded font, so it stays extractable (pdftotext, copy and paste).
 */
import { degrees, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib';

export const POINTS_PER_MM = 72 / 25.4;
export const A4_MM = { width: 210, height: 297 } as const;

export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.45, 0.45, 0.45);
export const LIGHT = rgb(0.85, 0.85, 0.85);
export const ENVELOPE = rgb(0.75, 0.1, 0.1);

export interface SheetFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

export type Align = 'left' | 'centre' | 'right';

export interface TextOptions {
  readonly size?: number;
  readonly bold?: boolean;
  readonly align?: Align;
  readonly color?: Color;
  /** Degrees counter-clockwise, about the anchor. */
  readonly rotateDeg?: number;
}

export class PdfCanvas {
  constructor(readonly page: PDFPage, readonly fonts: SheetFonts) {}

  private readonly heightPt = () => this.page.getHeight();

  /** Page point of a position in mm from the top-left corner. */
  point(xMm: number, yMm: number): { x: number; y: number } {
    return { x: xMm * POINTS_PER_MM, y: this.heightPt() - yMm * POINTS_PER_MM };
  }

  /** Width of a text in mm. */
  textWidthMm(text: string, size: number, bold = false): number {
    return (bold ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize(text, size) / POINTS_PER_MM;
  }

  /** Text with its baseline at yMm; `align` places xMm at its left end, middle or right end. */
  text(text: string, xMm: number, yMm: number, options: TextOptions = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const normalised = text.normalize('NFC');
    const widthMm = this.textWidthMm(normalised, size, options.bold);
    const shift = options.align === 'centre' ? widthMm / 2 : options.align === 'right' ? widthMm : 0;
    const angle = ((options.rotateDeg ?? 0) * Math.PI) / 180;
    // Shift along the text's own direction, so a rotated label stays centred on its anchor.
    const at = this.point(xMm - shift * Math.cos(angle), yMm + shift * Math.sin(angle));
    this.page.drawText(normalised, {
      x: at.x, y: at.y, size, font, color: options.color ?? INK,
      ...(options.rotateDeg ? { rotate: degrees(options.rotateDeg) } : {}),
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, widthMm = 0.25, color: Color = INK): void {
    this.page.drawLine({ start: this.point(x1, y1), end: this.point(x2, y2), thickness: widthMm * POINTS_PER_MM, color });
  }

  rectangle(xMm: number, yMm: number, widthMm: number, heightMm: number, options: { fill?: Color; border?: Color; borderMm?: number } = {}): void {
    const at = this.point(xMm, yMm + heightMm);
    this.page.drawRectangle({
      x: at.x, y: at.y, width: widthMm * POINTS_PER_MM, height: heightMm * POINTS_PER_MM,
      ...(options.fill ? { color: options.fill } : {}),
      ...(options.border ? { borderColor: options.border, borderWidth: (options.borderMm ?? 0.25) * POINTS_PER_MM } : {}),
    });
  }

  /** Closed polygons (points in mm from the top-left) as one path: filled and/or outlined. */
  polygons(rings: readonly (readonly (readonly [number, number])[])[], options: { fill?: Color; border?: Color; borderMm?: number; dash?: number[] }): void {
    const path = rings
      .filter((ring) => ring.length >= 2)
      .map((ring) => `M ${ring.map(([x, y]) => `${(x * POINTS_PER_MM).toFixed(2)} ${(y * POINTS_PER_MM).toFixed(2)}`).join(' L ')} Z`)
      .join(' ');
    if (path === '') return;
    this.page.drawSvgPath(path, {
      x: 0, y: this.heightPt(),
      ...(options.fill ? { color: options.fill } : {}),
      ...(options.border ? { borderColor: options.border, borderWidth: (options.borderMm ?? 0.25) * POINTS_PER_MM } : {}),
      ...(options.dash ? { borderDashArray: options.dash } : {}),
    });
  }

  /** Squares of one colour as one path (a QR code's dark modules). */
  squares(cells: readonly (readonly [number, number])[], sizeMm: number, color: Color = INK): void {
    if (cells.length === 0) return;
    const s = (sizeMm * POINTS_PER_MM).toFixed(3);
    const path = cells
      .map(([x, y]) => `M ${(x * POINTS_PER_MM).toFixed(3)} ${(y * POINTS_PER_MM).toFixed(3)} h ${s} v ${s} h -${s} Z`)
      .join(' ');
    this.page.drawSvgPath(path, { x: 0, y: this.heightPt(), color });
  }
}
