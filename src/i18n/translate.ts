/**
 * Looks up user-facing text by key in the merged catalogue and fills `{name}` placeholders.
 * Pure: the React hook in use-translation.ts adds the current language.
 */
import { applyPlurals } from './plural';

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];
export const DEFAULT_LANGUAGE: Language = 'vi';

export type Catalogue = Record<Language, Record<string, string>>;
export type MessageParams = Record<string, string | number>;
/** A `t(key, params)` in the current language (useTranslation gives one to screens). */
export type Translate = (key: string, params?: MessageParams) => string;

/** Merges message files (`{ vi, en }` each) into one catalogue; a key defined twice is a bug. */
export function mergeCatalogues(...parts: { vi: Record<string, string>; en: Record<string, string> }[]): Catalogue {
  const merged: Catalogue = { vi: {}, en: {} };
  for (const part of parts) {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(part[language])) {
        if (key in merged[language]) throw new Error(`i18n key defined twice: ${key}`);
        merged[language][key] = text;
      }
    }
  }
  return merged;
}

/**
 * The text for `key`, with plural forms chosen (plural.ts: "{count, plural, one {# error} other
 * {# errors}}") and placeholders filled; falls back to Vietnamese, then to the key itself.
 */
export function translate(catalogue: Catalogue, language: Language, key: string, params?: MessageParams): string {
  const own = catalogue[language][key];
  const template = own ?? catalogue.vi[key] ?? key;
  if (!params) return template;
  return applyPlurals(template, own === undefined ? 'vi' : language, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
