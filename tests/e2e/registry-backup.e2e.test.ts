// Backup and restore in the built app (issue 9, data safety): "Sao lưu" downloads the whole database,
// "Khôi phục" on a fresh profile shows what it will replace and restores it; the register and every
// stored table read back exactly (compared row by row through IndexedDB itself).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './harness';

const FIXTURE = join(ROOT, 'tests/fixtures/register-import/utf8.csv');

/** Every object store of the app's database, rows as stored, read with the IndexedDB API in the page. */
async function storedTables(session: AppSession): Promise<Record<string, unknown[]>> {
  return session.page.evaluate(() => new Promise<Record<string, unknown[]>>((resolve, reject) => {
    const open = indexedDB.open('phanlo');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames].filter((name) => name !== 'history');
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const name of names) {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => { out[name] = request.result; };
      }
      tx.oncomplete = () => { db.close(); resolve(out); };
    };
  }));
}

describe('backup and restore', () => {
  const sessions: AppSession[] = [];
  afterAll(async () => {
    for (const session of sessions) await session.close();
  });

  it('restores a backup on a fresh profile exactly', async () => {
    const source = await AppSession.launch({ persistent: true });
    sessions.push(source);
    await source.openApp('#/registry');
    await source.page.getByTestId('registry-page').waitFor({ state: 'visible', timeout: 20_000 });
    await source.page.getByTestId('registry-import-file').setInputFiles(FIXTURE);
    await source.page.getByTestId('registry-import-confirm').click();
    await source.page.getByTestId('registry-row').nth(2).waitFor();
    const before = await storedTables(source);
    expect(before.registerEntries).toHaveLength(3);

    const backupButton = source.page.getByRole('button', { name: /Sao lưu/ }).first();
    const [download] = await Promise.all([source.page.waitForEvent('download'), backupButton.click()]);
    const file = await download.path();

    const fresh = await AppSession.launch({ persistent: true });
    sessions.push(fresh);
    await fresh.openApp('#/registry');
    await fresh.page.getByTestId('registry-empty').waitFor({ timeout: 20_000 });
    const restoreInput = fresh.page.locator('input[type=file][data-testid=registry-restore-file]');
    expect(await restoreInput.locator('..').innerText()).toContain('Khôi phục');
    await restoreInput.setInputFiles(file);
    await fresh.page.getByTestId('restore-counts').waitFor();
    const counts = await fresh.page.getByTestId('restore-counts').locator('tr[data-table=registerEntries] td').allTextContents();
    expect(counts.slice(1)).toEqual(['0', '3']);
    await fresh.page.getByTestId('restore-confirm').click();
    await fresh.page.getByTestId('registry-row').nth(2).waitFor();
    expect(await fresh.page.getByTestId('registry-name').allTextContents()).toEqual(['Nguyễn Văn An', 'Công ty TNHH Cơ khí Hòa Bình', 'Hộ Lê Văn Đức']);
    expect(await storedTables(fresh)).toEqual(before);
  });
});
