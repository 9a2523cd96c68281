// Who did it, as the allocation screens and the audit list say it: no name set and the official's role
// said the default twice ("Commune official (commune official)", QA on #/registry in English).
import { describe, expect, it } from 'vitest';
import { personText } from '../../../src/features/registry/allocation/allocation-text';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/allocation-messages';
import { translate, type MessageParams } from '../../../src/i18n/translate';

describe('personText', () => {
  for (const [language, official, cadastral] of [['vi', 'Cán bộ xã', 'Cán bộ xã (địa chính)'], ['en', 'Commune official', 'Commune official (cadastral officer)']] as const) {
    const t = (key: string, params?: MessageParams) => translate(catalogue, language, key, params);
    it(`says the default name once when it is the role (${language})`, () => {
      expect(personText({ name: null, role: 'official' }, t)).toBe(official);
      expect(personText({ name: '  ', role: 'official' }, t)).toBe(official);
      expect(personText({ name: null, role: 'cadastral' }, t)).toBe(cadastral);
      expect(personText({ name: 'Nguyễn Văn An', role: 'official' }, t)).toBe(`Nguyễn Văn An (${language === 'vi' ? 'cán bộ xã' : 'commune official'})`);
    });
  }
});
