/**
 * RFC 4180 quoting for one CSV field: quoted only when it holds a comma, a double quote, a line break
 * or leading/trailing spaces (which some readers trim); inner double quotes are doubled.
 */
export function quoteCsvField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One CSV record, fields quoted as needed, without the line break. */
export const csvRecord = (fields: readonly string[]): string => fields.map(quoteCsvField).join(',');
