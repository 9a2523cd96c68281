// The one write path screens use: what the notice bar says after an edit, a failed write, an undo.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/db/database';
import { ratesAndBudgetEdit } from '../../src/db/recovery';
import { reportRestoreIssues, resetRestoreReports } from '../../src/db/restore';
import { getSetting } from '../../src/db/settings';
import { applyEdit } from '../../src/db/transact';
import { DEFAULT_COMPENSATION_RATES } from '../../src/domain/land-recovery';
import { catalogue } from '../../src/i18n/catalogue';
import { translate, type Translate } from '../../src/i18n/translate';
import { commitEdit, redoLatest, undoLatest } from '../../src/state/commit';
import { useNoticeStore } from '../../src/state/notice';
import { showStoredDataProblems } from '../../src/state/stored-data-problems';

const vi: Translate = (key, params) => translate(catalogue, 'vi', key, params);
const en: Translate = (key, params) => translate(catalogue, 'en', key, params);
const notice = () => useNoticeStore.getState().notice;
const budgetEdit = (budgetVnd: number) => ratesAndBudgetEdit(DEFAULT_COMPENSATION_RATES, budgetVnd);

beforeEach(async () => {
  await database().open();
  await Promise.all(database().tables.map((table) => table.clear()));
  useNoticeStore.setState({ notice: null });
});
afterEach(() => {
  database().settings.hook('creating').unsubscribe(failAsFull);
  database().settings.hook('updating').unsubscribe(failAsFull);
});

function failAsFull(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('undo from another screen', () => {
  it("says in words a change whose screen's words are not loaded (the planner's, undone on #/parcels after a reload)", async () => {
    // Made on #/plan in an earlier visit: only the stored history entry is left of it.
    const planned = { ...budgetEdit(61_000_000_000), label: { key: 'plan.variant.renamed', params: { name: 'PA 2' } } };
    expect((await applyEdit(database(), planned)).ok).toBe(true);
    expect('plan.variant.renamed' in catalogue.vi).toBe(false);
    await undoLatest(vi);
    expect(notice()!.text).toBe('Đã hoàn tác: Đã đổi tên phương án thành PA 2.');
    await redoLatest(en);
    expect(notice()!.text).toBe('Redone: Variant renamed to PA 2.');
  });
});

describe('commitEdit', () => {
  it('saves, says what was done, and its Undo takes it back — from the persisted history', async () => {
    expect(await commitEdit(budgetEdit(61_000_000_000), vi)).toEqual({ saved: true });
    expect(await getSetting(database(), 'budgetVnd')).toBe(61_000_000_000);
    expect(notice()).toMatchObject({ text: 'Đã lưu đơn giá và dự toán.', tone: 'info' });
    await notice()!.undo!();
    expect(await getSetting(database(), 'budgetVnd')).toBe(50_000_000_000);
    expect(notice()!.text).toBe('Đã hoàn tác: Đã lưu đơn giá và dự toán.');
    await redoLatest(vi);
    expect(await getSetting(database(), 'budgetVnd')).toBe(61_000_000_000);
  });

  it('says in plain words that nothing was saved when storage is full, and gives the words to the caller', async () => {
    await commitEdit(budgetEdit(61_000_000_000), vi);
    database().settings.hook('updating', failAsFull);
    const committed = await commitEdit(budgetEdit(70_000_000_000), vi);
    expect(committed.saved).toBe(false);
    expect(notice()).toMatchObject({ tone: 'error' });
    if (!committed.saved) expect(committed.message).toBe(notice()!.text);
    expect(notice()!.undo).toBeUndefined();
    expect(notice()!.text).toBe('Không lưu được: bộ nhớ của trình duyệt dành cho trang này đã đầy — hãy xoá bớt dữ liệu không dùng (ví dụ một lớp thửa đất cũ) rồi thử lại. Chưa có gì thay đổi.');
    expect(await getSetting(database(), 'budgetVnd')).toBe(61_000_000_000);
  });

  it('says so in English too', async () => {
    database().settings.hook('creating', failAsFull);
    await commitEdit(budgetEdit(70_000_000_000), en);
    expect(notice()!.text).toMatch(/^Not saved: the browser’s storage for this site is full .*Nothing was changed\.$/);
  });

  it('an Undo left on an older notice does not take back a newer change', async () => {
    await commitEdit(budgetEdit(61_000_000_000), vi);
    const olderUndo = notice()!.undo!;
    await commitEdit(budgetEdit(62_000_000_000), vi);
    await olderUndo();
    expect(await getSetting(database(), 'budgetVnd')).toBe(62_000_000_000);
    expect(notice()).toMatchObject({ text: 'Không hoàn tác được thay đổi này: đã có thay đổi mới hơn sau nó.', tone: 'error' });
  });

  it('says when there is nothing to undo', async () => {
    await undoLatest(vi);
    expect(notice()!.text).toBe('Không còn gì để hoàn tác.');
  });
});

describe('stored data that could not be used', () => {
  it('is said once, in one notice, naming what fell back to defaults', async () => {
    resetRestoreReports();
    const stop = showStoredDataProblems();
    reportRestoreIssues([
      { table: 'settings', key: 'compensationRates', code: 'invalid', fields: ['graveVnd', 'landPriceVndPerM2.LUC'] },
      { table: 'parcelExtras', key: 'demo 12/45', code: 'invalid', fields: [] },
    ]);
    await Promise.resolve();
    expect(notice()).toMatchObject({
      tone: 'error',
      text: 'Một phần dữ liệu lưu trên máy này không đọc được nên đang dùng giá trị mặc định: đơn giá bồi thường (Di chuyển mồ mả (đ/mộ); LUC Giá đất (đ/m²)); tài sản trên đất của thửa demo 12/45.',
    });
    useNoticeStore.setState({ notice: null });
    // The same record read again on the next render is not said again.
    reportRestoreIssues([{ table: 'parcelExtras', key: 'demo 12/45', code: 'invalid', fields: [] }]);
    await Promise.resolve();
    expect(notice()).toBeNull();
    stop();
  });
});

describe('undo keys', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, and nothing else', async () => {
    const { historyKeyOf } = await import('../../src/state/undo-shortcuts');
    const press = (key: string, mods: Partial<KeyboardEvent> = {}) =>
      historyKeyOf({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('z')).toBeNull();
    expect(press('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(press('x', { ctrlKey: true })).toBeNull();
  });
});
