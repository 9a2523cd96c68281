import { describe, expect, it } from 'vitest';
import { applyPlurals, pluralArguments, pluralCategory } from '../../src/i18n/plural';
import { mergeCatalogues, translate } from '../../src/i18n/translate';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/plan-messages';
import '../../src/i18n/recovery-messages';
import '../../src/i18n/import-dialog-messages';

describe('plural forms', () => {
  it('English has one and other; Vietnamese nouns do not change', () => {
    expect([0, 1, 2, 21].map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', 'other', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'vi'))).toEqual(['other', 'other', 'other']);
  });

  it('chooses the form of the count, # is the number, exact =n forms first, other placeholders stay', () => {
    const template = 'The file has {count, plural, one {# error} other {# errors}} in {file}';
    expect(applyPlurals(template, 'en', { count: 1 })).toBe('The file has 1 error in {file}');
    expect(applyPlurals(template, 'en', { count: 2 })).toBe('The file has 2 errors in {file}');
    expect(applyPlurals('{n, plural, =0 {none} one {# item} other {# items}}', 'en', { n: 0 })).toBe('none');
    expect(applyPlurals(template, 'en', {})).toBe(template);
    expect(pluralArguments('{a, plural, one {x} other {y}} {b}')).toEqual(['a']);
  });

  it('translate picks the forms: "1 error", "2 errors", and Vietnamese "1 lỗi"', () => {
    const c = mergeCatalogues({ vi: { k: 'Tệp có {count} lỗi' }, en: { k: 'The file has {count, plural, one {# error} other {# errors}}' } });
    expect(translate(c, 'en', 'k', { count: 1 })).toBe('The file has 1 error');
    expect(translate(c, 'en', 'k', { count: 11 })).toBe('The file has 11 errors');
    expect(translate(c, 'vi', 'k', { count: 1 })).toBe('Tệp có 1 lỗi');
  });

  it('no English message of the app says a count with a fixed plural noun ("{count} errors")', () => {
    const fixedPlural = /\{(count|n|parts|corners|points|records|shapes|parcels)\} (errors|parcels|points|records|results|corners|shapes)\b/;
    const offenders = Object.entries(catalogue.en).filter(([, text]) => fixedPlural.test(text)).map(([key]) => key);
    expect(offenders).toEqual([]);
    expect(translate(catalogue, 'en', 'recovery.summary', { parcels: 1, landUsers: 2 })).toBe('1 parcel, 2 land users');
    expect(translate(catalogue, 'en', 'importDialog.errorsTitle', { count: 1 })).toBe('The file has 1 error; nothing was written');
    expect(translate(catalogue, 'en', 'search.results', { count: 1 })).toBe('1 result');
  });
});
