/**
 * A spreadsheet as plain data, independent of the library that writes it: rows of cells (text,
 * number with a format, boolean, or formula with its cached result), a few named styles, column widths,
 * frozen rows and a print setup. Readers of a workbook's content (tests, the CLI) work on this.
 */

/** Named looks; the writer maps each to fonts, fills and borders. */
export type CellStyle = 'title' | 'subtitle' | 'note' | 'header' | 'body' | 'total' | 'label';

export type SheetCell =
  | null
  | { readonly kind: 'text'; readonly value: string; readonly style: CellStyle; /** columns merged to the right, ≥ 1 */ readonly span?: number }
  | { readonly kind: 'number'; readonly value: number; readonly format: string; readonly style: CellStyle }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly style: CellStyle }
  | {
    readonly kind: 'formula';
    /** Without the leading "=", A1 references: "SUM(G8:G20)". */
    readonly formula: string;
    /** The value the formula gives, written beside it for viewers that do not calculate. */
    readonly result: number;
    readonly format: string;
    readonly style: CellStyle;
  };

export type SheetRow = readonly SheetCell[];

export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly SheetRow[];
  /** Approximate widths in characters, first column first. */
  readonly columnWidths: readonly number[];
  /** Rows kept in view when scrolling (title block and header). */
  readonly frozenRows?: number;
  /** A4; landscape and one page wide when asked; `repeatRows` (1-based, inclusive) printed on every page. */
  readonly print?: { readonly landscape: boolean; readonly fitToWidth: boolean; readonly repeatRows?: readonly [number, number] };
}

export const str = (value: string, style: CellStyle = 'body', span?: number): SheetCell =>
  span !== undefined && span > 1 ? { kind: 'text', value, style, span } : { kind: 'text', value, style };
export const num = (value: number, format: string, style: CellStyle = 'body'): SheetCell => ({ kind: 'number', value, format, style });
export const formula = (text: string, result: number, format: string, style: CellStyle = 'body'): SheetCell =>
  ({ kind: 'formula', formula: text, result, format, style });

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 1-based row, 0-based column → "G12". */
export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;
