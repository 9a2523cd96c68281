/**
 * Sample values of the mapping step, written as the user reads numbers: "1740,5" and "2306382,38" in
 * Vietnamese, "1740.5" in English. No thousands grouping: a sample shows a value as a cell holds it,
 * and "1.740" would read as one point seven four in English. All the digits the value has are kept.
 */
import type { Language } from '../../i18n/translate';

const formats: Partial<Record<Language, Intl.NumberFormat>> = {};

export function formatSampleValue(value: string | number, language: Language): string {
  if (typeof value === 'string') return value;
  formats[language] ??= new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return formats[language].format(value);
}
