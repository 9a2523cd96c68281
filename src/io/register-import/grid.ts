/**
 * A sheet as the register import reads it, whatever the file: rows of cells with the spreadsheet's own
 * row numbers (1 = the sheet's first row, whatever stands above the header), merged cells filled with
 * their master's value, text already in Unicode.
 */

import { isBlank } from '../layers/value-coercion';

export type GridValue = string | number | boolean | Date | null;

export interface GridRow {
  /** The spreadsheet's row number, 1-based. */
  readonly row: number;
  readonly cells: readonly GridValue[];
}

export interface Grid {
  readonly rows: readonly GridRow[];
  /** How text was read: the file's encoding (CSV) or the legacy fonts met (xlsx). */
  readonly encoding: string;
}

/** A cell as text, trimmed; null when blank (empty, or a NULL spelling: "NULL", "<null>", "*****"). Numbers as a person would read them back. */
export function cellText(value: GridValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const raw = typeof value === 'string' ? value : String(value);
  // Every cell of a 10,000-row list passes here: the replace and the test only where they can apply.
  const text = (raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw).trim();
  if (text === '') return null;
  // "NULL", "<null>" or "*****", as database exports and GDAL write an empty cell: no value, not text.
  if ((text.length <= 6 || text.charCodeAt(0) === 42) && isBlank(text)) return null;
  // The apostrophe our CSV export (and the recovery exports) put before formula-like text: not part of it.
  return text.charCodeAt(0) === 39 && /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
