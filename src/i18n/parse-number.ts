/**
 * Reads a number as a person types it in their language: "1.250.000" or "1.250,5" in Vietnamese,
 * "1,250,000" or "1,250.5" in English. Returns null for anything that is not a plain number.
 */
import type { Language } from './translate';

export function parseUserNumber(text: string, language: Language): number | null {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '') return null;
  const [group, decimal] = language === 'vi' ? ['.', ','] : [',', '.'];
  const pattern = language === 'vi' ? /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ : /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
  if (!pattern.test(trimmed)) return null;
  const value = Number(trimmed.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(value) ? value : null;
}
