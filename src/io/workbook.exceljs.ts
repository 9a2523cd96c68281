/**
 * Writes a WorkbookSheet list as .xlsx with ExcelJS. ExcelJS (not write-excel-file, used before) because
 * a compensation table needs what write-excel-file does not write: formulas WITH their cached values
 * (write-excel-file writes a bare <f>, so viewers that do not calculate show an empty total), and a
 * print setup beyond the orientation (fit to one page wide, A4, header row repeated on each page).
 * ExcelJS is large (~250 KB gzip): this module is reached only through import() when a file is written.
 */
import ExcelJS from 'exceljs';
import type { CellStyle, SheetCell, WorkbookSheet } from './workbook-sheet';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 13 }, alignment: { horizontal: 'center' } },
  subtitle: {},
  note: { font: { italic: true, color: { argb: 'FFA04000' } } },
  header: {
    font: { bold: true },
    alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } },
    border: BORDER,
  },
  body: { border: BORDER },
  total: { font: { bold: true }, border: BORDER },
  label: { font: { bold: true } },
};

function valueOf(cell: Exclude<SheetCell, null>): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'formula': return { formula: cell.formula, result: cell.result };
    default: return cell.value;
  }
}

/** The .xlsx bytes of `sheets`. */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'phanlo';
  // Excel recalculates on open; LibreOffice does when asked. The cached values stand until then.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: sheet.frozenRows ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : undefined,
      pageSetup: {
        paperSize: 9, // A4
        orientation: sheet.print?.landscape ? 'landscape' : 'portrait',
        ...(sheet.print?.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
        ...(sheet.print?.repeatRows ? { printTitlesRow: `${sheet.print.repeatRows[0]}:${sheet.print.repeatRows[1]}` } : {}),
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
    });
    worksheet.columns = sheet.columnWidths.map((width) => ({ width }));
    sheet.rows.forEach((row, rowIndex) => {
      row.forEach((cell, columnIndex) => {
        if (cell === null) return;
        const target = worksheet.getCell(rowIndex + 1, columnIndex + 1);
        target.value = valueOf(cell);
        target.style = { ...STYLES[cell.style], ...(cell.kind === 'number' || cell.kind === 'formula' ? { numFmt: cell.format } : {}) };
        if (cell.kind === 'text' && cell.span !== undefined && cell.span > 1) {
          worksheet.mergeCells(rowIndex + 1, columnIndex + 1, rowIndex + 1, columnIndex + cell.span);
        }
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}
