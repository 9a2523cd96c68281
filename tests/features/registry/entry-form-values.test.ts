// The entry form reads numbers as the user types them (vi: "1.250,5"), trades by their names, and says
// what is wrong per field; phones and IDs stay text.
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../src/domain/register';
import { fieldsOfForm, formValuesOf } from '../../../src/features/registry/entry-form-values';
import { registryMessages } from '../../../src/i18n/messages/registry';
import { translate, mergeCatalogues } from '../../../src/i18n/translate';

const catalogue = mergeCatalogues(registryMessages);
const t = (key: string, params?: Record<string, string | number>) => translate(catalogue, 'vi', key, params);

describe('entry form values', () => {
  it('reads vi-VN numbers, a trade by its name, keeps phone and ID as text', () => {
    const values = formValuesOf({ ...emptyEntryFields(), name: ' Nguyễn Văn An ', phone: '0912 345 678', idNumber: '001085012345' }, t, 'vi');
    const { fields, errors } = fieldsOfForm({ ...values, areaNeededM2: '1.250,5', workers: '12', trade: 'Cơ khí, kim khí' }, t, 'vi');
    expect(errors).toEqual({});
    expect(fields).toMatchObject({ name: 'Nguyễn Văn An', phone: '0912 345 678', idNumber: '001085012345', areaNeededM2: 1250.5, workers: 12, trade: 'metalwork' });
  });
  it('keeps a typed trade as written and says what is wrong', () => {
    const values = formValuesOf(emptyEntryFields(), t, 'vi');
    const { fields, errors } = fieldsOfForm({ ...values, trade: 'Làm hương', areaNeededM2: 'hai trăm', workers: '2,5' }, t, 'vi');
    expect(fields.trade).toBe('Làm hương');
    expect(errors).toEqual({ name: 'Cần có giá trị', areaNeededM2: 'Không phải là số', workers: 'Phải là số nguyên' });
  });
});
