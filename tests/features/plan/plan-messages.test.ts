// The workspace's words: Vietnamese and English say the same things, and every field, rule, plot
// problem, category and colouring the screens name has its words in both.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/plan-messages';
import { planMessages } from '../../../src/i18n/messages/plan';
import { PARAMETER_GROUPS } from '../../../src/features/plan/parameter-fields';
import { fireChecks } from '../../../src/features/plan/balance-view';
import { warningText } from '../../../src/features/plan/plan-text';
import { translate, type MessageParams } from '../../../src/i18n/translate';
import { demoSite } from './fakes';

const keys = (o: object) => Object.keys(o).sort();

describe('plan messages', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(planMessages.en)).toEqual(keys(planMessages.vi));
  });

  it('name every parameter with the regulation behind it, in both languages', () => {
    const fields = PARAMETER_GROUPS.flatMap((g) => g.fields.map((f) => f.field));
    expect([...fields, 'facilities'].sort()).toEqual(keys(DEFAULT_LAYOUT_PARAMETERS));
    for (const language of ['vi', 'en'] as const) {
      for (const field of fields) {
        expect(catalogue[language][`plan.param.${field}`], field).toBeTruthy();
        expect(catalogue[language][`plan.basis.${field}`], field).toBeTruthy();
      }
      for (const group of PARAMETER_GROUPS) expect(catalogue[language][`plan.params.group.${group.id}`]).toBeTruthy();
      for (const facility of DEFAULT_LAYOUT_PARAMETERS.facilities) expect(catalogue[language][`layout.facility.${facility.use}`]).toBeTruthy();
    }
  });

  it('word every rule, category and warning the demo layout shows', () => {
    const layout = generateLayout(demoSite(), DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    for (const language of ['vi', 'en'] as const) {
      const words = catalogue[language];
      for (const check of [...layout.landUse.checks, ...fireChecks(layout.landUse, layout.parameters)]) {
        expect(words[`layout.rule.${check.rule}`] ?? words[`plan.rule.${check.rule}`], check.rule).toBeTruthy();
      }
      for (const row of layout.landUse.rows) expect(words[`layout.category.${row.category}`]).toBeTruthy();
      for (const warning of layout.warnings) expect(words[`layout.warning.${warning.code}`], warning.code).toBeTruthy();
      for (const problem of ['area-outside-range', 'frontage-below-min', 'too-deep', 'no-envelope', 'plot-green-below-20']) {
        expect(words[`plan.plotProblem.${problem}`]).toBeTruthy();
      }
      for (const mode of ['kind', 'area', 'rule']) expect(words[`plan.colour.${mode}`]).toBeTruthy();
    }
  });

  it('say a warning met at several places once, with how many, in both languages', () => {
    const warning = { code: 'dead-end-turnaround-added', params: { lengthM: 335.5, maxDeadEndM: 46, turnaroundM: 12, repeated: 2 } };
    const say = (language: 'vi' | 'en') =>
      warningText(warning, (key: string, params?: MessageParams) => translate(catalogue, language, key, params), language);
    expect(say('vi')).toBe('Tại 2 chỗ: Đường cụt dài 335,5 m (quá 46 m): đã bố trí bãi quay xe 12 × 12 m ở cuối đường.');
    expect(say('en')).toBe('At 2 places: A dead end of 335.5 m (over 46 m) got a 12 × 12 m turning area at its end.');
  });

  it('name the export control "Xuất" and its GeoJSON item with "GeoJSON"', () => {
    expect(planMessages.vi['plan.export']).toBe('Xuất');
    expect(planMessages.vi['plan.export.geojson']).toContain('GeoJSON');
  });
});
