/** Gives every screen the stored language setting (src/i18n reads it from context, not from storage). */
import type { ReactNode } from 'react';
import { useSetting } from '../db/use-setting';
import { LanguageContext } from '../i18n/use-translation';

export function LanguageFromSettings({ children }: { children: ReactNode }) {
  const language = useSetting('language');
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}
