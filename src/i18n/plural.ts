/**
 * Plural forms, so that English says "1 error" and "2 errors" (Vietnamese nouns do not change).
 * A message writes them in the ICU MessageFormat way, which translators know:
 *
 *     'The file has {count, plural, one {# error} other {# errors}}; nothing was written'
 *
 * `#` is the number. The form is chosen by Intl.PluralRules of the language (English: one, other;
 * Vietnamese: always other), or an exact `=0` / `=1` when the message gives one. The forms hold
 * plain text and `#` only, no other placeholders.
 */
import type { Language, MessageParams } from './translate';

const rules = new Map<Language, Intl.PluralRules>();

/** The plural category of a count in a language: "one" or "other" in English, "other" in Vietnamese. */
export function pluralCategory(count: number, language: Language): Intl.LDMLPluralRule {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language === 'vi' ? 'vi-VN' : 'en-US');
    rules.set(language, rule);
  }
  return rule.select(count);
}

/** `{name, plural, one {…} other {…}}`: the argument's name and the forms. */
const PLURAL_BLOCK = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** The names of the arguments a template uses as plural counts. */
export function pluralArguments(template: string): string[] {
  return [...template.matchAll(PLURAL_BLOCK)].map((m) => m[1]);
}

/** Replaces every plural block of a template by the form its count takes; other placeholders stay. */
export function applyPlurals(template: string, language: Language, params: MessageParams): string {
  return template.replace(PLURAL_BLOCK, (whole, name: string, body: string) => {
    const count = Number(params[name]);
    if (!(name in params) || !Number.isFinite(count)) return whole;
    const forms = new Map([...body.matchAll(FORM)].map((m) => [m[1], m[2]] as const));
    const text = forms.get(`=${count}`) ?? forms.get(pluralCategory(count, language)) ?? forms.get('other') ?? '';
    return text.replace(/#/g, String(params[name]));
  });
}
