/**
 * Plot sheets and the household view from the planner's plot list (#/plan): every plot as one PDF,
 * with progress, the page answering while it is made; the chosen plots only; "Trình chiếu" opening
 * #/present/<code>. Page counts and codes are checked against `phanlo layout` and pdfinfo/pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScaleBar } from '../io/scale-bar-read-back';
import type { Page } from 'playwright-core';
import { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';

const cliText = cliLayout('geojson');
const codes = plotAreas(cliText).map(([code]) => code);
const zoneAreaM2 = (JSON.parse(cliText) as { phanlo: { landUse: { zoneAreaM2: number } } }).phanlo.landUse.zoneAreaM2;
const pages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);

describe('#/plan plot list: sheets and the household view', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    page = await session.openApp('#/plan');
    await page.waitForFunction(() => (window as { __phanloPlanMap?: { layoutDrawn: boolean } }).__phanloPlanMap?.layoutDrawn === true, null, { timeout: 60_000 });
    await page.getByTestId('plan-tab-plots').click();
  }, 90_000);
  afterAll(async () => { await session?.close(); });

  it('prints every plot as one PDF with progress, and the page keeps answering', async () => {
    const button = page.getByTestId('plan-sheets-all');
    expect(await button.innerText()).toBe(`Tất cả ${codes.length} lô`);
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await button.click();
    await page.getByTestId('sheets-progress').waitFor({ state: 'visible', timeout: 10_000 });
    // While the sheets are made the page runs its own code: a frame comes within a moment.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => { const t = performance.now(); requestAnimationFrame(() => resolve(performance.now() - t)); }));
    expect(frameMs).toBeLessThan(1000);
    const file = await download;
    const path = await file.path();
    expect(file.suggestedFilename()).toBe(`so-do-lo-${codes.length}-lo.pdf`);
    expect(pages(path)).toBe(codes.length);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    for (const code of codes) expect(text).toContain(`Lô ${code} —`);
    await page.getByTestId('sheets-progress').waitFor({ state: 'detached', timeout: 10_000 });
  }, 120_000);

  it('prints the chosen plot only', async () => {
    const code = codes[2];
    await page.locator(`[data-testid="plan-plot-row"][data-plot="${code}"] td:nth-child(1) button`).click();
    const chosen = page.getByTestId('plan-sheets-chosen');
    expect(await chosen.innerText()).toBe('1 lô đã chọn');
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), chosen.click()]);
    const path = await file.path();
    expect(pages(path)).toBe(1);
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain(`Lô ${code} —`);
  }, 90_000);

  it('prints the plan map from the export menu: title with its scale, legend, balance table, every plot', async () => {
    await page.getByTestId('plan-export').click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('plan-export-pdf').click()]);
    const path = await file.path();
    expect(pages(path)).toBe(1);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/BẢN ĐỒ QUY HOẠCH CHI TIẾT TỶ LỆ 1:\d/);
    for (const phrase of ['CHÚ GIẢI', 'BẢNG CÂN BẰNG SỬ DỤNG ĐẤT', 'Phương án: Phương án 1 (mẫu)', 'UBND XÃ BÌNH LĂNG', 'Tỷ lệ 1:']) expect(text).toContain(phrase);
    const total = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(zoneAreaM2);
    expect(text).toMatch(new RegExp(`Tổng\\s+${total.replace(/\./g, '\\.')}`));
    for (const code of codes) expect(text).toContain(code);
    // North arrow, and a scale bar that measures true at the map's stated scale (to 0.3 mm of paper).
    const bar = readScaleBar(path);
    expect(bar.north).toBe(true);
    expect(bar.scale).toBe(Number(/TỶ LỆ 1:([\d.]+)/.exec(text)![1].replace(/\./g, '')));
    expect(bar.ticks[2].metres).toBe(bar.ticks[1].metres * 2);
    for (const tick of bar.ticks) expect(Math.abs(tick.fromZeroMm - (tick.metres * 1000) / bar.scale)).toBeLessThan(0.3);
  }, 90_000);

  it('opens the household view of a plot from its row', async () => {
    const code = codes[1];
    await page.locator(`[data-testid="plan-plot-row"][data-plot="${code}"] [data-testid="plan-present-link"]`).click();
    await page.waitForFunction((c) => (window as { __phanloPresentMap?: { drawnCode: string | null } }).__phanloPresentMap?.drawnCode === c, code, { timeout: 60_000 });
    expect(page.url()).toContain(`#/present/${code}`);
    expect(await page.getByTestId('present-code').innerText()).toBe(`Lô ${code}`);
  }, 90_000);
});
