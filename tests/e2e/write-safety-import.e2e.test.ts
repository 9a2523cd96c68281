// A parcel layer that cannot be stored (the disk is full) is said so where the user is looking — in the
// import dialog, which stays open — and nothing changes: neither on replacing the demo nor on going back.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageIsFull, storageWorksAgain } from './storage-faults';
import { AppSession, previewParcelImport, ROOT, waitForParcelsDrawn } from './harness';

const GEOJSON = join(ROOT, 'tests', 'fixtures', 'import', 'parcels-vn2000.geojson');

describe('storing a parcel layer when storage is full', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await AppSession.launch({ persistent: true });
    await session.openApp('#/parcels');
    await waitForParcelsDrawn(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the import dialog open with the reason, and the demo stays', async () => {
    const { page } = session;
    await previewParcelImport(page, GEOJSON);
    await storageIsFull(page);
    await page.getByTestId('import-replace').click();
    const error = page.getByTestId('import-save-error');
    await error.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await error.innerText()).toContain('Không lưu được: bộ nhớ của trình duyệt dành cho trang này đã đầy');
    expect(await page.locator('dialog[open]').count()).toBe(1);
    await storageWorksAgain(page);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('demo-notice').isVisible()).toBe(true);
  });

  it('keeps the imported layer when going back to the demo cannot be stored', async () => {
    const { page } = session;
    await previewParcelImport(page, GEOJSON);
    await page.getByTestId('import-replace').click();
    await page.getByTestId('demo-notice').waitFor({ state: 'detached', timeout: 10_000 });

    await storageIsFull(page);
    await page.getByTestId('import-back-to-demo').click();
    const notice = page.getByTestId('notice');
    await notice.filter({ hasText: 'Không lưu được' }).waitFor({ timeout: 20_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('demo-notice').count()).toBe(0);
    await storageWorksAgain(page);

    await page.reload({ waitUntil: 'load' });
    await waitForParcelsDrawn(page);
    expect(await page.getByTestId('demo-notice').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
