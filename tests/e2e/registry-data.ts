/** Register browser tests: entries put straight into the app's IndexedDB, and the plot status map's test hook. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Puts register entries straight into the app's IndexedDB (the register's own commands are another part). */
export async function seedEntries(page: Page, rows: unknown[]): Promise<void> {
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('phanlo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('registerEntries', 'readwrite');
      for (const item of items) tx.objectStore('registerEntries').put(item);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

/** Plot code → status as the plot status map draws it. */
export const statuses = (page: Page) => page.evaluate(() => window.__phanloPlotStatusMap?.statuses() ?? {}) as Promise<Record<string, string>>;

export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__phanloPlotStatusMap?.drawn === true, undefined, { timeout: 60_000 });
}

/** Taps a plot on the status map and waits for its panel. */
export async function tapPlot(page: Page, code: string): Promise<void> {
  const point = await page.evaluate((c) => window.__phanloPlotStatusMap!.screenPointOfPlot(c), code);
  expect(point, `plot ${code} on screen`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await page.getByTestId('plot-panel').getByText(code).first().waitFor();
}
