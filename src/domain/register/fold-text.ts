/**
 * Text folded for matching: Vietnamese tone and vowel marks removed, đ → d, lower case, runs of space
 * made one. "Nguyễn  Văn Đức" and "nguyen van duc" fold to the same text, so a search typed without
 * marks (as on a phone keyboard set to English) finds names written with them.
 */

const MARKS = /[\u0300-\u036f]/g;

/** "Nguyễn Văn Đức" → "nguyen van duc". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded with everything but letters and digits removed: headers "Diện tích cần (m²)" → "dientichcanm2". */
export function foldKey(text: string): string {
  return foldText(text.replace(/²/g, '2')).replace(/[^a-z0-9]/g, '');
}

/** The digits of a phone number, for comparing "0912 345 678" with "0912.345.678". */
export const phoneDigits = (phone: string | null): string => (phone ?? '').replace(/\D/g, '');
