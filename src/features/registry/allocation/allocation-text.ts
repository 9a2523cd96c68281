/** How the allocation screens say things: who did it, an audit line, a money amount, an entry's name. */
import type { AuditRow, RegisterEntryRow } from '../../../db/register-rows';
import { formatDate, formatMoneyVnd } from '../../../i18n/format';
import type { Language, Translate } from '../../../i18n/translate';

/**
 * Who: the profile's name and role, "Nguyễn Văn An (địa chính)"; with no name set, the default
 * "Cán bộ xã" / "Commune official", and its role only when that says more ("Commune official (commune
 * official)" said the same twice).
 */
export function personText(by: { name: string | null; role: string }, t: Translate): string {
  const role = t(`allocation.profile.role.${by.role}`);
  if (by.name && by.name.trim()) return `${by.name} (${role})`;
  const name = t('allocation.profile.defaultName');
  return name.toLocaleLowerCase() === role.toLocaleLowerCase() ? name : `${name} (${role})`;
}

/** An audit line's action in the reader's language; money and dates in its formats. */
export function auditActionText(line: AuditRow, t: Translate, language: Language): string {
  const params: Record<string, string | number> = { ...(line.action.params ?? {}) };
  if (typeof params.amount === 'number') params.amount = formatMoneyVnd(params.amount, language);
  if (typeof params.paidOn === 'string') params.paidOn = formatDate(params.paidOn, language);
  if (typeof params.action === 'string') {
    const inner = { ...params };
    delete inner.action;
    params.what = t(params.action, inner);
  }
  return t(line.action.key, params);
}

export const whenText = (iso: string, language: Language): string =>
  new Date(iso).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

export const entryNameOf = (entries: ReadonlyMap<string, RegisterEntryRow>, t: Translate) => (id: string): string =>
  entries.get(id)?.name ?? t('allocation.entry.unknown');
