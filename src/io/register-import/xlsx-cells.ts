/**
 * What either xlsx reader (the fast one over the sheet's XML, or ExcelJS) gives: the sheet's cells with
 * their font names, before legacy text is judged; and the one step that turns them into the Grid. TCVN3
 * text is told apart from Unicode (and its capitals from its small letters) only by the cell's font
 * (.VnTime, .VnTimeH, VNI-Times), so the readers keep it beside each value.
 */
import type { Grid, GridValue } from './grid';
import { detectTextEncoding, encodingOfFont, toUnicode, type TextEncoding } from './legacy-text';

export interface FontedCell {
  readonly value: GridValue;
  /** The font of the cell's text (a rich text's first run), when the file says it. */
  readonly font: string | undefined;
}

export interface FontedRow {
  /** The spreadsheet's row number, 1-based. */
  readonly row: number;
  readonly cells: readonly FontedCell[];
}

/** Letters only Unicode Vietnamese has (ă đ ơ ư and the tone-marked block), never legacy bytes. */
const NON_ASCII = /\P{ASCII}/u;
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** The grid of a sheet: legacy text converted to Unicode, by its font, else judged sheet-wide. */
export function gridOfFontedRows(raw: readonly FontedRow[]): Grid {
  // A sheet has a handful of fonts over 100,000 cells: each is judged once.
  const fonts = new Map<string | undefined, ReturnType<typeof encodingOfFont>>();
  const fontEncoding = (font: string | undefined) => {
    let encoding = fonts.get(font);
    if (encoding === undefined) { encoding = encodingOfFont(font); fonts.set(font, encoding); }
    return encoding;
  };
  // Text in no legacy font may still be legacy (a .VnTime file re-saved with Arial): judged sheet-wide.
  const plainTexts: string[] = [];
  for (const row of raw) for (const cell of row.cells) if (typeof cell.value === 'string' && !fontEncoding(cell.font)) plainTexts.push(cell.value);
  const sheetEncoding: TextEncoding = detectTextEncoding(plainTexts);
  const met = new Set<string>();
  const rows = raw.map(({ row, cells }) => ({
    row,
    cells: cells.map(({ value, font }) => {
      if (typeof value !== 'string') return value;
      // Plain ASCII in no legacy font reads the same in every encoding (and is NFC already); a capitals
      // font (.VnTimeH) still makes it capitals below.
      if (!NON_ASCII.test(value) && !fontEncoding(font)) {
        if (sheetEncoding !== 'unicode') met.add(sheetEncoding);
        return value;
      }
      // Unicode letters of Vietnamese in a .VnTime cell: typed with a Unicode keyboard, the font left as it was.
      const unicode = VIETNAMESE_UNICODE.test(value);
      const byFont = unicode ? null : fontEncoding(font);
      const encoding = byFont?.encoding ?? (unicode ? 'unicode' : sheetEncoding);
      if (encoding !== 'unicode') met.add(byFont?.capitals ? `${encoding}-capitals` : encoding);
      return toUnicode(value, encoding, byFont?.capitals ?? false);
    }),
  }));
  return { rows, encoding: met.size ? [...met].sort().join('+') : 'unicode' };
}
