/**
 * Writes CSV text by RFC 4180 with a choice of separator: fields that hold the separator, a quote, CR or
 * LF (or begin or end with a space) are quoted and their quotes doubled; records end with CRLF. `csvBytes`
 * adds the UTF-8 byte order mark that Excel needs to read Vietnamese text as UTF-8.
 * Reading CSV is papaparse's job, not this file's.
 */

export type CsvField = string | number | null | undefined;

export interface CsvOptions {
  /** ',' (default) or ';' (for Excel in locales whose decimal mark is a comma). */
  readonly separator?: ',' | ';' | '\t';
  /**
   * Prefix text fields that a spreadsheet would run as a formula (=, +, -, @ first) with an apostrophe;
   * numbers written as text ("-12,5") are left alone. For files meant to be opened in Excel; leave off
   * for files meant for programs.
   */
  readonly neutraliseFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_TEXT = /^-?\d+([.,]\d+)?%?$/;

/** One field as CSV text. Numbers are written with String(); format them first for a locale. */
export function csvField(value: CsvField, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (options.neutraliseFormulas && typeof value === 'string' && FORMULA_START.test(text) && !NUMBER_TEXT.test(text)) text = `'${text}`;
  const separator = options.separator ?? ',';
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV text, each ended by CRLF. */
export function csvText(records: readonly (readonly CsvField[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  return records.map((record) => `${record.map((value) => csvField(value, options)).join(separator)}\r\n`).join('');
}

const UTF8_BOM = '\uFEFF';

/** CSV text as UTF-8 bytes with a byte order mark (EF BB BF). */
export function csvBytes(records: readonly (readonly CsvField[])[], options: CsvOptions = {}): Uint8Array {
  return new TextEncoder().encode(UTF8_BOM + csvText(records, options));
}
