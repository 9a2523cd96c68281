/** A rates-form error in words, with its limits written as the user writes numbers (1.000.000.000). */
import type { RateFieldError } from '../../domain/land-recovery';
import { formatDecimal } from '../../i18n/format';
import type { Language } from '../../i18n/translate';
import type { Translate } from '../../i18n/use-translation';

/** `asPercent`: the field is a share shown to the user in per cent (0.1 → "10"). */
export function rateErrorText(error: RateFieldError, t: Translate, language: Language, options: { asPercent?: boolean } = {}): string {
  const limits = Object.fromEntries(Object.entries(error.params ?? {}).map(([name, value]) => [
    name,
    options.asPercent ? formatDecimal(value * 100, language, 1) : formatDecimal(value, language, Number.isInteger(value) ? 0 : 2),
  ]));
  return t(`recovery.rates.error.${error.code}`, limits);
}
