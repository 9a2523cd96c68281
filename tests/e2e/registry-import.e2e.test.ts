// The register in the built app (issue 9): import a commune list written by a real spreadsheet writer
// (openpyxl: title block, two-row merged header, STT, total row), find entries without diacritics,
// edit and undo, names shown as text, reload and find everything, export .xlsx with the same headers,
// the stored trade list (the file's unknown trade joined it; a rename shows in the list and the dashboard).
// Expected names and values are those the fixture script (tests/fixtures/register-import/make-xlsx.py)
// wrote, not what the app printed.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './harness';

const FIXTURE = join(ROOT, 'tests/fixtures/register-import/commune-list.xlsx');
const NAMES = ['Nguyễn Văn An', 'Công ty TNHH Cơ khí Hòa Bình', 'Hộ Lê Văn Đức', '<img src=x onerror=alert(1)>'];

describe('register', () => {
  let session: AppSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    session = await AppSession.launch({ persistent: true });
    session.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.accept(); });
    await session.openApp('#/registry');
    await session.page.getByTestId('registry-page').waitFor({ state: 'visible', timeout: 20_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  const names = () => session.page.getByTestId('registry-name').allTextContents();
  const search = async (text: string) => {
    await session.page.getByTestId('registry-search').fill(text);
    await session.page.waitForFunction((want) => document.querySelector('[data-testid=registry-search]') && (document.querySelector('[data-testid=registry-search]') as HTMLInputElement).value === want, text);
  };

  it('says the register is empty, with no empty list box under it (QA), and names "who" once', async () => {
    const page = session.page;
    await page.getByTestId('registry-empty').waitFor();
    expect(await page.getByTestId('registry-list').isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('allocation-side').innerText()).toContain('Người dùng: Cán bộ xã');
    expect(await page.getByTestId('allocation-side').innerText()).not.toContain('Cán bộ xã (cán bộ xã)');
  });

  it('imports the commune list after a summary, and no import control says "xlsx"', async () => {
    const page = session.page;
    expect(await page.locator('input[type=file][data-testid=registry-import-file]').getAttribute('accept')).toMatch(/\.xlsx.*\.csv|\.csv.*\.xlsx/);
    expect(await page.getByTestId('registry-import-file').locator('..').innerText()).not.toMatch(/xlsx/i);
    await page.getByTestId('registry-import-file').setInputFiles(FIXTURE);
    await page.getByTestId('registry-import-summary').waitFor();
    expect(await page.getByTestId('registry-import-summary').innerText()).toContain('4');
    expect(await page.getByTestId('registry-name').count()).toBe(0); // nothing written before confirming
    await page.getByTestId('registry-import-confirm').click();
    await page.getByTestId('registry-row').nth(3).waitFor();
    expect(await names()).toEqual(NAMES);
    expect(await page.getByTestId('registry-list').isVisible()).toBe(true);
  });

  it('shows a name made of HTML as text', async () => {
    const row = session.page.locator('[data-testid=registry-row]').nth(3);
    expect(await row.getByTestId('registry-name').innerText()).toBe('<img src=x onerror=alert(1)>');
    expect(await session.page.getByTestId('registry-list').locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('finds "Nguyễn" by "nguyen" and "Đức" by "duc"', async () => {
    await search('nguyen');
    await expect.poll(names).toEqual(['Nguyễn Văn An']);
    await search('duc');
    await expect.poll(names).toEqual(['Hộ Lê Văn Đức']);
    await search('');
    await expect.poll(names).toEqual(NAMES);
  });

  it('edits an entry and undoes it', async () => {
    const page = session.page;
    const row = page.locator('[data-testid=registry-row]').first();
    await row.getByTestId('registry-edit').click();
    await page.getByTestId('entry-form').waitFor();
    expect(await page.getByTestId('entry-phone').inputValue()).toBe('0912345678');
    await page.getByTestId('entry-areaNeededM2').fill('312,5');
    await page.getByTestId('entry-name').fill('Nguyễn Văn Ân');
    await page.getByTestId('entry-form').locator('button[type=submit]').click();
    await expect.poll(async () => (await names())[0]).toBe('Nguyễn Văn Ân');
    expect(await row.innerText()).toContain('312,5 m²');
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await names())[0]).toBe('Nguyễn Văn An');
    expect(await page.locator('[data-testid=registry-row]').first().innerText()).toContain('250,5 m²');
  });

  it('finds everything again after a reload', async () => {
    await session.page.reload();
    await session.page.getByTestId('registry-row').nth(3).waitFor({ timeout: 20_000 });
    expect(await names()).toEqual(NAMES);
    await search('hoa binh');
    await expect.poll(names).toEqual(['Công ty TNHH Cơ khí Hòa Bình']);
    await search('');
  });

  it('exports the register as .xlsx from the Xuất menu, with the import headers and one row per entry', async () => {
    const page = session.page;
    await page.getByRole('button', { name: 'Xuất' }).click();
    const item = page.getByRole('menuitem', { name: /xlsx/ });
    expect(await page.getByRole('menu').innerText()).toContain('13/2023/NĐ-CP');
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    for (const header of ['Tên hộ/cơ sở', 'Người đại diện', 'Điện thoại', 'Ngành nghề', 'Diện tích cần (m²)', 'Địa chỉ hiện tại', 'CCCD/MST', 'Ngày đăng ký']) {
      expect(headers).toContain(header);
    }
    expect(sheet.actualRowCount).toBe(1 + NAMES.length);
    const column = (header: string) => headers.indexOf(header) + 1;
    expect(sheet.getRow(2).getCell(column('Điện thoại')).value).toBe('0912345678');
    expect(sheet.getRow(2).getCell(column('CCCD/MST')).value).toBe('001085012345');
    expect(sheet.getRow(2).getCell(column('Diện tích cần (m²)')).value).toBe(250.5);
    expect([2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(column('Tên hộ/cơ sở')).value)).toEqual(NAMES);
  });

  it('keeps the file’s unknown trade in the stored list, renames a trade everywhere, and undoes it', async () => {
    const page = session.page;
    const editor = page.getByTestId('trade-list-editor');
    const tradeNames = () => editor.getByTestId('trade-list-name').allTextContents();
    await page.getByTestId('registry-trades-open').click();
    await editor.waitFor();
    // The fixture's "Tái chế nhựa" matches no default trade: kept as written, after the eight defaults.
    expect(await tradeNames()).toHaveLength(9);
    expect((await tradeNames())[8]).toBe('Tái chế nhựa');
    const carpentry = editor.locator('[data-trade-id=carpentry]');
    expect(await carpentry.innerText()).toContain('Mộc / Carpentry');
    expect(await carpentry.getByTestId('trade-remove').isDisabled()).toBe(true); // Nguyễn Văn An's trade
    expect(await editor.locator('[data-trade-id=services]').getByTestId('trade-remove').isDisabled()).toBe(false);
    await carpentry.getByTestId('trade-rename').click();
    await editor.getByTestId('trade-rename-input').fill('Mộc dân dụng');
    await editor.getByTestId('trade-rename-input').press('Enter');
    await expect.poll(async () => (await tradeNames())[0]).toBe('Mộc dân dụng');
    await editor.getByRole('button', { name: 'Đóng' }).click();
    const firstRow = page.locator('[data-testid=registry-row]').first();
    await expect.poll(() => firstRow.innerText()).toContain('Mộc dân dụng');
    expect(await page.getByTestId('registry-filter-trade').innerText()).toContain('Mộc dân dụng');

    await page.reload();
    await page.getByTestId('registry-row').nth(3).waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=registry-row]').first().innerText()).toContain('Mộc dân dụng');
    await page.getByTestId('registry-tab-dashboard').click();
    const byTrade = page.getByTestId('dashboard-by-trade');
    await byTrade.waitFor({ timeout: 20_000 });
    expect(await byTrade.innerText()).toContain('Mộc dân dụng');
    expect(await byTrade.innerText()).toContain('Tái chế nhựa');
    await page.getByTestId('registry-tab-list').click();

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid=registry-row]').first().innerText()).not.toContain('Mộc dân dụng');
    expect(await page.locator('[data-testid=registry-row]').first().innerText()).toContain('Mộc');
  });
});
