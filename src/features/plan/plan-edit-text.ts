/** An edit's message (refusal, warning) in words: figures in the reader's number form, facilities named. */
import type { EditMessage } from '../../geo/layout-edits/edit-outcome';
import type { Language, Translate } from '../../i18n/translate';
import { formatNumber } from './plan-text';

export function editMessageText(message: EditMessage, t: Translate, language: Language): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = typeof value === 'number' ? formatNumber(value, language) : name === 'use' ? t(`layout.facility.${value}`) : value;
  }
  return t(message.key, params);
}

/** "Not changed: plot A-07 would front the road by 0 m only; …". */
export const refusalText = (message: EditMessage, t: Translate, language: Language): string =>
  t('planEdit.refusedPrefix', { reason: editMessageText(message, t, language) });
