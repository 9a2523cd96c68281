// #/registry with registers written by a real spreadsheet writer (LibreOffice Calc 7.4, headless:
// tests/fixtures/register-import/libreoffice/make-fixtures.sh): a commune list with a title block,
// quốc hiệu, a two-row header with merged cells, STT, a total row and a signature block, saved by Calc
// as .xlsx (its phones turned into numbers), as Windows-1258 CSV and as UTF-8 CSV with a BOM. Each is
// read through the `<input type="file">`; the "xlsx" export is read back by LibreOffice (`soffice
// --convert-to csv`): the import's headers on row 1 and one row per entry; "Sao lưu" → "Khôi phục" on a
// fresh profile gives the same list; the map of plots by status stands beside the list, below it on a
// tablet held upright and on a phone. Expected names and phones come from the typed list (the .html the
// fixtures were made from), read here with a regular expression, not from what the app shows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures/register-import/libreoffice');
const TEMP = mkdtempSync(join(tmpdir(), 'phanlo-lo-register-'));

/** The typed list's data rows (those with an STT number): [name, phone as typed]. */
function typedRows(): [string, string][] {
  const html = readFileSync(join(FIXTURES, 'commune-list.html'), 'utf8');
  return [...html.matchAll(/<tr><td>\d+<\/td><td>([^<]*)<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
}
const NAMES = typedRows().map(([name]) => name);

/** A file LibreOffice reads: its first sheet as CSV (UTF-8, `,`), rows of cells. */
function libreOfficeCsv(xlsx: string): string[][] {
  const out = mkdtempSync(join(TEMP, 'csv-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${mkdtempSync(join(TEMP, 'lo-'))}`,
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', out, xlsx], { stdio: 'ignore', timeout: 180_000 });
  const name = xlsx.split('/').pop()!.replace(/\.xlsx$/, '.csv');
  const text = readFileSync(join(out, name), 'utf8');
  // Calc writes RFC 4180 quoting; no cell of this register holds a line break.
  return text.trim().split('\n').map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1)
    .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')));
}

const names = (page: Page) => page.getByTestId('registry-name').allTextContents();

async function importFile(page: Page, file: string): Promise<string> {
  await page.getByTestId('registry-import-file').setInputFiles(join(FIXTURES, file));
  await page.getByTestId('registry-import-summary').waitFor({ timeout: 30_000 });
  const summary = await page.getByTestId('registry-import-summary').innerText();
  expect(await page.getByTestId('registry-import-errors').count()).toBe(0);
  return summary;
}

describe('#/registry with files LibreOffice wrote', () => {
  const sessions: AppSession[] = [];
  let page: Page;
  let backupFile = '';

  beforeAll(async () => {
    expect(NAMES).toEqual(['Nguyễn Thị Hằng', 'HTX Mây tre đan Bình Lăng', 'Trần Văn Khải']);
    const session = await AppSession.launch({ persistent: true, viewport: { width: 1280, height: 800 } });
    sessions.push(session);
    page = await session.openApp('#/registry');
    await page.getByTestId('registry-page').waitFor({ state: 'visible', timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    for (const session of sessions) await session.close();
  });

  it('reads the Windows-1258 CSV Calc saved: three entries, the title block, total row and signatures skipped', async () => {
    const summary = await importFile(page, 'commune-list.cp1258.csv');
    expect(summary).toContain('3');
    expect(summary).toMatch(/1258/);
    await page.getByRole('button', { name: /^(Huỷ|Hủy|Đóng)$/ }).first().click();
    expect(await page.getByTestId('registry-name').count()).toBe(0);
  });

  it('reads the UTF-8 CSV with a BOM the same way', async () => {
    const summary = await importFile(page, 'commune-list.bom.csv');
    expect(summary).toContain('3');
    await page.getByRole('button', { name: /^(Huỷ|Hủy|Đóng)$/ }).first().click();
    expect(await page.getByTestId('registry-name').count()).toBe(0);
  });

  it('imports the .xlsx Calc saved, with the phones’ leading zeros back', async () => {
    await importFile(page, 'commune-list.xlsx');
    await page.getByTestId('registry-import-confirm').click();
    await page.getByTestId('registry-row').nth(NAMES.length - 1).waitFor({ timeout: 20_000 });
    expect(await names(page)).toEqual(NAMES);
    const typed = typedRows();
    for (const [index, [, phone]] of typed.entries()) {
      await page.getByTestId('registry-row').nth(index).getByTestId('registry-edit').click();
      await page.getByTestId('entry-form').waitFor();
      expect(await page.getByTestId('entry-phone').inputValue()).toBe(phone);
      await page.getByTestId('entry-form').getByRole('button', { name: /^(Huỷ|Hủy|Đóng)$/ }).first().click();
      await page.getByTestId('entry-form').waitFor({ state: 'hidden' });
    }
  });

  it('exports .xlsx that LibreOffice reads back: the import headers on row 1, one row per entry', async () => {
    await page.getByRole('button', { name: 'Xuất' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /xlsx/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = join(mkdtempSync(join(TEMP, 'export-')), download.suggestedFilename());
    await download.saveAs(path);
    const rows = libreOfficeCsv(path);
    const headers = rows[0];
    for (const header of ['Tên hộ/cơ sở', 'Người đại diện', 'Điện thoại', 'CCCD/MST', 'Ngành nghề', 'Địa chỉ hiện tại', 'Diện tích cần (m²)',
      'Số lao động', 'Phát thải', 'Nguy cơ cháy', 'Vay vốn (triệu đồng)', 'Ghi chú', 'Ngày đăng ký']) expect(headers).toContain(header);
    expect(rows).toHaveLength(1 + NAMES.length);
    const column = (header: string) => rows.slice(1).map((row) => row[headers.indexOf(header)]);
    expect(column('Tên hộ/cơ sở')).toEqual(NAMES);
    // Phones are text in the export: LibreOffice keeps their leading zeros.
    expect(column('Điện thoại')).toEqual(typedRows().map(([, phone]) => phone));
  });

  it('shows the map of plots by status beside the list, and below it on a tablet held upright and on a phone', async () => {
    const box = async (testId: string) => (await page.getByTestId(testId).first().boundingBox())!;
    await page.getByTestId('allocation-map').waitFor({ state: 'visible', timeout: 30_000 });
    let list = await box('registry-list');
    let map = await box('allocation-map');
    expect(map.x).toBeGreaterThanOrEqual(list.x + list.width - 1);
    for (const viewport of [{ width: 800, height: 1280 }, { width: 360, height: 640 }]) {
      await page.setViewportSize(viewport);
      await expect.poll(async () => (await box('allocation-map')).y >= (await box('registry-list')).y + (await box('registry-list')).height - 1,
        { timeout: 10_000 }).toBe(true);
      list = await box('registry-list');
      map = await box('allocation-map');
      expect(map.width).toBeGreaterThan(viewport.width * 0.8);
      // Nothing scrolls sideways.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('"Sao lưu" then "Khôi phục" on a fresh profile gives the same list', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Sao lưu/ }).first().click()]);
    backupFile = join(mkdtempSync(join(TEMP, 'backup-')), download.suggestedFilename());
    await download.saveAs(backupFile);
    const fresh = await AppSession.launch({ persistent: true, viewport: { width: 1280, height: 800 } });
    sessions.push(fresh);
    const other = await fresh.openApp('#/registry');
    await other.getByTestId('registry-empty').waitFor({ timeout: 30_000 });
    const input = other.locator('input[type=file][data-testid=registry-restore-file]');
    expect(await input.locator('..').innerText()).toContain('Khôi phục');
    await input.setInputFiles(backupFile);
    await other.getByTestId('restore-counts').waitFor();
    await other.getByTestId('restore-confirm').click();
    await other.getByTestId('registry-row').nth(NAMES.length - 1).waitFor({ timeout: 20_000 });
    expect(await names(other)).toEqual(NAMES);
    expect(fresh.pageErrors).toEqual([]);
    expect(fresh.foreignRequests()).toEqual([]);
    expect(sessions[0].pageErrors).toEqual([]);
  });
});
