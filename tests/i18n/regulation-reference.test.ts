// Regulation references as the layout engine writes them ("QCVN 01:2021/BXD Bảng 2.6") read in the
// reader's language: the balance tab and the plan tables in English showed "Bảng 2.6".
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../src/geo/layout';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/plan-messages';
import { regulationWordMessages } from '../../src/i18n/messages/regulation-words';
import { regulationReference } from '../../src/i18n/regulation-reference';
import { translate, type MessageParams } from '../../src/i18n/translate';
import { loadSite } from '../geo/layout/load-site';

const t = (language: 'vi' | 'en') => (key: string, params?: MessageParams) => translate(catalogue, language, key, params);

describe('regulation references', () => {
  it('have their words in both languages, loaded with the planner', () => {
    expect(Object.keys(regulationWordMessages.en).sort()).toEqual(Object.keys(regulationWordMessages.vi).sort());
    expect(catalogue.en['regulation.table']).toBe('Table');
  });

  it('say "Table" in English and stay as written in Vietnamese', () => {
    expect(regulationReference('QCVN 01:2021/BXD Bảng 2.6', t('en'))).toBe('QCVN 01:2021/BXD Table 2.6');
    expect(regulationReference('QCVN 06:2022/BXD Bảng E.2', t('en'))).toBe('QCVN 06:2022/BXD Table E.2');
    expect(regulationReference('QCVN 01:2021/BXD 2.5.2', t('en'))).toBe('QCVN 01:2021/BXD 2.5.2');
    expect(regulationReference('QCVN 01:2021/BXD Bảng 2.6', t('vi'))).toBe('QCVN 01:2021/BXD Bảng 2.6');
  });

  it('leave no Vietnamese in any reference of the demo layout read in English', () => {
    const layout = generateLayout(loadSite(new URL('../../public/geo/dong-doc-zone.geojson', import.meta.url).pathname), DEFAULT_LAYOUT_PARAMETERS);
    if (!layout.ok) throw new Error('the engine refused the demo zone');
    const references = layout.landUse.checks.map((check) => check.reference);
    expect(references.some((r) => r.includes('Bảng'))).toBe(true);
    for (const reference of references) expect(regulationReference(reference, t('en'))).not.toMatch(/[À-ỹ]/);
  });
});
