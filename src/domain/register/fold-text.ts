/**
 * Text folded for matching: Vietnamese tone and vowel marks removed, đ → d, lower case, runs of space
 * made one. "Nguyễn  Văn Đức" and "nguyen van duc" fold to the same text, so a search typed without
 * marks (as on a phone keyboard set to English) finds names written with them.
 */

const MARKS = /[\u0300-\u036f]/g;

/** Each non-ASCII letter met, folded: String.normalize is slow per call, and names repeat their letters. */
const FOLDED = new Map<string, string>();

function foldChar(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
    FOLDED.set(char, folded);
  }
  return folded;
}

/** "Nguyễn  Văn Đức" → "nguyen van duc" (whitespace runs made one space, ends trimmed). */
export function foldText(text: string): string {
  let out = '';
  let space = false;
  // Text in NFD (decomposed marks) is folded through NFC first, so a base letter and its marks fold as one.
  const source = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  for (const char of source) {
    const code = char.charCodeAt(0);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || char.trim() === '') { space = out !== ''; continue; }
    if (space) { out += ' '; space = false; }
    out += code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char) : foldChar(char);
  }
  return out;
}

/** Folded with everything but letters and digits removed: headers "Diện tích cần (m²)" → "dientichcanm2". */
export function foldKey(text: string): string {
  return foldText(text.replace(/²/g, '2')).replace(/[^a-z0-9]/g, '');
}

/** The digits of a phone number, for comparing "0912 345 678" with "0912.345.678". */
export const phoneDigits = (phone: string | null): string => (phone ?? '').replace(/\D/g, '');
