/**
 * Words for the engine's coded messages and rule checks in the user's language: warnings and
 * refusals with their numbers in vi-VN form, rule names, thresholds with units.
 */
import type { LayoutError, LayoutWarning, RuleCheck } from '../../geo/layout';
import type { Translate } from '../../i18n/use-translation';
import type { Language } from '../../i18n/translate';

/** A number as people write it, up to `maxDigits` decimals: 54.2 → "54,2" (vi). */
export function formatNumber(value: number, language: Language, maxDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: maxDigits }).replace(/[\u00A0\u202F]/g, ' ');
}

/** The params of a coded message as words: numbers formatted, rule and facility codes named. */
function messageParams(params: LayoutWarning['params'], t: Translate, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') out[name] = formatNumber(value, language);
    else if (name === 'rule') out[name] = t(`layout.rule.${value}`);
    else if (name === 'use') out[name] = t(`layout.facility.${value}`);
    else if (name === 'field') out[name] = t(`plan.param.${value}`);
    else if (name === 'side') out[name] = t(`stripEdges.side.${value}`);
    else out[name] = String(value);
  }
  return out;
}

/** A warning in words; one the engine met at several places alike (`repeated`) says how many. */
export function warningText(warning: LayoutWarning, t: Translate, language: Language): string {
  const { repeated, ...params } = warning.params ?? {};
  const text = t(`layout.warning.${warning.code}`, messageParams(params, t, language));
  return typeof repeated === 'number' ? t('layout.warningRepeated', { count: formatNumber(repeated, language), warning: text }) : text;
}

export const errorText = (error: LayoutError & { field?: string }, t: Translate, language: Language): string =>
  t(`layout.error.${error.code}`, messageParams({ ...(error.field ? { field: error.field } : {}), ...error.params }, t, language));

/** "10 %" or "46 m", as a rule states a value. */
export const ruleValue = (value: number, unit: RuleCheck['unit'], language: Language): string =>
  `${formatNumber(value, language)} ${unit}`;

/** "≥ 10 %" / "≤ 46 m". */
export const ruleThreshold = (check: RuleCheck, t: Translate, language: Language): string =>
  t(check.comparison === 'min' ? 'plan.atLeast' : 'plan.atMost', { value: ruleValue(check.required, check.unit, language) });

/** A rule's name in words, including the workspace's own derived rules. */
export const ruleName = (rule: string, t: Translate): string =>
  rule === 'fire-separation-min' ? t('plan.rule.fire-separation-min') : t(`layout.rule.${rule}`);
