/** Storage failures a browser test can cause in the page, to see the app say so and change nothing. */
import type { Page } from 'playwright-core';

/** Makes every IndexedDB write of the page fail as a full disk does, until `storageWorksAgain`. */
export async function storageIsFull(page: Page): Promise<void> {
  await page.evaluate(() => {
    const saved = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
    (window as unknown as { __restoreIdb: () => void }).__restoreIdb = () => Object.assign(IDBObjectStore.prototype, saved);
    const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
}

/** Undoes `storageIsFull`. */
export const storageWorksAgain = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { __restoreIdb: () => void }).__restoreIdb());
