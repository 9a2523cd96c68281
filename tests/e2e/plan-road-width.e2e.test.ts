// The public road's width set by the planner (issue 7: "the access road's widthM is optional: assume a
// sensible width, say so in a warning, let the user set it"), in Chromium against the built app: set in
// the edge panel, kept over a reload, written into the KML that GDAL reads back, undone with Ctrl+Z, and
// the plots untouched (the road lies outside the zone).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { openPlanWorkspace, waitForLayout } from './plan-page';

const mapPlotCodes = async (page: Page) => (await page.evaluate('window.__phanloPlanMap.plotCodes()')) as string[];

async function kmlRoadWidths(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /^Xuất/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /KML/ }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'phanlo-road-')), file.suggestedFilename());
  await file.saveAs(path);
  const info = execFileSync('ogrinfo', ['-ro', '-al', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // The public road's feature only (internal roads carry their widths too).
  return info.split('OGRFeature(').filter((f) => /kind \(String\) = access-road/.test(f))
    .map((f) => /widthM \(String\) = ([\d.]+)/.exec(f)?.[1] ?? 'none');
}

describe('#/plan: the public road\'s width', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace({ viewport: { width: 1280, height: 900 } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is set in the edge panel, kept over a reload, written to drawings, and undone; the plots stay', async () => {
    const codes = await mapPlotCodes(page);
    await page.getByTestId('plan-mark-edges').click();
    const road = page.getByTestId('road-width-0');
    // The demo zone file gives its road 8 m.
    await expect.poll(() => road.getByTestId('road-width-0-input').inputValue()).toBe('8');
    expect(await road.getAttribute('data-assumed')).toBe('false');
    expect(await page.getByTestId('road-width-0-apply').isDisabled()).toBe(true);

    await road.getByTestId('road-width-0-input').fill('2');
    expect(await road.getByRole('alert').innerText()).toContain('từ 3 đến 80');
    expect(await page.getByTestId('road-width-0-apply').isDisabled()).toBe(true);
    await road.getByTestId('road-width-0-input').fill('10,5');
    await page.getByTestId('road-width-0-apply').click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining('Đã đặt bề rộng đường công cộng'));
    expect(await kmlRoadWidths(page)).toEqual(['10.5']);

    await page.reload();
    await waitForLayout(page);
    expect(await mapPlotCodes(page)).toEqual(codes);
    await page.getByTestId('plan-mark-edges').click();
    await expect.poll(() => page.getByTestId('road-width-0-input').inputValue()).toBe('10,5');

    await page.locator('.map').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('road-width-0-input').inputValue(), { timeout: 30_000 }).toBe('8');
    expect(await kmlRoadWidths(page)).toEqual(['8']);
    await waitForLayout(page);
    expect(await mapPlotCodes(page)).toEqual(codes);
  });
});
