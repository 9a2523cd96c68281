// Land recovery outputs in the built app (issue 6 §4, §5, §11, §12): recovered areas on screen equal
// GEOS's exact areas rounded once; the screen, the .xlsx and both CSVs write every land user alike;
// the .xlsx totals are formulas and the parcel sheet prints landscape one page wide; place names stored
// by the previous version as free text ("Bình Lãng") come back with their unit type on every output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT, visibleText } from './harness';
import { normaliseSpaces } from './site-data';

interface ReferenceArea { id: string; insideAreaM2: number }
const reference = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/land-recovery/inside-zone-reference.json'), 'utf8')) as {
  cases: { demo: { areas: ReferenceArea[] } };
};
const geosArea = new Map(reference.cases.demo.areas.map((area) => [area.id, area.insideAreaM2]));
/** vi-VN text of a 0.1 m² figure: 592.35163 → "592,4". */
const viArea = (m2: number): string =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.round(m2 * 10) / 10);

describe('land recovery outputs', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await AppSession.launch({ persistent: true });
    await session.openApp('#/recovery');
    await session.page.getByTestId('recovery-table').locator('tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(testId: string | RegExp): Promise<Buffer> {
    const button = typeof testId === 'string' ? session.page.getByTestId(testId) : session.page.getByRole('button', { name: testId });
    const [file] = await Promise.all([session.page.waitForEvent('download'), button.click()]);
    return readFileSync(await file.path());
  }

  /** Per screen row: parcel id, land user, recovered area text. */
  async function screenRows(): Promise<{ id: string; landUser: string; recovered: string }[]> {
    return (await session.page.getByTestId('recovery-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
      const note = row.querySelector('td.text .note')?.textContent ?? '';
      return { id: `${cells[1]}/${cells[2]}`, landUser: cells[4].slice(0, cells[4].length - note.length), recovered: cells[6] };
    }))).map((row) => ({ ...row, recovered: normaliseSpaces(row.recovered) }));
  }

  function workbookSheets(bytes: Buffer): { sheets: string[]; shared: string[]; workbook: string } {
    const files = unzipSync(new Uint8Array(bytes));
    const shared = [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>(.*?)<\/si>/gs)]
      .map(([, si]) => [...si.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map(([, t]) => t).join('').replace(/&amp;/g, '&'));
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).sort().map((name) => strFromU8(files[name]));
    return { sheets, shared, workbook: strFromU8(files['xl/workbook.xml']) };
  }

  it('states every recovered area as the GEOS area rounded once (12/45: 592,4 m²)', async () => {
    const rows = await screenRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.find((row) => row.id === '12/45')?.recovered).toBe('592,4');
    const wrong = rows.filter((row) => row.recovered !== viArea(geosArea.get(row.id)!));
    expect(wrong).toEqual([]);
  });

  it('writes each land user the same on the screen, in the workbook and in both CSVs', async () => {
    const screen = await screenRows();
    expect(screen.some((row) => row.landUser === 'UBND xã Bình Lăng')).toBe(true);
    const expected = screen.map((row) => row.landUser);

    const machine = Papa.parse<Record<string, string>>((await download('export-csv')).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(machine.map((row) => row.land_user)).toEqual(expected);

    const excel = Papa.parse<string[]>((await download(/CSV cho Excel/)).toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(excel.slice(1, 1 + expected.length).map((row) => row[4])).toEqual(expected);

    const { sheets, shared } = workbookSheets(await download('export-xlsx'));
    const columnE = [...sheets[0].matchAll(/<c r="E(\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g)].map(([, , index]) => shared[Number(index)]);
    const afterHeader = columnE.slice(columnE.indexOf('Chủ sử dụng') + 1);
    expect(afterHeader.slice(0, expected.length)).toEqual(expected);
    expect(shared).not.toContain('(đất công)');
  });

  it('writes the workbook totals as formulas with values, and prints the parcel sheet landscape one page wide', async () => {
    const { sheets, workbook } = workbookSheets(await download('export-xlsx'));
    const sums = [...sheets[0].matchAll(/<f>SUM\(([A-Z]+)\d+:\1\d+\)<\/f><v>[\d.]+<\/v>/g)];
    expect(sums.length).toBeGreaterThanOrEqual(10);
    const pageSetup = sheets[0].match(/<pageSetup\b[^>]*\/>/)?.[0] ?? '';
    expect(pageSetup).toMatch(/orientation="landscape"/);
    expect(pageSetup).toMatch(/fitToWidth="1"/);
    expect(pageSetup).toMatch(/paperSize="9"/);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">/);
  });

  it('upgrades place names the previous version stored as free text, and writes them with their unit type', async () => {
    const { page } = session;
    // Exactly what the previous release wrote into IndexedDB for a user who typed "Bình Lãng" under "Xã".
    await page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('phanlo');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'placeNames', value: { commune: 'Bình Lãng', district: '', province: 'thành phố Hải Phòng' } });
        tx.oncomplete = () => { open.result.close(); resolve(true); };
        tx.onerror = () => reject(tx.error);
      };
    })`);
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('recovery-table').locator('tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(normaliseSpaces(await page.locator('.brand-place').innerText())).toContain('xã Bình Lãng');
    expect(normaliseSpaces(await visibleText(page, 'recovery-place'))).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lãng, thành phố Hải Phòng');

    const { shared } = workbookSheets(await download('export-xlsx'));
    expect(shared).toContain('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lãng, thành phố Hải Phòng');

    // The settings form shows the upgraded value as type + name, and saves a district for an older document.
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    expect(await page.getByLabel('Loại đơn vị cấp xã').inputValue()).toBe('xa');
    expect(await page.getByLabel('Xã', { exact: true }).inputValue()).toBe('Bình Lãng');
    // Hải Phòng is today's province: no note to check the names.
    expect(await page.getByTestId('settings-merged-province').count()).toBe(0);
    await page.getByLabel('Xã', { exact: true }).fill('Bình Lăng');
    await page.getByLabel('Huyện (không bắt buộc)').fill('Tứ Kỳ');
    await page.getByLabel('Loại đơn vị cấp tỉnh').selectOption('tinh');
    await page.getByLabel('Tỉnh / thành phố').fill('Hải Dương');
    // Hải Dương merged into Hải Phòng on 1 July 2025: the form asks the user to check the names.
    expect(normaliseSpaces(await visibleText(page, 'settings-merged-province')))
      .toBe('Từ 01/7/2025 tỉnh Hải Dương hợp nhất vào thành phố Hải Phòng: kiểm tra lại tên đơn vị hành chính');
    // Districts were abolished on 1 July 2025: a document made today (2026) names none, an older one does.
    expect(normaliseSpaces(await visibleText(page, 'settings-place-preview')))
      .toBe('Ghi trên bản xuất: xã Bình Lăng, tỉnh Hải Dương. Chủ sử dụng đất công: UBND xã Bình Lăng. '
        + 'Văn bản ghi ngày trước 01/7/2025 ghi thêm huyện Tứ Kỳ; văn bản từ ngày đó (hoặc để trống ngày) không ghi cấp huyện.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: 20_000 });
    // The workbook is dated today (after 1 July 2025), so the saved district is not printed on it, nor on the screen.
    const after = workbookSheets(await download('export-xlsx'));
    expect(after.shared).toContain('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, tỉnh Hải Dương');
    expect(after.shared).not.toContain('huyện Tứ Kỳ');
    expect(normaliseSpaces(await visibleText(page, 'recovery-place'))).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, tỉnh Hải Dương');
    expect(session.pageErrors).toEqual([]);
  });
});
