/** The translation hook: the current language (a stored setting) and a `t(key, params)` for it. */
import { useCallback } from 'react';
import { useSetting } from '../db/use-setting';
import { catalogue } from './catalogue';
import { translate, type Language, type MessageParams } from './translate';

export type Translate = (key: string, params?: MessageParams) => string;

export function useTranslation(): { language: Language; t: Translate } {
  const language = useSetting('language');
  const t = useCallback<Translate>((key, params) => translate(catalogue, language, key, params), [language]);
  return { language, t };
}
