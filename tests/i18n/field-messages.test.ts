// Field mode's words: the same keys in Vietnamese and English, none already in the catalogue, and
// English counts in plural forms.
import { describe, expect, it } from 'vitest';
import { addMessages, catalogue } from '../../src/i18n/catalogue';
import { fieldMessages } from '../../src/i18n/messages/field';
import { fieldHolderMessages } from '../../src/i18n/messages/field-holder';
import { translate } from '../../src/i18n/translate';

describe('field messages', () => {
  it('have the same keys in both languages and join the catalogue', () => {
    expect(Object.keys(fieldMessages.en).sort()).toEqual(Object.keys(fieldMessages.vi).sort());
    addMessages(fieldMessages);
    expect(catalogue.vi['field.plot.outside']).toBe('Ngoài khu quy hoạch');
  });

  it('name every allocation status for the plot holder, in both languages, with keys of their own', () => {
    expect(Object.keys(fieldHolderMessages.en).sort()).toEqual(Object.keys(fieldHolderMessages.vi).sort());
    expect(Object.keys(fieldHolderMessages.vi).filter((key) => key in fieldMessages.vi)).toEqual([]);
    for (const status of ['offered', 'accepted', 'paid', 'building', 'operating', 'withdrawn']) {
      expect(fieldHolderMessages.vi).toHaveProperty([`field.holder.status.${status}`]);
    }
  });

  it('count in English plural forms', () => {
    expect(translate(catalogue, 'en', 'field.merge.added', { count: 1, photos: 2, file: 'a.json', skipped: 0 })).toBe('Added 1 check and 2 photos from a.json; 0 checks already here kept as they were.');
    expect(translate(catalogue, 'vi', 'field.merge.added', { count: 1, photos: 2, file: 'a.json', skipped: 0 })).toBe('Đã thêm 1 kiểm tra và 2 ảnh từ a.json; 0 kiểm tra đã có được giữ nguyên.');
  });
});
