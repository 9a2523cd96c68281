// Data stored by another version (or damaged) must never blank the app: a broken imported layer in
// IndexedDB is reported with the reason, the demo is drawn instead, and the user can remove it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForParcelsDrawn, type AppSession } from './harness';

describe('a damaged stored parcel layer', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels', persistent: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the demo with the reason, and removes the broken layer on request', async () => {
    const { page } = session;
    // Write the row with the browser's own IndexedDB API, as a damaged or foreign record would be.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('phanlo');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('parcelLayers', 'readwrite');
        tx.objectStore('parcelLayers').put({
          id: 'active', name: 'Tờ 12 (hỏng)', source: 'x', crs: 'EPSG:9209', fileName: 'to12-hong.zip',
          importedAt: '2026-01-01T00:00:00.000Z',
          parcels: [{ id: '12/1', sheetNo: 12, parcelNo: 1, landUseCode: 'LUC', landUser: '', registeredAreaM2: null,
            polygon: [[[592700, 2306300], [592710, 2306300], [592700, 2306310], [592710, 2306310], [592700, 2306300]]] }],
        });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload({ waitUntil: 'load' });
    await waitForParcelsDrawn(page);
    const problem = page.getByTestId('stored-layer-problem');
    await problem.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await problem.innerText()).toContain('to12-hong.zip');
    // In words: the readers' words load with the list (IssueList), never a raw key such as import.zip-unreadable.
    expect(await problem.innerText()).not.toMatch(/\b(import|importDialog|data)\.[a-z]/);
    expect(await page.getByTestId('demo-notice').isVisible()).toBe(true);
    expect((await page.evaluate(() => window.__phanloMap!.renderedParcelIds())).length).toBeGreaterThan(50);

    await problem.getByRole('button').click();
    await problem.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload({ waitUntil: 'load' });
    await waitForParcelsDrawn(page);
    expect(await page.getByTestId('stored-layer-problem').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
