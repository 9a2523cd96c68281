/**
 * The plot sheet's fonts for the command line: DejaVu Sans from assets/fonts (covers Vietnamese;
 * copied from Debian's fonts-dejavu-core with its licence, so a clean checkout works offline).
 */
import { readFileSync } from 'node:fs';
import type { PlotSheetFontBytes } from '../io/plot-sheet/plot-sheet.pdf';

const fontFile = (name: string) => new Uint8Array(readFileSync(new URL(`../../assets/fonts/${name}`, import.meta.url)));

export const repositorySheetFonts = (): PlotSheetFontBytes => ({
  regular: fontFile('PhanloSheet.ttf'),
  bold: fontFile('PhanloSheet-Bold.ttf'),
});
