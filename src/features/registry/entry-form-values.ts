/**
 * The entry form's values as typed (numbers as text, in the reader's language) and back to an entry's
 * fields, with the problems found: the domain's rules plus "not a number".
 */
import { DEFAULT_TRADE_LIST, DEFAULT_TRADES, entryProblems, findTrade, type DefaultTrade, type EntryFields, type TradeItem } from '../../domain/register';
import { formatDecimal } from '../../i18n/format';
import { parseUserNumber } from '../../i18n/parse-number';
import type { Language, Translate } from '../../i18n/translate';
import { tradeName } from './trade-name';

export interface FormValues {
  fields: EntryFields;
  trade: string;
  areaNeededM2: string;
  workers: string;
  loanMillionVnd: string;
}

const numberText = (value: number | null, language: Language) =>
  value === null ? '' : formatDecimal(value, language, Number.isInteger(value) ? 0 : 2).replace(/\./g, language === 'vi' ? '' : '.');

export function formValuesOf(fields: EntryFields, t: Translate, language: Language, list: readonly TradeItem[] = DEFAULT_TRADE_LIST): FormValues {
  return {
    fields,
    trade: tradeName(fields.trade, t, list),
    areaNeededM2: numberText(fields.areaNeededM2, language),
    workers: numberText(fields.workers, language),
    loanMillionVnd: numberText(fields.loanMillionVnd, language),
  };
}

export type FormErrors = Partial<Record<keyof EntryFields, string>>;

export function fieldsOfForm(
  values: FormValues, t: Translate, language: Language, list: readonly TradeItem[] = DEFAULT_TRADE_LIST,
): { fields: EntryFields; errors: FormErrors } {
  const errors: FormErrors = {};
  const number = (key: 'areaNeededM2' | 'workers' | 'loanMillionVnd'): number | null => {
    const text = values[key].trim();
    if (!text) return null;
    const value = parseUserNumber(text, language) ?? parseUserNumber(text, language === 'vi' ? 'en' : 'vi');
    if (value === null) errors[key] = t('registry.form.notNumber');
    return value;
  };
  const names = DEFAULT_TRADES.map((trade) => [trade, t(`registry.trade.${trade}`)] as const);
  const typedTrade = values.trade.trim();
  // A listed trade by its shown name first (a renamed default), then any spelling of a listed trade.
  const trade = typedTrade === '' ? null
    : list.find((item) => tradeName(item.id, t, list) === typedTrade)?.id
      ?? findTrade(list, typedTrade, [Object.fromEntries(names) as Record<DefaultTrade, string>]) ?? typedTrade;
  const text = (value: string | null) => (value && value.trim() ? value.trim() : null);
  const fields: EntryFields = {
    ...values.fields,
    name: values.fields.name.trim(),
    representative: text(values.fields.representative),
    phone: text(values.fields.phone),
    idNumber: text(values.fields.idNumber),
    address: text(values.fields.address),
    notes: text(values.fields.notes),
    registeredOn: text(values.fields.registeredOn),
    trade,
    areaNeededM2: number('areaNeededM2'),
    workers: number('workers'),
    loanMillionVnd: values.fields.needsLoan ? number('loanMillionVnd') : null,
  };
  for (const problem of entryProblems(fields)) errors[problem.field] ??= t(`registry.error.${problem.code}`);
  return { fields, errors };
}
