/**
 * The translation hook: the current language and a `t(key, params)` for it. The language comes from
 * `LanguageContext`, which the app shell fills from the stored setting (src/app/LanguageFromSettings.tsx):
 * i18n sits below storage and may not read it itself.
 */
import { createContext, useCallback, useContext } from 'react';
import { catalogue } from './catalogue';
import { translate, type Language, type Translate } from './translate';

export type { Translate };

/** The language screens speak; Vietnamese unless the shell provides another. */
export const LanguageContext = createContext<Language>('vi');

export function useTranslation(): { language: Language; t: Translate } {
  const language = useContext(LanguageContext);
  const t = useCallback<Translate>((key, params) => translate(catalogue, language, key, params), [language]);
  return { language, t };
}
