/**
 * A register workbook (.xlsx) as a grid, read straight from its XML parts: unzipped by unzip-parts.ts
 * (the platform's zlib, else fflate), walked by xml-walk.ts. It reads what the register import needs and nothing else — the first sheet with data, its
 * cells' values (shared, inline and formula strings, numbers, booleans, dates by their number format),
 * the font of every text cell (a rich text's first run), and the merged ranges (two-row headers) — so a
 * 10,000-row list reads in a fraction of ExcelJS's time, which builds the whole workbook model. Anything
 * it cannot make sense of throws: the caller then reads the file with ExcelJS (read-xlsx.ts), which is
 * also the oracle its tests compare with.
 */
import { strFromU8 } from 'fflate';
import type { Grid, GridValue } from './grid';
import { unzipParts } from './unzip-parts';
import { walkXml } from './xml-walk';
import { gridOfFontedRows, type FontedCell, type FontedRow } from './xlsx-cells';

/** A part the workbook needs is missing or says something this reader does not know. */
export class XlsxShapeError extends Error {}

interface SharedString { readonly text: string; readonly font: string | undefined }
interface CellStyle { readonly font: string | undefined; readonly date: boolean }

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format that shows a date: a date or time letter outside quotes and brackets (as ExcelJS judges). */
const isDateFormat = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Excel's serial day number as the UTC instant it names (1900 system, or 1904). */
const dateOfSerial = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

/** "BC12" → [12, 55] (row, column), 1-based. */
function cellAddress(ref: string): { row: number; column: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  const row = Number(ref.slice(i));
  if (!column || !Number.isInteger(row) || row < 1) throw new XlsxShapeError(`cell reference ${ref}`);
  return { row, column };
}

/**
 * The column (1-based) of a cell reference in row `row` ("BC12" in row 12 → 55), read without the
 * object and the slice of cellAddress: it runs once per cell. Throws for a reference outside the row.
 */
function columnInRow(ref: string, row: number): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  let number = 0;
  const digitsStart = i;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    number = number * 10 + digit;
  }
  if (!column || i !== ref.length || i === digitsStart || number !== row) throw new XlsxShapeError(`cell ${ref} outside row ${row}`);
  return column;
}

const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, '/');

function readWorkbook(parts: Record<string, Uint8Array>): { sheets: string[]; sharedStrings: string | null; styles: string | null; date1904: boolean } {
  const workbook = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) throw new XlsxShapeError('no workbook part');
  const targets = new Map<string, { target: string; type: string }>();
  walkXml(strFromU8(rels), {
    open: (name, attributes) => {
      if (name !== 'Relationship') return;
      const a = attributes();
      if (a.Id && a.Target) targets.set(a.Id, { target: partPath(a.Target), type: a.Type ?? '' });
    },
  });
  const sheets: string[] = [];
  let date1904 = false;
  walkXml(strFromU8(workbook), {
    open: (name, attributes) => {
      if (name !== 'workbookPr' && name !== 'sheet') return;
      const a = attributes();
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet') {
        const id = a['r:id'] ?? Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1];
        const target = id ? targets.get(id)?.target : undefined;
        if (!target) throw new XlsxShapeError('sheet without a part');
        sheets.push(target);
      }
    },
  });
  const ofType = (suffix: string, fallback: string) =>
    [...targets.values()].find((rel) => rel.type.endsWith(suffix))?.target ?? (parts[fallback] ? fallback : null);
  return { sheets, sharedStrings: ofType('/sharedStrings', 'xl/sharedStrings.xml'), styles: ofType('/styles', 'xl/styles.xml'), date1904 };
}

function readSharedStrings(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let text = '';
  let font: string | undefined;
  let runs = 0;
  let inText = false;
  let inPhonetic = false; // <rPh>: the reading of East Asian text, not part of the value
  walkXml(xml, {
    open: (name, attributes) => {
      if (name === 'si') { text = ''; font = undefined; runs = 0; }
      else if (name === 'r') runs++;
      else if (name === 'rFont' && runs === 1 && font === undefined) font = attributes().val;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    close: (name) => {
      if (name === 'si') strings.push({ text, font });
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text: (value) => { if (inText) text += value; },
  });
  return strings;
}

function readStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const styles: CellStyle[] = [];
  let section = '';
  walkXml(xml, {
    open: (name, attributes) => {
      const a = name === 'numFmt' || name === 'name' || name === 'xf' ? attributes() : {};
      if (name === 'numFmts' || name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs') section = name;
      else if (name === 'numFmt' && section === 'numFmts') formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'font' && section === 'fonts') fonts.push(undefined);
      else if (name === 'name' && section === 'fonts') fonts[fonts.length - 1] = a.val;
      else if (name === 'xf' && section === 'cellXfs') {
        const format = Number(a.numFmtId ?? 0);
        const custom = formats.get(format);
        styles.push({ font: fonts[Number(a.fontId ?? 0)], date: custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(format) });
      }
    },
    close: (name) => { if (name === section) section = ''; },
  });
  return styles;
}

interface SheetCells {
  /** Cells by row, then by column (1-based). */
  readonly rows: Map<number, Map<number, FontedCell>>;
  readonly merges: string[];
}

function readSheet(xml: string, strings: readonly SharedString[], styles: readonly CellStyle[], date1904: boolean): SheetCells {
  const rows = new Map<number, Map<number, FontedCell>>();
  const merges: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let cells = new Map<number, FontedCell>();
  let type = 'n';
  let style: CellStyle | undefined;
  let value: string | null = null;
  let inline: string | null = null;
  let collecting: 'v' | 't' | null = null;
  let inInline = false;
  const valueOf = (): GridValue => {
    switch (type) {
      case 's': {
        if (value === null) return null;
        const shared = strings[Number(value)];
        if (!shared) throw new XlsxShapeError(`shared string ${value}`);
        return shared.text;
      }
      case 'inlineStr': return inline;
      case 'str': return value;
      case 'b': return value === null ? null : value === '1' || value === 'true';
      case 'e': return null;
      case 'd': return value === null ? null : new Date(value);
      default: {
        if (value === null || value.trim() === '') return null;
        const number = Number(value);
        if (!Number.isFinite(number)) throw new XlsxShapeError(`number ${value}`);
        return style?.date ? dateOfSerial(number, date1904) : number;
      }
    }
  };
  walkXml(xml, {
    open: (name, attributes) => {
      const a = name === 'row' || name === 'c' || name === 'mergeCell' ? attributes() : {};
      switch (name) {
        case 'row':
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          column = 0;
          cells = rows.get(rowNumber) ?? new Map();
          rows.set(rowNumber, cells);
          break;
        case 'c':
          if (a.r) column = columnInRow(a.r, rowNumber);
          else column++;
          type = a.t ?? 'n';
          style = styles[Number(a.s ?? 0)];
          value = null;
          inline = null;
          break;
        case 'v': collecting = 'v'; value = ''; break;
        case 'is': inInline = true; inline = ''; break;
        case 't': if (inInline) collecting = 't'; break;
        case 'rPh': inInline = false; break;
        case 'mergeCell': if (a.ref) merges.push(a.ref); break;
      }
    },
    close: (name) => {
      if (name === 'v' || name === 't') collecting = null;
      else if (name === 'is') inInline = false;
      else if (name === 'c') {
        const cellValue = valueOf();
        if (cellValue === null) return;
        // The font matters for text only (legacy encodings), as ExcelJS's reading did.
        const font = typeof cellValue === 'string' ? (type === 's' ? strings[Number(value)].font ?? style?.font : style?.font) : undefined;
        cells.set(column, { value: cellValue, font });
      }
    },
    text: (text) => {
      if (collecting === 'v') value += text;
      else if (collecting === 't') inline += text;
    },
  });
  return { rows, merges };
}

/** Every cell of a merged range takes its top-left (master) cell's value and font. */
function fillMerges(sheet: SheetCells): Set<number> {
  const touched = new Set<number>();
  for (const ref of sheet.merges) {
    const [from, to = from] = ref.split(':');
    const start = cellAddress(from);
    const end = cellAddress(to);
    const master = sheet.rows.get(start.row)?.get(start.column) ?? { value: null, font: undefined };
    for (let row = start.row; row <= end.row; row++) {
      let cells = sheet.rows.get(row);
      if (!cells) { cells = new Map(); sheet.rows.set(row, cells); }
      for (let column = start.column; column <= end.column; column++) cells.set(column, master);
      touched.add(row);
    }
  }
  return touched;
}

/** Reads the workbook; null when no sheet has data; throws when it is not a workbook it can read. */
export async function readXlsxGridFast(bytes: Uint8Array, onProgress?: (progress: { readonly phase: 'unpacking' | 'cells' }) => void): Promise<Grid | null> {
  onProgress?.({ phase: 'unpacking' });
  const parts = await unzipParts(bytes, (name) => name.startsWith('xl/') && /\.(xml|rels)$/.test(name));
  const book = readWorkbook(parts);
  const text = (path: string | null) => (path && parts[path] ? strFromU8(parts[path]) : null);
  const sharedXml = text(book.sharedStrings);
  const stylesXml = text(book.styles);
  onProgress?.({ phase: 'cells' });
  const strings = sharedXml ? readSharedStrings(sharedXml) : [];
  const styles = stylesXml ? readStyles(stylesXml) : [];
  for (const path of book.sheets) {
    const xml = text(path);
    if (xml === null) throw new XlsxShapeError(`missing part ${path}`);
    const sheet = readSheet(xml, strings, styles, book.date1904);
    const merged = fillMerges(sheet);
    const numbers = [...sheet.rows.keys()].filter((row) => sheet.rows.get(row)!.size > 0 || merged.has(row)).sort((a, b) => a - b);
    if (numbers.length === 0) continue;
    let width = 0;
    for (const row of numbers) for (const column of sheet.rows.get(row)!.keys()) width = Math.max(width, column);
    const empty: FontedCell = { value: null, font: undefined };
    const raw: FontedRow[] = numbers.map((row) => {
      const cells: FontedCell[] = new Array(width).fill(empty);
      for (const [column, cell] of sheet.rows.get(row)!) cells[column - 1] = cell;
      return { row, cells };
    });
    return gridOfFontedRows(raw);
  }
  return null;
}
