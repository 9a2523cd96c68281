// The hand edits' words: Vietnamese and English have the same keys, every message key the edit code
// names is worded, and every rule reason judgePlot can give has its sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planEditMessages } from '../../../src/i18n/messages/plan-edits';
import { editMessageText } from '../../../src/features/plan/plan-edit-text';
import { catalogue } from '../../../src/i18n/catalogue';
import { translate } from '../../../src/i18n/translate';
import '../../../src/i18n/plan-messages';

const keys = (o: object) => Object.keys(o).sort();
const sources = [
  ...readdirSync('src/geo/layout-edits').map((f) => join('src/geo/layout-edits', f)),
  'src/features/plan/plan-editor.ts', 'src/db/plan-edits.ts',
];

describe('plan edit messages', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(planEditMessages.en)).toEqual(keys(planEditMessages.vi));
  });

  it('word every key the edits name', () => {
    const named = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(planEdit\.[a-z-]+\.[a-z-]+)'/g)].map((m) => m[1])));
    expect(named.size).toBeGreaterThan(20);
    for (const key of named) expect(catalogue.vi[key], key).toBeTruthy();
  });

  it('word every reason of the engine\'s plot rules', () => {
    const source = readFileSync('src/geo/layout/plot-shape.ts', 'utf8') + readFileSync('src/geo/layout/judge-plot.ts', 'utf8');
    const codes = new Set([...source.matchAll(/out\.push\('([a-z-]+)'\)|code: '([a-z-]+)'/g)].map((m) => m[1] ?? m[2]));
    expect(codes.size).toBeGreaterThan(8);
    for (const code of codes) expect(catalogue.vi[`planEdit.rule.${code}`], code).toBeTruthy();
  });

  it('writes figures in the reader\'s number form', () => {
    const t = (key: string, params?: Record<string, string | number>) => translate(catalogue, 'vi', key, params);
    expect(editMessageText({ key: 'planEdit.warning.large-plot', params: { code: 'A-01', areaM2: 1768.4, maxPlotAreaM2: 1500 } }, t, 'vi'))
      .toBe('Lô A-01 rộng 1.768,4 m², lớn hơn 1.500 m² (dành cho doanh nghiệp lớn).');
  });
});
