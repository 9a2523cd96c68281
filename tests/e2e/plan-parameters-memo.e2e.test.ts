// #/plan in Chromium against the built app: a planner's run of frontage changes, back and forth (the
// plan bench's values), laid out in the layout worker, which reuses stages of earlier runs (its stage
// memo, src/geo/layout/stage-memo.ts). Each layout must be the one the command line gives for the same
// parameters and the layout before (`phanlo layout --params … --previous …`, a fresh process each time,
// so nothing is reused there): the map's plot codes and the balance after each change, and the final
// GeoJSON export byte for byte.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAreaM2 } from '../../src/i18n/format';
import { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { waitForLayout, layoutVersion } from './plan-page';

const FRONTAGES_M = [20.5, 21, 21.5, 20.5, 21];


interface LayoutFile { phanlo: { landUse: { rows: { category: string; areaM2: number }[] } } }

describe('#/plan: frontage changed back and forth gives the command line\'s layouts', () => {
  let session: AppSession;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'phanlo-memo-'));
  // The command line's chain: each run given the parameters and the layout before it.
  const expected: string[] = [];

  beforeAll(async () => {
    let previous = join(dir, 'layout-0.geojson');
    writeFileSync(previous, cliLayout('geojson'));
    FRONTAGES_M.forEach((frontageM, i) => {
      const params = join(dir, `params-${i + 1}.json`);
      writeFileSync(params, JSON.stringify({ targetFrontageM: frontageM }));
      const text = cliLayout('geojson', ['--params', params, '--previous', previous]);
      previous = join(dir, `layout-${i + 1}.geojson`);
      writeFileSync(previous, text);
      expected.push(text);
    });
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    page = await session.openApp('#/plan');
    await waitForLayout(page, 0, 60_000);
  }, 240_000);
  afterAll(async () => {
    await session?.close();
  });

  it('each change: plot codes on the map and the plots\' area in the balance', async () => {
    // The values repeat: a memo keyed wrongly would hand back the earlier run's roads or plots.
    expect(new Set(expected).size).toBeGreaterThan(1);
    for (const [i, frontageM] of FRONTAGES_M.entries()) {
      await page.getByTestId('plan-tab-parameters').click();
      const before = await layoutVersion(page);
      await page.getByTestId('param-targetFrontageM').fill(String(frontageM).replace('.', ',')); // vi-VN decimal comma
      await waitForLayout(page, before, 60_000);
      const codes = plotAreas(expected[i]).map(([code]) => code);
      expect(await page.evaluate('window.__phanloPlanMap.plotCodes()'), `after ${frontageM} m`).toEqual(codes);
      await page.getByTestId('plan-tab-balance').click();
      const plotsM2 = (JSON.parse(expected[i]) as LayoutFile).phanlo.landUse.rows.find((r) => r.category === 'plots')!.areaM2;
      expect(await page.getByTestId('balance-area-plots').innerText(), `after ${frontageM} m`).toBe(formatAreaM2(plotsM2, 'vi'));
    }
  }, 240_000);

  it('the last layout exports as the command line writes it, byte for byte', async () => {
    await page.getByRole('button', { name: /^Xuất/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /GeoJSON/ }).click()]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe(expected.at(-1));
    expect(session.pageErrors).toEqual([]);
  });
});
