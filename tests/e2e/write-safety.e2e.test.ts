// Users' data is sacred: a write that fails says so and changes nothing, undo survives a reload, and a
// damaged stored record is reported while the screen goes on with defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storageIsFull, storageWorksAgain } from './storage-faults';
import { AppSession, visibleText } from './harness';
import { normaliseSpaces } from './site-data';

const money = (text: string): number => Number(text.replace(/[^\d]/g, ''));
const LUC_PRICE = 'LUC Giá đất (đ/m²)';

async function openRecovery(page: Page): Promise<void> {
  await page.getByTestId('recovery-table').locator('tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
}


/** Writes a record with the browser's own IndexedDB API, as a damaged or foreign record would be. */
function putRawSetting(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(([k, v]) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('phanlo');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: k, value: v });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [key, value] as const);
}

describe('writes that fail, undo after a reload, damaged stored data', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await AppSession.launch({ persistent: true });
    await session.openApp('#/recovery');
    await openRecovery(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says that nothing was saved when storage is full, and keeps what was typed', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    const luc = page.getByLabel(LUC_PRICE);
    const stored = normaliseSpaces(await luc.inputValue());
    await storageIsFull(page);
    await luc.fill('155.000');
    await page.getByRole('button', { name: 'Lưu đơn giá' }).click();
    const notice = page.getByTestId('notice');
    await notice.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.innerText()).toContain('Không lưu được: bộ nhớ của trình duyệt dành cho trang này đã đầy');
    expect(await notice.innerText()).toContain('Chưa có gì thay đổi');
    expect(await page.getByTestId('notice-undo').count()).toBe(0);
    expect(normaliseSpaces(await luc.inputValue())).toBe('155.000');
    await storageWorksAgain(page);

    await page.reload({ waitUntil: 'load' });
    await openRecovery(page);
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    expect(normaliseSpaces(await page.getByLabel(LUC_PRICE).inputValue())).toBe(stored);
    expect(session.pageErrors).toEqual([]);
  });

  it('undoes a saved rate with Ctrl+Z after a reload, and redoes it with Ctrl+Shift+Z', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Theo thửa' }).click();
    const before = money(await visibleText(page, 'recovery-total-compensation'));
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    await page.getByLabel(LUC_PRICE).fill('165.000');
    await page.getByRole('button', { name: 'Lưu đơn giá' }).click();
    await page.getByTestId('notice-undo').waitFor({ state: 'visible', timeout: 20_000 });

    await page.reload({ waitUntil: 'load' });
    await openRecovery(page);
    const saved = money(await visibleText(page, 'recovery-total-compensation'));
    expect(saved).toBeGreaterThan(before);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.getByTestId('notice').filter({ hasText: 'Đã hoàn tác: Đã lưu đơn giá và dự toán.' }).waitFor({ timeout: 20_000 });
    await page.waitForFunction(
      (old) => Number(document.querySelector('[data-testid=recovery-total-compensation]')?.textContent?.replace(/[^\d]/g, '')) === old,
      before, { timeout: 10_000 },
    );
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    expect(normaliseSpaces(await page.getByLabel(LUC_PRICE).inputValue())).not.toBe('165.000');

    await page.getByRole('tab', { name: 'Theo thửa' }).click();
    await page.keyboard.press('Control+Shift+z');
    await page.getByTestId('notice').filter({ hasText: 'Đã làm lại' }).waitFor({ timeout: 20_000 });
    await page.waitForFunction(
      (again) => Number(document.querySelector('[data-testid=recovery-total-compensation]')?.textContent?.replace(/[^\d]/g, '')) === again,
      saved, { timeout: 10_000 },
    );
  });

  it('reports damaged stored rates and prices with the defaults for what is damaged', async () => {
    const { page } = session;
    await putRawSetting(page, 'compensationRates', {
      version: 1, landPriceVndPerM2: { LUC: 150_000 }, cropVndPerM2: {}, graveVnd: 'mười hai triệu', jobSupportMultiple: 3,
      stabilisingLifeVndPerM2: 0, organisationShare: 0.02, compensatePublicLand: false,
    });
    await page.reload({ waitUntil: 'load' });
    await openRecovery(page);
    const notice = page.getByTestId('notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.innerText()).toContain('đang dùng giá trị mặc định: đơn giá bồi thường (');
    expect(await notice.innerText()).toContain('Di chuyển mồ mả (đ/mộ)');
    expect(await notice.innerText()).not.toContain('Giá đất');
    // What could be read is used.
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    expect(normaliseSpaces(await page.getByLabel(LUC_PRICE).inputValue())).toBe('150.000');
    expect(session.pageErrors).toEqual([]);
  });
});
